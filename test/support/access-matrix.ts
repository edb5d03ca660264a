import type { Policy } from '@driehoek/identity';
import type { RouteEntry } from '../../apps/api/src/http/route-table';

export type Actor = 'anonymous' | 'platform-admin' | 'admin' | 'facilitator' | 'evaluator';
export const ACTORS: Actor[] = ['anonymous', 'platform-admin', 'admin', 'facilitator', 'evaluator'];

/** Whether the resource a request touches belongs to the caller's organisation or another one. */
export type Ownership = 'own' | 'other';

/** `allowed`: the policy lets the request through (any status but 401, 403 and 404). */
export type Expected = 'allowed' | 401 | 403 | 404;

/**
 * What a route's policy promises for one actor. `scoped` says whether the route touches one
 * organisation's resource (a path or query organisation, or an owned scenario): then a member of
 * another organisation must get 404, never a hint that it exists.
 */
export function expectedAccess(
  policy: Policy,
  actor: Actor,
  ownership: Ownership,
  scoped: boolean,
): Expected {
  if (policy.kind === 'public') return 'allowed';
  if (actor === 'anonymous') return 401;
  if (actor === 'platform-admin') return 'allowed';
  if (scoped && ownership === 'other') return 404;
  switch (policy.kind) {
    case 'authenticated':
      return 'allowed';
    case 'platform-admin':
      return 403;
    case 'organisation':
      return policy.roles.includes(actor) ? 'allowed' : 403;
    case 'exercise':
      // Organisation admins and facilitators facilitate their exercises; evaluators evaluate.
      return policy.roles.includes(actor === 'evaluator' ? 'evaluator' : 'facilitator') ? 'allowed' : 403;
  }
}

export interface MatrixCell {
  route: RouteEntry;
  actor: Actor;
  ownership: Ownership;
  expected: Expected;
}

/**
 * Every route × every actor × own/other organisation. Refuses a route without a policy or
 * without a sample request: a new route cannot go untested.
 */
export function accessMatrix(
  routes: RouteEntry[],
  sampled: (route: RouteEntry) => { scoped: boolean } | undefined,
): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const route of routes) {
    if (!route.policy) throw new Error(`${route.method} ${route.path} has no access policy`);
    const sample = sampled(route);
    if (!sample)
      throw new Error(`${route.method} ${route.path} has no sample request in the authorisation matrix test`);
    for (const actor of ACTORS) {
      for (const ownership of ['own', 'other'] as const) {
        if (route.policy.kind === 'public' && actor !== 'anonymous') continue;
        if (!sample.scoped && ownership === 'other') continue;
        cells.push({
          route,
          actor,
          ownership,
          expected: expectedAccess(route.policy, actor, ownership, sample.scoped),
        });
      }
    }
  }
  return cells;
}
