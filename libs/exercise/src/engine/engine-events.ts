import type { Scenario, ScenarioDecisionPoint, ScenarioInject } from '@driehoek/scenario';
import type { NewEvent } from '../log/event-log';

/** The log events the engine writes when something fires; pure, so each firing reads the same. */

export type DeliverableInject = Pick<
  ScenarioInject,
  'id' | 'title' | 'content' | 'channel' | 'audience' | 'from' | 'attachments'
>;

export function injectDelivered(
  inject: DeliverableInject,
  scenario: Scenario,
  occurrence: number,
  offsetMs: number,
  wallTime: Date,
  cause: Record<string, unknown>,
): NewEvent {
  const channel = scenario.channels.find((c) => c.id === inject.channel);
  return {
    type: 'inject.delivered',
    offsetMs,
    wallTime,
    actor: null,
    audience: inject.audience === 'all' ? ['*'] : inject.audience,
    // What players may read; facilitator notes stay in the scenario.
    payload: {
      injectId: inject.id,
      occurrence,
      title: inject.title,
      channel: channel ?? { id: inject.channel },
      from: inject.from ?? null,
      content: inject.content,
      attachments: inject.attachments ?? [],
      cause,
    },
  };
}

export function decisionOpened(
  decisionPointId: string,
  scenario: Scenario,
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
      legalBasis: dp.legalBasis ?? [],
    },
  };
}

export function decisionOverdue(
  decisionPointId: string,
  scenario: Scenario,
  offsetMs: number,
  wallTime: Date,
): NewEvent {
  const dp = decisionPoint(scenario, decisionPointId);
  return {
    ...aboutDecision(dp, offsetMs, wallTime),
    type: 'decision.overdue',
    payload: { decisionPointId: dp.id, dueAt: dp.dueAt ?? null },
  };
}

function decisionPoint(scenario: Scenario, id: string): ScenarioDecisionPoint {
  return scenario.decisionPoints!.find((d) => d.id === id)!;
}

/** A decision point's events reach its owner and participants (and staff, who see everything). */
function aboutDecision(dp: ScenarioDecisionPoint, offsetMs: number, wallTime: Date) {
  return { offsetMs, wallTime, actor: null, audience: [dp.owner, ...(dp.participants ?? [])] };
}
