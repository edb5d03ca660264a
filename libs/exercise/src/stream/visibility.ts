/** Who is looking: exercise staff (facilitators, evaluators) see everything; a player sees only what its role may. */
export type Viewer =
  { kind: 'staff'; role: 'facilitator' | 'evaluator'; label: string } | { kind: 'player'; role: string };

/** Need-to-know, decided by the server: `*` reaches every player, an empty audience only staff. */
export function visibleTo(audience: readonly string[], viewer: Viewer): boolean {
  return viewer.kind === 'staff' || audience.includes('*') || audience.includes(viewer.role);
}
