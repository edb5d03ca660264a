import { str, num, type LoggedEvent } from '../model/logged-event';
import { durationStats, orderedKeys, type DurationStats } from './stats';

export interface DecisionPointLatency {
  decisionPointId: string;
  owner: string;
  openedSeq: number;
  openedOffsetMs: number;
  dueOffsetMs: number | null;
  /** The first decision recorded on the point; null when none was. */
  recordedSeq: number | null;
  recordedOffsetMs: number | null;
  decidedByRole: string | null;
  optionId: string | null;
  /** decision.opened → decision.recorded on the scenario clock. */
  latencyMs: number | null;
  /** Recorded by the deadline (null: no deadline, or not decided). */
  inTime: boolean | null;
  overdue: boolean;
}

export interface RoleLatency extends DurationStats {
  role: string;
  /** Decision points this role owns that were put and never answered. */
  undecided: number;
}

export interface DecisionLatency {
  byDecisionPoint: DecisionPointLatency[];
  byRole: RoleLatency[];
}

/**
 * Decision latency from the log: for every decision point put (decision.opened), the time on the
 * scenario clock until the first decision recorded on it. Per role: the owner's latencies.
 */
export function decisionLatency(
  events: readonly LoggedEvent[],
  roleOrder: readonly string[],
): DecisionLatency {
  const points: DecisionPointLatency[] = [];
  const open = new Map<string, DecisionPointLatency>();
  for (const e of events) {
    const id = str(e.payload, 'decisionPointId');
    if (!id) continue;
    if (e.type === 'decision.opened' && !open.has(id)) {
      const point: DecisionPointLatency = {
        decisionPointId: id,
        owner: str(e.payload, 'owner') ?? '',
        openedSeq: e.seq,
        openedOffsetMs: num(e.payload, 'openedAtOffsetMs') ?? e.offsetMs,
        dueOffsetMs: num(e.payload, 'dueOffsetMs') ?? null,
        recordedSeq: null,
        recordedOffsetMs: null,
        decidedByRole: null,
        optionId: null,
        latencyMs: null,
        inTime: null,
        overdue: false,
      };
      open.set(id, point);
      points.push(point);
    } else if (e.type === 'decision.recorded') {
      const point = open.get(id);
      if (!point || point.recordedSeq !== null) continue;
      point.recordedSeq = e.seq;
      point.recordedOffsetMs = e.offsetMs;
      point.decidedByRole = str(e.payload, 'role') ?? null;
      point.optionId = str(e.payload, 'optionId') ?? null;
      point.latencyMs = Math.max(0, e.offsetMs - point.openedOffsetMs);
      point.inTime = point.dueOffsetMs === null ? null : e.offsetMs <= point.dueOffsetMs;
    } else if (e.type === 'decision.overdue') {
      const point = open.get(id);
      if (point) point.overdue = true;
    }
  }
  const byOwner = new Map<string, { samples: number[]; undecided: number }>();
  for (const p of points) {
    const entry = byOwner.get(p.owner) ?? { samples: [], undecided: 0 };
    if (p.latencyMs === null) entry.undecided++;
    else entry.samples.push(p.latencyMs);
    byOwner.set(p.owner, entry);
  }
  const byRole = orderedKeys(byOwner.keys(), roleOrder).map((role) => ({
    role,
    ...durationStats(byOwner.get(role)!.samples),
    undecided: byOwner.get(role)!.undecided,
  }));
  return { byDecisionPoint: points, byRole };
}
