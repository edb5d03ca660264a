import type { Scenario, ScenarioDecisionPoint, ScenarioInject } from '@driehoek/scenario';
import type { NewEvent } from '../log/event-log';

/** The log events the engine writes when something fires; pure, so each firing reads the same. */

export type DeliverableInject = Pick<
  ScenarioInject,
  'id' | 'title' | 'content' | 'channel' | 'audience' | 'from' | 'attachments'
>;

/** The occurrence being delivered: its number, its due offset and why it was scheduled. */
export interface Occurrence {
  occurrence: number;
  dueOffsetMs: number;
  cause: Record<string, unknown>;
}

export function injectDelivered(
  inject: DeliverableInject,
  scenario: Scenario,
  occurrence: Occurrence,
  offsetMs: number,
  wallTime: Date,
): NewEvent {
  const channel = scenario.channels.find((c) => c.id === inject.channel);
  return {
    type: 'inject.delivered',
    offsetMs,
    wallTime,
    actor: null,
    audience: inject.audience === 'all' ? ['*'] : inject.audience,
    // What players may read; facilitator notes stay in the scenario, and `cause` is for staff only.
    payload: {
      injectId: inject.id,
      occurrence: occurrence.occurrence,
      title: inject.title,
      channel: channel ?? { id: inject.channel, name: inject.channel, kind: 'other' },
      from: inject.from ?? null,
      content: inject.content,
      attachments: inject.attachments ?? [],
      dueOffsetMs: occurrence.dueOffsetMs,
      cause: occurrence.cause,
    },
  };
}

export function decisionOpened(
  decisionPointId: string,
  scenario: Scenario,
  openedAtMs: number,
  dueOffsetMs: number | null,
  offsetMs: number,
  wallTime: Date,
): NewEvent {
  const dp = decisionPoint(scenario, decisionPointId);
  return {
    ...aboutDecision(dp, offsetMs, wallTime),
    type: 'decision.opened',
    payload: {
      decisionPointId: dp.id,
      question: dp.question,
      owner: dp.owner,
      options: dp.options,
      dueAt: dp.dueAt ?? null,
      openedAtOffsetMs: openedAtMs,
      dueOffsetMs,
      legalBasis: dp.legalBasis ?? [],
    },
  };
}

export function decisionOverdue(
  decisionPointId: string,
  scenario: Scenario,
  dueOffsetMs: number,
  offsetMs: number,
  wallTime: Date,
): NewEvent {
  const dp = decisionPoint(scenario, decisionPointId);
  return {
    ...aboutDecision(dp, offsetMs, wallTime),
    type: 'decision.overdue',
    payload: { decisionPointId: dp.id, dueAt: dp.dueAt ?? null, dueOffsetMs },
  };
}

/** A branch taken: staff only, because it tells what the scenario holds in store. */
export function triggerFired(
  triggerId: string,
  because: Record<string, unknown>,
  scheduled: { injectId: string; occurrence: number; dueOffsetMs: number }[],
  offsetMs: number,
  wallTime: Date,
): NewEvent {
  return {
    type: 'trigger.fired',
    offsetMs,
    wallTime,
    actor: null,
    audience: [],
    payload: { triggerId, ...because, scheduled },
  };
}

function decisionPoint(scenario: Scenario, id: string): ScenarioDecisionPoint {
  return scenario.decisionPoints!.find((d) => d.id === id)!;
}

/** A decision point's events reach its owner and participants (and staff, who see everything). */
function aboutDecision(dp: ScenarioDecisionPoint, offsetMs: number, wallTime: Date) {
  return { offsetMs, wallTime, actor: null, audience: [dp.owner, ...(dp.participants ?? [])] };
}
