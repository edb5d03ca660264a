import type { AuditActor } from '@driehoek/audit';
import type { OrganisationRole } from './entities/membership.entity';

/** The authenticated user behind a request, with every organisation role they hold. */
export interface Principal {
  kind: 'user';
  userId: string;
  email: string;
  name: string;
  platformAdmin: boolean;
  sessionId: string;
  memberships: { organisationId: string; role: OrganisationRole }[];
}

export function roleIn(principal: Principal, organisationId: string): OrganisationRole | undefined {
  return principal.memberships.find((m) => m.organisationId === organisationId)?.role;
}

export function auditActor(principal: Principal): AuditActor {
  return { userId: principal.userId, label: principal.email };
}
