import { offsetToSeconds } from '../schema/offset';
import type { ScenarioDecisionPoint } from '../schema/scenario.schema';

/**
 * When a decision point falls due, in ms on the exercise clock, given when it was put (opened at
 * its opensAt or raised by its inject): `dueAfter` counts from that moment, `dueAt` is fixed.
 * Undefined when the point has no deadline. Pure: the engine decides what a deadline before the
 * opening means (it never makes a point overdue before it is open).
 */
export function decisionDueOffsetMs(
  decisionPoint: Pick<ScenarioDecisionPoint, 'dueAt' | 'dueAfter'>,
  openedAtOffsetMs: number,
): number | undefined {
  const { dueAt, dueAfter } = decisionPoint;
  if (dueAfter !== undefined) return openedAtOffsetMs + toMs(dueAfter);
  return dueAt === undefined ? undefined : toMs(dueAt);
}

/** Whether the point has a deadline at all, so that an `overdue` trigger can ever fire. */
export function hasDecisionDeadline(
  decisionPoint: Pick<ScenarioDecisionPoint, 'dueAt' | 'dueAfter'>,
): boolean {
  return decisionPoint.dueAt !== undefined || decisionPoint.dueAfter !== undefined;
}

function toMs(offset: string): number {
  const seconds = offsetToSeconds(offset);
  if (seconds === undefined) throw new RangeError(`"${offset}" is not an offset on the exercise clock.`);
  return seconds * 1000;
}
