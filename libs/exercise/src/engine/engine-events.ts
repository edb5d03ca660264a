import type { Scenario, ScenarioInject } from '@driehoek/scenario';
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
  const dp = scenario.decisionPoints!.find((d) => d.id === decisionPointId)!;
  return {
    type: 'decision.opened',
    offsetMs,
    wallTime,
    actor: null,
    audience: [dp.owner, ...(dp.participants ?? [])],
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
  const dp = scenario.decisionPoints!.find((d) => d.id === decisionPointId)!;
  return {
    type: 'decision.overdue',
    offsetMs,
    wallTime,
    actor: null,
    audience: [dp.owner, ...(dp.participants ?? [])],
    payload: { decisionPointId: dp.id, dueAt: dp.dueAt ?? null },
  };
}
