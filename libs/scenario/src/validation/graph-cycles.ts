/**
 * Each elementary cycle of a directed graph found by depth-first search, once, starting at its
 * first node. Shared by the scenario graph (trigger loops) and playbooks (dependsOn loops).
 * Iterative, with each node's place on the path kept in a map: a chain as long as an uploaded
 * document can make neither exhausts the call stack nor is searched once per back edge.
 */
export function findCycles(edges: ReadonlyMap<string, Iterable<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  /** Node → its index on the current path, for the nodes on it. */
  const onPath = new Map<string, number>();
  const path: string[] = [];
  const pending: Iterator<string>[] = [];
  const enter = (node: string): void => {
    onPath.set(node, path.length);
    path.push(node);
    pending.push((edges.get(node) ?? [])[Symbol.iterator]());
  };
  for (const start of edges.keys()) {
    if (done.has(start) || onPath.has(start)) continue;
    enter(start);
    while (pending.length) {
      const step = pending[pending.length - 1].next();
      if (step.done) {
        pending.pop();
        const node = path.pop()!;
        onPath.delete(node);
        done.add(node);
        continue;
      }
      const next = step.value;
      const index = onPath.get(next);
      if (index !== undefined) found.push(path.slice(index));
      else if (!done.has(next)) enter(next);
    }
  }
  return found;
}
