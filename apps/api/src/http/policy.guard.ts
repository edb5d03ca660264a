import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, ErrorCode } from '@driehoek/core';
import { ExerciseService } from '@driehoek/exercise';
import { AuthService, POLICY_KEY, roleIn, type Policy, type Principal } from '@driehoek/identity';
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
        // Another organisation's things do not exist for you: 404, not 403.
        if (!role && !principal.platformAdmin) throw AppException.notFound('Organisation');
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

  /** From the route (`:organisationId`), the query (`?organisationId=`), or the caller's only one. */
  private organisationOf(request: AuthenticatedRequest, principal: Principal): string {
    const given =
      (request.params as Record<string, string | undefined>).organisationId ??
      (typeof request.query.organisationId === 'string' ? request.query.organisationId : undefined);
    if (given !== undefined) {
      if (!UUID.test(given)) throw AppException.notFound('Organisation');
      return given;
    }
    if (principal.memberships.length === 1) return principal.memberships[0].organisationId;
    throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
      {
        path: 'organisationId',
        message: 'is required: you belong to several organisations (or none); add ?organisationId=<id>',
      },
    ]);
  }
}
