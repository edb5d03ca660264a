/**
 * Who is connected to an exercise right now (docs/realtime.md, "Presence"): for staff only, never
 * for players — a player must not learn who else is in. Computed from the live connections of
 * every api process, each described by what the server put in its socket's data.
 */

/** What one live connection contributes: its kind, its role, and when it joined (ISO). */
export type PresenceEntry =
  | { kind: 'player'; role: string; joinedAt: string }
  | { kind: 'staff'; role: 'facilitator' | 'evaluator'; joinedAt: string };

export interface RolePresence {
  /** A role id of the scenario. */
  role: string;
  /** Live player connections with this role's join code (a role may be on several tablets). */
  connections: number;
  /** When the most recent of those joined; null when none is connected. */
  latestJoinedAt: string | null;
}

export interface ExercisePresence {
  /** Every role of the scenario, in the scenario's order, connected or not. */
  roles: RolePresence[];
  /** Live staff connections by their role in the exercise. */
  staff: { facilitator: number; evaluator: number };
  /**
   * False when another api process did not answer in time (Redis unreachable): the counts are then
   * those of the connections this process could see, and a corrected count follows.
   */
  complete: boolean;
}

/** The presence of the exercise whose scenario has `roles`, from its live connections' entries. */
export function summarisePresence(
  roles: readonly string[],
  entries: readonly PresenceEntry[],
  complete: boolean,
): ExercisePresence {
  const byRole = new Map(
    roles.map((role) => [role, { connections: 0, latestJoinedAt: null as string | null }]),
  );
  const staff = { facilitator: 0, evaluator: 0 };
  for (const entry of entries) {
    if (entry.kind === 'staff') {
      staff[entry.role] += 1;
      continue;
    }
    // A role the scenario does not have cannot have a join code: nothing to show it under.
    const role = byRole.get(entry.role);
    if (!role) continue;
    role.connections += 1;
    if (role.latestJoinedAt === null || Date.parse(entry.joinedAt) > Date.parse(role.latestJoinedAt))
      role.latestJoinedAt = entry.joinedAt;
  }
  return {
    roles: roles.map((role) => ({ role, ...byRole.get(role)! })),
    staff,
    complete,
  };
}
