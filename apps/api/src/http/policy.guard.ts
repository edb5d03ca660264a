import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, ErrorCode } from '@driehoek/core';
import { ExerciseService } from '@driehoek/exercise';
import {
  AuthService,
  OrganisationAdminService,
  POLICY_KEY,
  roleIn,
  type Policy,
  type Principal,
} from '@driehoek/identity';
import type { Response } from 'express';
import type { AuthenticatedRequest } from './principal.decorator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Enforces the policy each route declares beside itself; no policy, no entry. */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly exercises: ExerciseService,
    private readonly organisations: OrganisationAdminService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Socket events carry their own policies (@SocketAllow), enforced by the gateway.
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new AppException(ErrorCode.Forbidden, 'This route has no access policy');
    if (policy.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.principal(request);
    if (!principal) {
      context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new AppException(
        ErrorCode.Unauthorized,
        'Sign in first: send Authorization: Bearer <accessToken>',
      );
    }
    request.principal = principal;

    switch (policy.kind) {
      case 'authenticated':
        return true;
      case 'platform-admin':
        if (!principal.platformAdmin)
          throw new AppException(ErrorCode.Forbidden, 'Only platform administrators may do this');
        return true;
      case 'organisation': {
        const organisationId = this.organisationOf(request, principal);
        const role = roleIn(principal, organisationId);
        // Another organisation's things do not exist for you: 404, not 403. A platform admin may
        // act in every organisation, but only in one that exists.
        if (!role && (!principal.platformAdmin || !(await this.organisations.exists(organisationId))))
          throw NO_SUCH_ORGANISATION();
        if (role && !policy.roles.includes(role) && !principal.platformAdmin) {
          throw new AppException(
            ErrorCode.Forbidden,
            `Your role (${role}) may not do this; needed: ${policy.roles.join(' or ')}`,
          );
        }
        request.organisationId = organisationId;
        return true;
      }
      case 'exercise': {
        const exerciseId = (request.params as Record<string, string | undefined>).exerciseId ?? '';
        const access = UUID.test(exerciseId) ? await this.exercises.access(principal, exerciseId) : undefined;
        if (!access) throw AppException.notFound('Exercise');
        if (!policy.roles.includes(access.role)) {
          throw new AppException(
            ErrorCode.Forbidden,
            `Your role in this exercise (${access.role}) may not do this; needed: ${policy.roles.join(' or ')}`,
          );
        }
        request.organisationId = access.exercise.organisationId;
        return true;
      }
    }
  }

  private async principal(request: AuthenticatedRequest): Promise<Principal | null> {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
    return match ? this.auth.authenticate(match[1]) : null;
  }

  /**
   * From the route (`:organisationId`), the query (`?organisationId=`), or the caller's only one.
   * A malformed id in the path is a 404 like any unknown id; in the query it is a field error.
   */
  private organisationOf(request: AuthenticatedRequest, principal: Principal): string {
    const inPath = (request.params as Record<string, string | undefined>).organisationId;
    if (inPath !== undefined) {
      if (!UUID.test(inPath)) throw NO_SUCH_ORGANISATION();
      return inPath;
    }
    const inQuery: unknown = request.query.organisationId;
    if (inQuery !== undefined) {
      if (typeof inQuery !== 'string' || !UUID.test(inQuery))
        throw organisationIdError('invalid-value', 'must be one organisation id (a uuid)');
      return inQuery;
    }
    if (principal.memberships.length === 1) return principal.memberships[0].organisationId;
    throw organisationIdError(
      'missing-field',
      principal.memberships.length
        ? 'is required: you belong to several organisations; add ?organisationId=<id>'
        : 'is required: you belong to no organisation; add ?organisationId=<id>',
    );
  }
}

/** The same for an organisation that does not exist and one that is not yours. */
const NO_SUCH_ORGANISATION = () =>
  new AppException(
    ErrorCode.NotFound,
    'Organisation not found: no organisation of yours has this organisationId',
  );

function organisationIdError(code: 'missing-field' | 'invalid-value', message: string): AppException {
  return new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
    { path: 'organisationId', message, code },
  ]);
}
