import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

export const ORGANISATION_ROLES = ['admin', 'facilitator', 'evaluator'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** A user's role in one organisation. */
@Entity({ name: 'membership' })
@Check('CHK_membership_role', `"role" IN ('admin', 'facilitator', 'evaluator')`)
export class MembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: OrganisationRole;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /**
   * Sessions that began before this moment do not carry this membership: an organisation admin's
   * revoke-sessions ends a person's access to that organisation, not to the whole account.
   */
  @Column({ name: 'sessions_valid_after', type: 'timestamptz', nullable: true })
  sessionsValidAfter!: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_membership_user' })
  user?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_membership_organisation' })
  organisation?: OrganisationEntity;
}
