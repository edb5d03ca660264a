import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import type { EntityManager } from 'typeorm';
import type { MembershipInvitationEntity } from './entities/membership-invitation.entity';
import type { OrganisationRole } from './entities/membership.entity';
import { IdentityRepository } from './identity.repository';
import {
  InvitationRepository,
  type InvitationScope,
  type ReceivedInvitationRow,
} from './invitation.repository';
import { auditActor, type Principal } from './principal';

/** How long an invitation waits for its answer. */
export const INVITATION_TTL_DAYS = 14;

/** What the inviting side sees: the same for an address with and without an account. */
export interface InvitationView {
  id: string;
  organisationId: string;
  exerciseId: string | null;
  email: string;
  role: OrganisationRole;
  createdAt: Date;
  expiresAt: Date;
}

export type ReceivedInvitation = ReceivedInvitationRow;

export interface AcceptedInvitation {
  organisationId: string;
  exerciseId: string | null;
  role: OrganisationRole;
}

const NO_SUCH_INVITATION = 'Invitation not found (or no longer open: answered, withdrawn or expired)';

/**
 * Invitations to an organisation or to one of its exercises, and their answers. An invitation is
 * addressed to an e-mail address and becomes a membership (or, for an exercise, a grant — the
 * exercise library's) only when the holder of that address, signed in, accepts it.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Records (or renews) an invitation in the caller's transaction; the caller audits what it is for. */
  async invite(
    actor: Principal,
    input: { organisationId: string; exerciseId?: string; email: string; role: OrganisationRole },
    manager: EntityManager,
  ): Promise<InvitationView> {
    const account = await this.identity.findUserByEmail(input.email, manager);
    const createdAt = this.clock.now();
    const expiresAt = new Date(createdAt.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
    const invitation = await this.invitations.upsertOpen(
      {
        organisationId: input.organisationId,
        exerciseId: input.exerciseId ?? null,
        email: input.email,
        userId: account?.id ?? null,
        role: input.role,
        invitedBy: actor.userId,
        createdAt,
        expiresAt,
      },
      manager,
    );
    return view(invitation);
  }

  /** Open invitations to an organisation (not to its exercises), or to one exercise. */
  async listOpen(scope: InvitationScope): Promise<InvitationView[]> {
    return (await this.invitations.listOpen(scope, this.clock.now())).map(view);
  }

  /** The open invitations addressed to the signed-in person. */
  received(principal: Principal): Promise<ReceivedInvitation[]> {
    return this.invitations.listForAddress(principal.email, this.clock.now());
  }

  /** One open invitation addressed to the signed-in person; 404 for any other. */
  async receivedOne(principal: Principal, invitationId: string): Promise<MembershipInvitationEntity> {
    const invitation = await this.invitations.findOpenForAddress(
      invitationId,
      principal.email,
      this.clock.now(),
    );
    if (!invitation) throw new AppException(ErrorCode.NotFound, NO_SUCH_INVITATION);
    return invitation;
  }

  /** Accepts an invitation to an organisation: the membership begins (a role held already stays). */
  async accept(principal: Principal, invitationId: string): Promise<AcceptedInvitation> {
    return this.identity.transaction(async (manager) => {
      const invitation = await this.take(principal, invitationId, 'organisation', manager);
      const added = await this.identity.addMembershipIfAbsent(
        principal.userId,
        invitation.organisationId,
        invitation.role,
        manager,
      );
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId: invitation.organisationId,
          action: 'membership.granted',
          target: { type: 'user', id: principal.userId },
          details: { role: invitation.role, invitationId: invitation.id, alreadyMember: !added },
        },
        manager,
      );
      return { organisationId: invitation.organisationId, exerciseId: null, role: invitation.role };
    });
  }

  /**
   * Marks an open invitation of the signed-in person accepted, in the caller's transaction, and
   * returns it locked; 404 when there is none of that kind.
   */
  async take(
    principal: Principal,
    invitationId: string,
    kind: 'organisation' | 'exercise',
    manager: EntityManager,
  ): Promise<MembershipInvitationEntity> {
    const now = this.clock.now();
    const invitation = await this.invitations.lockOpen(
      { id: invitationId, email: principal.email.toLowerCase() },
      now,
      manager,
    );
    if (!invitation || (invitation.exerciseId !== null) !== (kind === 'exercise'))
      throw new AppException(ErrorCode.NotFound, NO_SUCH_INVITATION);
    await this.invitations.close(invitation.id, 'acceptedAt', now, principal.userId, manager);
    return invitation;
  }

  /** Declines an invitation: nothing is granted, and the inviter's list no longer shows it. */
  async decline(principal: Principal, invitationId: string): Promise<void> {
    await this.identity.transaction(async (manager) => {
      const now = this.clock.now();
      const invitation = await this.invitations.lockOpen(
        { id: invitationId, email: principal.email.toLowerCase() },
        now,
        manager,
      );
      if (!invitation) throw new AppException(ErrorCode.NotFound, NO_SUCH_INVITATION);
      await this.invitations.close(invitation.id, 'declinedAt', now, principal.userId, manager);
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId: invitation.organisationId,
          action: invitation.exerciseId ? 'grant.invitation-declined' : 'membership.invitation-declined',
          target: invitation.exerciseId
            ? { type: 'exercise', id: invitation.exerciseId }
            : { type: 'invitation', id: invitation.id },
          details: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
        },
        manager,
      );
    });
  }

  /** Withdraws an open invitation to this organisation or exercise, in the caller's transaction. */
  async withdraw(
    scope: InvitationScope,
    invitationId: string,
    manager: EntityManager,
  ): Promise<InvitationView> {
    const now = this.clock.now();
    const where =
      scope.exerciseId !== undefined
        ? { id: invitationId, exerciseId: scope.exerciseId }
        : { id: invitationId, organisationId: scope.organisationId };
    const invitation = await this.invitations.lockOpen(where, now, manager);
    if (!invitation || (scope.exerciseId === undefined && invitation.exerciseId !== null))
      throw new AppException(ErrorCode.NotFound, NO_SUCH_INVITATION);
    await this.invitations.close(invitation.id, 'withdrawnAt', now, undefined, manager);
    return view(invitation);
  }
}

function view(invitation: MembershipInvitationEntity): InvitationView {
  return {
    id: invitation.id,
    organisationId: invitation.organisationId,
    exerciseId: invitation.exerciseId,
    email: invitation.email,
    role: invitation.role,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}
