import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode, announceAccessChange } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import { QueryFailedError } from 'typeorm';
import type { OrganisationRole } from './entities/membership.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import { IdentityRepository, type Member } from './identity.repository';
import { InvitationService, type InvitationView } from './invitation.service';
import { hashPassword } from './password-hasher';
import { auditActor, type Principal } from './principal';
import { SessionRepository } from './session.repository';

export interface NewMember {
  email: string;
  /** The name of a new account; an existing account keeps its own. */
  name: string;
  /**
   * The first password of a new account. Required for every address, so that what is asked does
   * not tell whether the address has an account; an existing account keeps its own.
   */
  password: string;
  role: OrganisationRole;
}

/**
 * Organisations and their members. The route policies let only the right people in; this service
 * keeps the rules that depend on the data (last admin, consent of the person added).
 */
@Injectable()
export class OrganisationAdminService {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly sessions: SessionRepository,
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async createOrganisation(actor: Principal, name: string): Promise<OrganisationEntity> {
    try {
      return await this.identity.transaction(async (manager) => {
        const organisation = await this.identity.createOrganisation(name, manager);
        await this.audit.record(
          {
            actor: auditActor(actor),
            organisationId: organisation.id,
            action: 'organisation.created',
            target: { type: 'organisation', id: organisation.id },
            details: { name },
          },
          manager,
        );
        return organisation;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppException(ErrorCode.Conflict, `An organisation named "${name}" already exists`);
      throw error;
    }
  }

  /** Platform admins see every organisation; others the ones they belong to. */
  listOrganisations(principal: Principal): Promise<OrganisationEntity[]> {
    return this.identity.listOrganisations(
      principal.platformAdmin ? undefined : principal.memberships.map((m) => m.organisationId),
    );
  }

  async exists(organisationId: string): Promise<boolean> {
    return (await this.identity.findOrganisation(organisationId)) !== null;
  }

  async getOrganisation(organisationId: string): Promise<OrganisationEntity> {
    const organisation = await this.identity.findOrganisation(organisationId);
    if (!organisation) throw AppException.notFound('Organisation');
    return organisation;
  }

  members(organisationId: string): Promise<Member[]> {
    return this.identity.members(organisationId);
  }

  /**
   * Invites a person to this organisation; they become a member when they accept. An address
   * without an account gets one, with this name and first password, which signs in to accept.
   * The answer, the organisation's audit log and its list of invitations read the same whether
   * or not the address had an account; only someone already a member here is refused (409).
   */
  async addMember(actor: Principal, organisationId: string, input: NewMember): Promise<InvitationView> {
    await this.getOrganisation(organisationId);
    // Hashed whether or not the hash is used: both answers take as long.
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.identity.transaction(async (manager) => {
        let user = await this.identity.findUserByEmail(input.email, manager);
        if (user && (await this.identity.member(organisationId, user.id)))
          throw new AppException(
            ErrorCode.Conflict,
            'That address is a member already; change its role with PATCH …/members/:userId',
          );
        if (!user) {
          user = await this.identity.createUser(
            { email: input.email, name: input.name, passwordHash, platformAdmin: false },
            manager,
          );
          // In the platform's log, not this organisation's: it must not learn which addresses had an account.
          await this.audit.record(
            {
              actor: auditActor(actor),
              organisationId: null,
              action: 'user.created',
              target: { type: 'user', id: user.id },
              details: { email: user.email, invitedTo: organisationId },
            },
            manager,
          );
        }
        const invitation = await this.invitations.invite(
          actor,
          { organisationId, email: input.email, role: input.role },
          manager,
        );
        await this.audit.record(
          {
            actor: auditActor(actor),
            organisationId,
            action: 'membership.invited',
            target: { type: 'invitation', id: invitation.id },
            details: {
              email: invitation.email,
              role: input.role,
              expiresAt: invitation.expiresAt.toISOString(),
            },
          },
          manager,
        );
        return invitation;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppException(
          ErrorCode.Conflict,
          'The same address was added at the same moment; try again',
        );
      throw error;
    }
  }

  /** Open invitations to this organisation. */
  invitationsOf(organisationId: string): Promise<InvitationView[]> {
    return this.invitations.listOpen({ organisationId });
  }

  /** Withdraws an open invitation to this organisation: it can no longer be accepted. */
  async withdrawInvitation(actor: Principal, organisationId: string, invitationId: string): Promise<void> {
    await this.identity.transaction(async (manager) => {
      const invitation = await this.invitations.withdraw({ organisationId }, invitationId, manager);
      await this.audit.record(
        {
          actor: auditActor(actor),
          organisationId,
          action: 'membership.invitation-withdrawn',
          target: { type: 'invitation', id: invitation.id },
          details: { email: invitation.email, role: invitation.role },
        },
        manager,
      );
    });
  }

  async changeRole(
    actor: Principal,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<Member> {
    const member = await this.requireMember(organisationId, userId);
    if (member.role === 'admin' && role !== 'admin') await this.keepAnAdmin(organisationId);
    await this.identity.transaction(async (manager) => {
      await this.identity.setMembership(userId, organisationId, role, manager);
      await announceAccessChange(manager, { kind: 'user', userId });
      await this.audit.record(
        {
          actor: auditActor(actor),
          organisationId,
          action: 'membership.role-changed',
          target: { type: 'user', id: userId },
          details: { from: member.role, to: role },
        },
        manager,
      );
    });
    return { ...member, role };
  }

  async removeMember(actor: Principal, organisationId: string, userId: string): Promise<void> {
    const member = await this.requireMember(organisationId, userId);
    if (member.role === 'admin') await this.keepAnAdmin(organisationId);
    await this.identity.transaction(async (manager) => {
      await this.identity.removeMembership(userId, organisationId, manager);
      await announceAccessChange(manager, { kind: 'user', userId });
      await this.audit.record(
        {
          actor: auditActor(actor),
          organisationId,
          action: 'membership.revoked',
          target: { type: 'user', id: userId },
          details: { role: member.role },
        },
        manager,
      );
    });
  }

  /**
   * Ends a member's access to this organisation, e.g. after a lost laptop: none of their current
   * sessions carries this membership any more (they sign in again to use it); their other
   * organisations are untouched, since this organisation's admin has no say there. When this is
   * the person's only organisation (and they are no platform admin) that is the same as signing
   * out everywhere, so every session of theirs is revoked outright. Returns how many live
   * sessions lost this organisation; the answer does not say which of the two it was, nor so
   * whether the person belongs elsewhere.
   */
  async revokeSessions(actor: Principal, organisationId: string, userId: string): Promise<number> {
    await this.requireMember(organisationId, userId);
    return this.identity.transaction(async (manager) => {
      const now = this.clock.now();
      await this.identity.cutSessions(userId, organisationId, manager);
      const live = await this.sessions.countLive(userId, now, manager);
      const user = await this.identity.findUser(userId, manager);
      const onlyHere = !user?.platformAdmin && (await this.identity.countMemberships(userId, manager)) === 1;
      if (onlyHere) await this.sessions.revokeAllOfUser(userId, 'admin', now, undefined, manager);
      await announceAccessChange(manager, { kind: 'user', userId });
      await this.audit.record(
        {
          actor: auditActor(actor),
          organisationId,
          action: 'session.revoked',
          target: { type: 'user', id: userId },
          details: { sessions: live },
        },
        manager,
      );
      return live;
    });
  }

  /** Members of organisations that are not the caller's are as good as nonexistent. */
  private async requireMember(organisationId: string, userId: string): Promise<Member> {
    const member = await this.identity.member(organisationId, userId);
    if (!member) throw AppException.notFound('User');
    return member;
  }

  private async keepAnAdmin(organisationId: string): Promise<void> {
    const admins = (await this.identity.members(organisationId)).filter(
      (m) => m.role === 'admin' && !m.disabled,
    );
    if (admins.length <= 1)
      throw new AppException(
        ErrorCode.Conflict,
        'An organisation keeps at least one admin; make someone else admin first',
      );
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
