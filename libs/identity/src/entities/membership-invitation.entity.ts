import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationRole } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

const OPEN = '"accepted_at" IS NULL AND "declined_at" IS NULL AND "withdrawn_at" IS NULL';

/**
 * An offer to an e-mail address: a role in an organisation, or (with `exerciseId`) access to one
 * exercise of it. Nothing is granted until the holder of the address, signed in, accepts; so an
 * organisation gains no power over someone else's account without their consent. Addressed to
 * the e-mail address, so the inviter sees the same whether or not it has an account.
 */
@Entity({ name: 'membership_invitation' })
@Check('CHK_membership_invitation_role', `"role" IN ('admin', 'facilitator', 'evaluator')`)
@Check(
  'CHK_membership_invitation_exercise_role',
  `"exercise_id" IS NULL OR "role" IN ('facilitator', 'evaluator')`,
)
@Check(
  'CHK_membership_invitation_one_answer',
  `num_nonnulls("accepted_at", "declined_at", "withdrawn_at") <= 1`,
)
@Index('UQ_membership_invitation_open_organisation', ['organisationId', 'email'], {
  unique: true,
  where: `"exercise_id" IS NULL AND ${OPEN}`,
})
@Index('UQ_membership_invitation_open_exercise', ['exerciseId', 'email'], {
  unique: true,
  where: `"exercise_id" IS NOT NULL AND ${OPEN}`,
})
@Index('IDX_membership_invitation_email', ['email'])
export class MembershipInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Set for an invitation to one exercise of the organisation (accepted, it is a grant). */
  @Column({ name: 'exercise_id', type: 'uuid', nullable: true })
  exerciseId!: string | null;

  /** The address invited, lower-cased; whoever signs in with it sees the invitation. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The account at that address: when invited if it had one, else the one that answered. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  role!: OrganisationRole;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_membership_invitation_organisation' })
  organisation?: OrganisationEntity;

  // By name: the exercise library builds on this one, not the other way round.
  @ManyToOne('ExerciseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id', foreignKeyConstraintName: 'FK_membership_invitation_exercise' })
  exercise?: unknown;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_membership_invitation_user' })
  user?: UserEntity;
}
