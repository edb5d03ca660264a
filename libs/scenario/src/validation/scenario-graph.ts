import type { Scenario } from '../schema/scenario.schema';
import { findCycles } from './graph-cycles';

/**
 * The scenario as a directed graph of what can cause what: an inject raises a decision point,
 * a decision point fires triggers and starts clocks, a clock fires triggers, a trigger schedules
 * injects. Node keys are `inject:<id>`, `decision:<id>`, `clock:<id>`, `trigger:<id>`.
 */
export function scenarioGraph(scenario: Scenario) {
  const edges = new Map<string, Set<string>>();
  const edge = (from: string, to: string): void => {
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  };
  const roots: string[] = [];

  for (const inject of scenario.injects) {
    if (inject.offset !== undefined || inject.hold) roots.push(`inject:${inject.id}`);
  }
  for (const dp of scenario.decisionPoints ?? []) {
    if (dp.opensAt !== undefined) roots.push(`decision:${dp.id}`);
    if (dp.raisedBy) edge(`inject:${dp.raisedBy}`, `decision:${dp.id}`);
  }
  for (const clock of scenario.clocks ?? []) {
    // Without startsOn the clock starts at a declared time or when a player records awareness.
    if (clock.startsOn) edge(`decision:${clock.startsOn.decision}`, `clock:${clock.id}`);
    else roots.push(`clock:${clock.id}`);
  }
  for (const trigger of scenario.triggers ?? []) {
    const when = trigger.when;
    const source =
      'decision' in when
        ? `decision:${when.decision}`
        : 'clock' in when
          ? `clock:${when.clock}`
          : `decision:${when.overdue}`;
    edge(source, `trigger:${trigger.id}`);
    for (const entry of trigger.schedule) edge(`trigger:${trigger.id}`, `inject:${entry.inject}`);
  }

  return {
    reachable(): Set<string> {
      const seen = new Set<string>(roots);
      const queue = [...roots];
      for (let head = 0; head < queue.length; head++) {
        for (const next of edges.get(queue[head]) ?? []) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen;
    },

    /** Each elementary cycle found by depth-first search, once, starting at its first node. */
    cycles(): string[][] {
      return findCycles(edges);
    },
  };
}
