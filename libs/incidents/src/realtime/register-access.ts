import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import {
  AuthService,
  OrganisationAdminService,
  roleIn,
  type OrganisationRole,
  type Principal,
  type SessionEnd,
} from '@driehoek/identity';

/**
 * Who may follow an organisation's register live: the roles that may read it over REST
 * (`GET /api/incidents`, `…/notices`), and platform admins. A unit test holds the two together.
 */
export const REGISTER_READERS: readonly OrganisationRole[] = ['admin', 'facilitator', 'evaluator'];

/** What a register socket came in with, kept for as long as it is connected. */
export interface RegisterCredential {
  organisationId: string;
  sessionId: string;
  userId: string;
  email: string;
}

/** Why a register socket no longer counts: its session ended, or it no longer opens the organisation. */
export type RegisterStanding = { ok: true } | { ok: false; reason: SessionEnd | 'membership-ended' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The register channel's access rules, with the same AuthService as REST: the access token at the
 * handshake, the session and its current memberships afterwards (a refresh replaces the token, not
 * the session). The organisation is chosen as REST's `?organisationId=` chooses it.
 */
@Injectable()
export class RegisterAccess {
  constructor(
    private readonly auth: AuthService,
    private readonly organisations: OrganisationAdminService,
  ) {}

  /** The handshake: refuses as REST would, with the same messages, and never says whose an id is. */
  async admit(accessToken: string, organisationId?: string): Promise<RegisterCredential> {
    const principal = await this.auth.authenticate(accessToken);
    if (!principal) throw new AppException(ErrorCode.Unauthorized, 'unauthorized');
    const chosen = organisationId ?? onlyOrganisation(principal);
    if (!(await this.opens(principal, chosen))) throw notYours();
    const role = roleIn(principal, chosen);
    if (role && !REGISTER_READERS.includes(role) && !principal.platformAdmin)
      throw new AppException(ErrorCode.Forbidden, `Your role (${role}) may not follow the register`);
    return {
      organisationId: chosen,
      sessionId: principal.sessionId,
      userId: principal.userId,
      email: principal.email,
    };
  }

  /** Where a connected socket stands now, read from PostgreSQL. */
  async standing(credential: RegisterCredential): Promise<RegisterStanding> {
    const standing = await this.auth.sessionStanding(credential.sessionId);
    if ('ended' in standing) return { ok: false, reason: standing.ended };
    return (await this.opens(standing.principal, credential.organisationId))
      ? { ok: true }
      : { ok: false, reason: 'membership-ended' };
  }

  /** A reader's membership, or a platform admin and an organisation that exists. */
  private async opens(principal: Principal, organisationId: string): Promise<boolean> {
    if (!UUID.test(organisationId)) return false;
    const role = roleIn(principal, organisationId);
    if (role) return REGISTER_READERS.includes(role) || principal.platformAdmin;
    return principal.platformAdmin && (await this.organisations.exists(organisationId));
  }
}

function onlyOrganisation(principal: Principal): string {
  if (principal.memberships.length === 1) return principal.memberships[0].organisationId;
  const message = principal.memberships.length
    ? 'organisationId is required: you belong to several organisations; add it to the handshake auth'
    : 'organisationId is required: you belong to no organisation; add it to the handshake auth';
  throw new AppException(ErrorCode.ValidationFailed, message, [
    { path: 'organisationId', code: 'missing-field', message },
  ]);
}

const notYours = () =>
  new AppException(
    ErrorCode.NotFound,
    'Organisation not found: no organisation of yours has this organisationId',
  );
