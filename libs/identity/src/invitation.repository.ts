import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { MembershipInvitationEntity } from './entities/membership-invitation.entity';
import type { OrganisationRole } from './entities/membership.entity';

/** Where an invitation leads: an organisation, or one exercise of it. */
export type InvitationScope = { organisationId: string; exerciseId?: undefined } | { exerciseId: string };

export interface ReceivedInvitationRow {
  id: string;
  organisation: { id: string; name: string };
  exerciseId: string | null;
  role: OrganisationRole;
  invitedBy: { name: string } | null;
  createdAt: Date;
  expiresAt: Date;
}

const OPEN = { acceptedAt: IsNull(), declinedAt: IsNull(), withdrawnAt: IsNull() } as const;
const OPEN_SQL = `"accepted_at" IS NULL AND "declined_at" IS NULL AND "withdrawn_at" IS NULL`;

/** The only place that touches invitations. */
@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records an open invitation of this address to this organisation (or exercise); an open one
   * there already is made anew (role, inviter, dates), so inviting twice leaves one.
   */
  async upsertOpen(
    invitation: Pick<
      MembershipInvitationEntity,
      'organisationId' | 'exerciseId' | 'email' | 'userId' | 'role' | 'invitedBy' | 'createdAt' | 'expiresAt'
    >,
    manager: EntityManager,
  ): Promise<MembershipInvitationEntity> {
    const target = invitation.exerciseId
      ? `("exercise_id", "email") WHERE "exercise_id" IS NOT NULL AND ${OPEN_SQL}`
      : `("organisation_id", "email") WHERE "exercise_id" IS NULL AND ${OPEN_SQL}`;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO membership_invitation
         (organisation_id, exercise_id, email, user_id, role, invited_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ${target} DO UPDATE SET
         role = EXCLUDED.role,
         invited_by = EXCLUDED.invited_by,
         created_at = EXCLUDED.created_at,
         expires_at = EXCLUDED.expires_at,
         user_id = COALESCE(EXCLUDED.user_id, membership_invitation.user_id)
       RETURNING id`,
      [
        invitation.organisationId,
        invitation.exerciseId,
        invitation.email.toLowerCase(),
        invitation.userId,
        invitation.role,
        invitation.invitedBy,
        invitation.createdAt,
        invitation.expiresAt,
      ],
    );
    return manager.findOneByOrFail(MembershipInvitationEntity, { id });
  }

  /** Open, unexpired invitations to an organisation (not to its exercises) or to one exercise. */
  listOpen(scope: InvitationScope, now: Date): Promise<MembershipInvitationEntity[]> {
    return this.dataSource.getRepository(MembershipInvitationEntity).find({
      where: { ...scopeWhere(scope), ...OPEN, expiresAt: MoreThan(now) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Open, unexpired invitations to an e-mail address, with the organisation and the inviter's name. */
  async listForAddress(email: string, now: Date): Promise<ReceivedInvitationRow[]> {
    const rows: {
      id: string;
      organisation_id: string;
      organisation_name: string;
      exercise_id: string | null;
      role: OrganisationRole;
      inviter_name: string | null;
      created_at: Date;
      expires_at: Date;
    }[] = await this.dataSource.query(
      `SELECT i.id, i.organisation_id, o.name AS organisation_name, i.exercise_id, i.role,
              u.name AS inviter_name, i.created_at, i.expires_at
         FROM membership_invitation i
         JOIN organisation o ON o.id = i.organisation_id
         LEFT JOIN app_user u ON u.id = i.invited_by
        WHERE i.email = $1 AND i.expires_at > $2
          AND i.accepted_at IS NULL AND i.declined_at IS NULL AND i.withdrawn_at IS NULL
        ORDER BY i.created_at, i.id`,
      [email.toLowerCase(), now],
    );
    return rows.map((row) => ({
      id: row.id,
      organisation: { id: row.organisation_id, name: row.organisation_name },
      exerciseId: row.exercise_id,
      role: row.role,
      invitedBy: row.inviter_name === null ? null : { name: row.inviter_name },
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    }));
  }

  /** An open, unexpired invitation matching `where`, locked until the transaction ends. */
  lockOpen(
    where: FindOptionsWhere<MembershipInvitationEntity>,
    now: Date,
    manager: EntityManager,
  ): Promise<MembershipInvitationEntity | null> {
    return manager.getRepository(MembershipInvitationEntity).findOne({
      where: { ...where, ...OPEN, expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** An open, unexpired invitation addressed to this e-mail address. */
  findOpenForAddress(id: string, email: string, now: Date): Promise<MembershipInvitationEntity | null> {
    return this.dataSource.getRepository(MembershipInvitationEntity).findOne({
      where: { id, email: email.toLowerCase(), ...OPEN, expiresAt: MoreThan(now) },
    });
  }

  async close(
    id: string,
    how: 'acceptedAt' | 'declinedAt' | 'withdrawnAt',
    at: Date,
    userId: string | undefined,
    manager: EntityManager,
  ): Promise<void> {
    await manager.update(MembershipInvitationEntity, { id }, { [how]: at, ...(userId && { userId }) });
  }
}

function scopeWhere(scope: InvitationScope): FindOptionsWhere<MembershipInvitationEntity> {
  return scope.exerciseId !== undefined
    ? { exerciseId: scope.exerciseId }
    : { organisationId: scope.organisationId, exerciseId: IsNull() };
}
