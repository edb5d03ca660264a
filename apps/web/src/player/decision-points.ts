import type { ClientEvent } from '../realtime/contract';
import { scenarioStartOf } from '../time/clock-time';

type Opened = Extract<ClientEvent, { type: 'decision.opened' }>;
export type RecordedDecision = Extract<ClientEvent, { type: 'decision.recorded' }>;

/** A decision point as the player's log shows it: put to its owner, maybe overdue, maybe decided. */
export interface DecisionPoint {
  id: string;
  question: string;
  owner: string;
  options: Opened['payload']['options'];
  legalBasis: string[];
  /** The deadline on scenario time (ms since epoch); null without one. */
  dueMs: number | null;
  openedSeq: number;
  overdue: boolean;
  decision: RecordedDecision | null;
}

/**
 * Every decision point this player has seen opened, in the order they opened, from the events
 * alone (`decision.opened`, `decision.overdue`, `decision.recorded`): the log is the truth, so a
 * reload or a resync gives the same list.
 */
export function decisionPoints(events: readonly ClientEvent[]): DecisionPoint[] {
  const points = new Map<string, DecisionPoint>();
  for (const event of events) {
    if (event.type === 'decision.opened') {
      const { payload } = event;
      if (points.has(payload.decisionPointId)) continue;
      points.set(payload.decisionPointId, {
        id: payload.decisionPointId,
        question: payload.question,
        owner: payload.owner,
        options: payload.options,
        legalBasis: payload.legalBasis,
        dueMs: payload.dueOffsetMs === null ? null : scenarioStartOf(event) + payload.dueOffsetMs,
        openedSeq: event.seq,
        overdue: false,
        decision: null,
      });
    } else if (event.type === 'decision.overdue') {
      const point = points.get(event.payload.decisionPointId);
      if (point) point.overdue = true;
    } else if (event.type === 'decision.recorded' && event.payload.decisionPointId) {
      const point = points.get(event.payload.decisionPointId);
      if (point) point.decision ??= event;
    }
  }
  return [...points.values()];
}

/** Every decision recorded that this player may see, newest first. */
export function recordedDecisions(events: readonly ClientEvent[]): RecordedDecision[] {
  return events.filter((event): event is RecordedDecision => event.type === 'decision.recorded').reverse();
}
