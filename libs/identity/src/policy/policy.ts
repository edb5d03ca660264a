import { SetMetadata } from '@nestjs/common';
import type { OrganisationRole } from '../entities/membership.entity';

/**
 * Who may call a route. Every route declares one beside itself; a route without one is refused
 * at start (see the route table) and denied by the guard.
 *
 * - `public`: anyone, no token (health, login, join, first-admin setup).
 * - `authenticated`: any signed-in user; the service decides what they can see.
 * - `platform-admin`: only platform administrators.
 * - `organisation`: a member of the organisation in the `:organisationId` route parameter with one
 *   of `roles` (platform admins always). Non-members get 404, as if it did not exist.
 * - `exercise`: the exercise in the `:exerciseId` route parameter, for callers whose organisation
 *   role or per-exercise grant gives one of `roles` (`facilitator` ⊃ `evaluator`). Others get 404.
 */
export type Policy =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated' }
  | { kind: 'platform-admin' }
  | { kind: 'organisation'; roles: readonly OrganisationRole[] }
  | { kind: 'exercise'; roles: readonly ('facilitator' | 'evaluator')[] };

export const POLICY_KEY = 'driehoek:policy';

export const Public = (reason: string) =>
  SetMetadata(POLICY_KEY, { kind: 'public', reason } satisfies Policy);
export const Authenticated = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies Policy);
export const PlatformAdmin = () => SetMetadata(POLICY_KEY, { kind: 'platform-admin' } satisfies Policy);
export const OrganisationMember = (...roles: OrganisationRole[]) =>
  SetMetadata(POLICY_KEY, { kind: 'organisation', roles } satisfies Policy);
export const ExerciseMember = (...roles: ('facilitator' | 'evaluator')[]) =>
  SetMetadata(POLICY_KEY, { kind: 'exercise', roles } satisfies Policy);
