import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which administrative object, when. Append-only: the database refuses changes. */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_organisation', ['organisationId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The actor as a person reads it: an e-mail address, or `system`. */
  @Column({ name: 'actor_label', type: 'text' })
  actorLabel!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** Dotted verb, e.g. `user.created`, `session.revoked`, `exercise.archived`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;
}
