import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@driehoek/identity';
import type { Request } from 'express';

/** What the policy guard put on the request: who is calling, and for which organisation. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  organisationId?: string;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route whose policy does not authenticate');
  return principal;
});

/** The organisation an `organisation` policy admitted the caller to. */
export const CurrentOrganisation = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const organisationId = ctx.switchToHttp().getRequest<AuthenticatedRequest>().organisationId;
  if (!organisationId) throw new Error('CurrentOrganisation used on a route without an organisation policy');
  return organisationId;
});
