import type { Scenario, ScenarioClock } from '../schema/scenario.schema';

/** In a clock audience: every player of the exercise. */
export const EVERY_PLAYER = '*';

/**
 * The roles that see a regulatory clock: its explicit `audience` (`all` → every player), or by
 * default every role of the organisation of the clock's `role` — the gemeente's NIS2 clock is the
 * gemeente's business, not the police's — or every player when the clock has no role. Staff
 * (facilitators, observers) see every clock regardless; that is not decided here.
 */
export function clockAudience(
  scenario: Pick<Scenario, 'roles'>,
  clock: Pick<ScenarioClock, 'audience' | 'role'>,
): string[] {
  if (clock.audience === 'all') return [EVERY_PLAYER];
  if (clock.audience) return [...clock.audience];
  if (clock.role === undefined) return [EVERY_PLAYER];
  const organisation = scenario.roles.find((role) => role.id === clock.role)?.organisation;
  // A validated scenario always declares the role; keep an unchecked one to its own role.
  if (organisation === undefined) return [clock.role];
  return scenario.roles.filter((role) => role.organisation === organisation).map((role) => role.id);
}
