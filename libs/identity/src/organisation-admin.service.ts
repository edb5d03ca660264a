import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode, announceAccessChange } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import { QueryFailedError } from 'typeorm';
import type { OrganisationRole } from './entities/membership.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import { IdentityRepository, type Member } from './identity.repository';
import { hashPassword } from './password-hasher';
import { auditActor, type Principal } from './principal';
import { SessionRepository } from './session.repository';

export interface NewMember {
  email: string;
  name: string;
  /** Needed only when the e-mail address has no account yet. */
  password?: string;
  role: OrganisationRole;
}

/**
 * Organisations and their members. The route policies let only the right people in; this service
 * keeps the rules that depend on the data (last admin, existing accounts).
 */
@Injectable()
export class OrganisationAdminService {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly sessions: SessionRepository,
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

  async getOrganisation(organisationId: string): Promise<OrganisationEntity> {
    const organisation = await this.identity.findOrganisation(organisationId);
    if (!organisation) throw AppException.notFound('Organisation');
    return organisation;
  }

  /** An enabled account by e-mail address, for grants across organisations. */
  async findAccount(email: string): Promise<{ id: string; email: string; name: string } | undefined> {
    const user = await this.identity.findUserByEmail(email);
    return user && !user.disabledAt ? { id: user.id, email: user.email, name: user.name } : undefined;
  }

  members(organisationId: string): Promise<Member[]> {
    return this.identity.members(organisationId);
  }

  /** Adds a member: an existing account gets a role here; a new address gets an account. */
  async addMember(actor: Principal, organisationId: string, input: NewMember): Promise<Member> {
    await this.getOrganisation(organisationId);
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    try {
      await this.identity.transaction(async (manager) => {
        let user = await this.identity.findUserByEmail(input.email, manager);
        if (!user) {
          if (!passwordHash) {
            throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
              { path: 'password', message: 'is required for a new account (at least 12 characters)' },
            ]);
          }
          user = await this.identity.createUser(
            { email: input.email, name: input.name, passwordHash, platformAdmin: false },
            manager,
          );
          await this.audit.record(
            {
              actor: auditActor(actor),
              organisationId,
              action: 'user.created',
              target: { type: 'user', id: user.id },
              details: { email: user.email },
            },
            manager,
          );
        }
        await this.identity.setMembership(user.id, organisationId, input.role, manager);
        await this.audit.record(
          {
            actor: auditActor(actor),
            organisationId,
            action: 'membership.granted',
            target: { type: 'user', id: user.id },
            details: { role: input.role },
          },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppException(ErrorCode.Conflict, 'That account was created at the same moment; try again');
      throw error;
    }
    const user = await this.identity.findUserByEmail(input.email);
    return (await this.identity.member(organisationId, user!.id))!;
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

  /** Signs a member out everywhere, e.g. after a lost laptop. */
  async revokeSessions(actor: Principal, organisationId: string, userId: string): Promise<number> {
    await this.requireMember(organisationId, userId);
    return this.identity.transaction(async (manager) => {
      const revoked = await this.sessions.revokeAllOfUser(
        userId,
        'admin',
        this.clock.now(),
        undefined,
        manager,
      );
      await announceAccessChange(manager, { kind: 'user', userId });
      await this.audit.record(
        {
          actor: auditActor(actor),
          organisationId,
          action: 'session.revoked',
          target: { type: 'user', id: userId },
          details: { sessions: revoked },
        },
        manager,
      );
      return revoked;
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
