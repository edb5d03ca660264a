import { formatOffset, offsetToSeconds } from '../schema/offset';
import type { ScenarioDecisionPoint, ScenarioInject } from '../schema/scenario.schema';
import type { FindingPath } from './finding-collector';
import type { Finding } from './scenario-problem';

interface Opening {
  /** Seconds on the exercise clock. */
  at: number;
  /** For messages: 'it opens', 'inject "i-x" raises it'. */
  event: string;
  byInject: boolean;
}

/**
 * When a decision point falls due, against when it is put: a fixed dueAt must lie after every
 * opening known in advance (its opensAt, the offset of the timed inject that raises it); a point
 * that a held or branch inject raises has no such moment, so it wants dueAfter, counted from the
 * moment it is put. `raisedBy` is the resolved inject, if any; `duration` the scenario's, in seconds.
 */
export function decisionTimingFindings(
  dp: ScenarioDecisionPoint,
  raisedBy: ScenarioInject | undefined,
  path: FindingPath,
  duration: { seconds: number; text: string },
): Finding[] {
  const findings: Finding[] = [];
  const error = (code: string, at: FindingPath, message: string): void =>
    void findings.push({ severity: 'error', code, path: at, message });
  const name = `Decision point "${dp.id}"`;
  const openings = openingsOf(dp, raisedBy);

  if (dp.dueAt !== undefined && dp.dueAfter !== undefined) {
    error(
      'due-twice',
      [...path, 'dueAfter'],
      `${name} has both dueAt and dueAfter; keep one: dueAt for a fixed moment on the exercise clock, dueAfter for a time counted from the moment the question is put.`,
    );
  } else if (dp.dueAfter !== undefined) {
    const after = offsetToSeconds(dp.dueAfter) ?? 0;
    const first = openings[0];
    if (after === 0) {
      error(
        'due-before-open',
        [...path, 'dueAfter'],
        `${name} has dueAfter ${dp.dueAfter}, which makes it due the moment it opens and leaves no time to decide. Give the owner time, for example dueAfter: "00:30".`,
      );
    } else if (first && first.at + after > duration.seconds) {
      error(
        'offset-out-of-range',
        [...path, 'dueAfter'],
        `${name} is due at ${formatOffset(first.at + after)}, ${dp.dueAfter} after ${first.event} at ${formatOffset(first.at)}, which is after the end of the scenario (duration ${duration.text}). Shorten dueAfter, or lengthen duration.`,
      );
    }
  } else if (dp.dueAt !== undefined) {
    const due = offsetToSeconds(dp.dueAt) ?? 0;
    const last = openings.at(-1);
    if (!last) {
      if (raisedBy)
        findings.push({
          severity: 'warning',
          code: 'fixed-due-unknown-opening',
          path: [...path, 'dueAt'],
          message: `${name} is raised by inject "${raisedBy.id}", ${raisedBy.hold ? 'which the facilitator fires by hand' : 'a branch inject that only a trigger schedules'}, so nobody knows in advance when it opens, and its fixed dueAt ${dp.dueAt} may pass before it does. Use dueAfter instead (for example dueAfter: "00:30"), a time counted from the moment the question is put.`,
        });
    } else if (due < last.at) {
      error(
        'due-before-open',
        [...path, 'dueAt'],
        `${name} is due at ${dp.dueAt}, before ${last.event} at ${formatOffset(last.at)}. Set dueAt later than ${formatOffset(last.at)}${last.byInject ? ', or use dueAfter to count from the moment it is raised' : ''}.`,
      );
    } else if (due === last.at) {
      error(
        'due-before-open',
        [...path, 'dueAt'],
        `${name} is due at ${dp.dueAt}, the very moment ${last.event}, which leaves no time to decide. Set dueAt later than ${dp.dueAt}.`,
      );
    }
  }
  return findings;
}

/** The moments, known in advance, at which the point is put, earliest first. */
function openingsOf(dp: ScenarioDecisionPoint, raisedBy: ScenarioInject | undefined): Opening[] {
  const openings: Opening[] = [];
  if (dp.opensAt !== undefined)
    openings.push({
      at: offsetToSeconds(dp.opensAt) ?? 0,
      event: 'it opens',
      byInject: false,
    });
  // A held inject waits for the facilitator whatever its offset says.
  if (raisedBy?.offset !== undefined && !raisedBy.hold)
    openings.push({
      at: offsetToSeconds(raisedBy.offset) ?? 0,
      event: `inject "${raisedBy.id}" raises it`,
      byInject: true,
    });
  return openings.sort((a, b) => a.at - b.at);
}
