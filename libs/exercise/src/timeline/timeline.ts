import type { Scenario } from '@driehoek/scenario';
import { clockState, wallAt, type ClockEvent } from '../clock/exercise-clock';
import type { ScheduledKind, ScheduledStatus } from '../engine/scheduled-item.entity';

/**
 * The facilitator's timeline: what happened (the log) and what is coming (the schedule) on one
 * scenario-time axis. Pure, so the same log and schedule always read the same.
 */

export interface LoggedEvent {
  seq: number;
  type: string;
  offsetMs: number;
  wallTime: Date;
  actor: string | null;
  audience: string[];
  payload: Record<string, unknown>;
}

export interface PlannedItem {
  kind: ScheduledKind;
  refId: string;
  occurrence: number;
  dueOffsetMs: number;
  status: ScheduledStatus;
}

export interface TimelineRef {
  injectId?: string;
  occurrence?: number;
  decisionPointId?: string;
  optionId?: string;
  triggerId?: string;
  clockId?: string;
  stage?: string;
}

export interface Acknowledgement {
  role: string;
  /** The sequence number of the `inject.acknowledged` event. */
  seq: number;
  wallTime: string;
}

export interface TimelineEvent {
  kind: 'event';
  seq: number;
  type: string;
  offsetMs: number;
  scenarioTime: string;
  wallTime: string;
  actor: string | null;
  audience: string[];
  /**
   * The inject's title, the decision point's question, a decision's besluit, the clock and stage
   * of a clock or report event; null otherwise.
   */
  title: string | null;
  ref: TimelineRef;
  /** Only on `inject.delivered`: the roles that acknowledged it, first acknowledgement each. */
  acknowledgements?: Acknowledgement[];
}

export interface TimelineScheduled {
  kind: 'scheduled';
  status: 'pending' | 'skipped';
  itemKind: ScheduledKind;
  refId: string;
  occurrence: number;
  offsetMs: number;
  scenarioTime: string;
  /** When it will fire at the current speed; null while the clock stands still, and when skipped. */
  expectedWallTime: string | null;
  title: string | null;
}

export type TimelineEntry = TimelineEvent | TimelineScheduled;

export interface TimelineInput {
  /** The log in sequence order. */
  events: readonly LoggedEvent[];
  schedule: readonly PlannedItem[];
  clockEvents: readonly ClockEvent[];
  scenario: Pick<Scenario, 'injects' | 'decisionPoints' | 'clocks'>;
  /** The fictional instant of offset 0 (epoch ms). */
  scenarioStartMs: number;
}

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { events, schedule, scenario, scenarioStartMs } = input;
  const scenarioTime = (offsetMs: number) => new Date(scenarioStartMs + offsetMs).toISOString();
  const acknowledgements = acknowledgementsByInject(events);
  // The engine lets the deadline of a decided decision point pass without a word: nothing is coming.
  const decided = new Set(
    events.filter((e) => e.type === 'decision.recorded').map((e) => e.payload.decisionPointId),
  );

  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if (event.type === 'inject.acknowledged') continue;
    entries.push({
      kind: 'event',
      seq: event.seq,
      type: event.type,
      offsetMs: event.offsetMs,
      scenarioTime: scenarioTime(event.offsetMs),
      wallTime: event.wallTime.toISOString(),
      actor: event.actor,
      audience: event.audience,
      title: eventTitle(event, scenario),
      ref: refOf(event.payload),
      ...(event.type === 'inject.delivered' && {
        acknowledgements: acknowledgements.get(event.seq) ?? [],
      }),
    });
  }

  const clock = clockState(input.clockEvents);
  for (const item of schedule) {
    // A fired item is already on the timeline as the event it wrote; a cancelled one will never
    // come (the exercise ended); the clock check is the engine's own business.
    if (item.status !== 'pending' && item.status !== 'skipped') continue;
    if (item.kind === 'clock-check') continue;
    if (item.kind === 'decision-due' && decided.has(item.refId)) continue;
    const wallMs = item.status === 'pending' ? wallAt(clock, item.dueOffsetMs) : undefined;
    entries.push({
      kind: 'scheduled',
      status: item.status,
      itemKind: item.kind,
      refId: item.refId,
      occurrence: item.occurrence,
      offsetMs: item.dueOffsetMs,
      scenarioTime: scenarioTime(item.dueOffsetMs),
      expectedWallTime: wallMs === undefined ? null : new Date(wallMs).toISOString(),
      title:
        item.kind === 'inject'
          ? injectTitle(scenario, item.refId)
          : item.kind === 'clock-start'
            ? clockLabel(scenario, item.refId)
            : question(scenario, item.refId),
    });
  }

  return entries.sort(byTimeline);
}

function acknowledgementsByInject(events: readonly LoggedEvent[]): Map<number, Acknowledgement[]> {
  const byDelivery = new Map<number, Acknowledgement[]>();
  for (const event of events) {
    if (event.type !== 'inject.acknowledged') continue;
    const { seq, role } = event.payload;
    if (typeof seq !== 'number' || typeof role !== 'string') continue;
    const list = byDelivery.get(seq) ?? [];
    // A player may tap twice; the first tap is when the role knew.
    if (!list.some((ack) => ack.role === role))
      list.push({ role, seq: event.seq, wallTime: event.wallTime.toISOString() });
    byDelivery.set(seq, list);
  }
  return byDelivery;
}

function eventTitle(event: LoggedEvent, scenario: TimelineInput['scenario']): string | null {
  const { payload } = event;
  switch (event.type) {
    case 'inject.delivered':
      return text(payload.title);
    case 'inject.skipped':
    case 'inject.postponed':
      return injectTitle(scenario, payload.injectId);
    case 'decision.opened':
      return text(payload.question);
    case 'decision.overdue':
      return question(scenario, payload.decisionPointId);
    case 'decision.recorded':
      return text(payload.besluit);
    case 'regulatory-clock.started':
    case 'regulatory-clock.facts':
      return clockLabel(scenario, payload.clockId);
    case 'regulatory-clock.status':
      return `${clockLabel(scenario, payload.clockId) ?? String(payload.clockId)}: ${String(payload.stage)} ${String(payload.status)}`;
    case 'report.submitted':
    case 'report.requested':
      return `${clockLabel(scenario, payload.clockId) ?? String(payload.clockId)}: ${typeof payload.stage === 'string' ? payload.stage : 'intermediate'}`;
    default:
      return null;
  }
}

function refOf(payload: Record<string, unknown>): TimelineRef {
  const ref: TimelineRef = {};
  if (typeof payload.injectId === 'string') ref.injectId = payload.injectId;
  if (typeof payload.occurrence === 'number') ref.occurrence = payload.occurrence;
  if (typeof payload.decisionPointId === 'string') ref.decisionPointId = payload.decisionPointId;
  if (typeof payload.optionId === 'string') ref.optionId = payload.optionId;
  if (typeof payload.triggerId === 'string') ref.triggerId = payload.triggerId;
  if (typeof payload.clockId === 'string') ref.clockId = payload.clockId;
  if (typeof payload.stage === 'string') ref.stage = payload.stage;
  return ref;
}

function injectTitle(scenario: TimelineInput['scenario'], injectId: unknown): string | null {
  return scenario.injects.find((i) => i.id === injectId)?.title ?? null;
}

function clockLabel(scenario: TimelineInput['scenario'], clockId: unknown): string | null {
  const clock = scenario.clocks?.find((c) => c.id === clockId);
  return clock ? (clock.label ?? `${clock.id} (${clock.regime})`) : null;
}

function question(scenario: TimelineInput['scenario'], decisionPointId: unknown): string | null {
  return scenario.decisionPoints?.find((d) => d.id === decisionPointId)?.question ?? null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** By scenario offset; at the same offset what happened comes before what is coming. */
function byTimeline(a: TimelineEntry, b: TimelineEntry): number {
  if (a.offsetMs !== b.offsetMs) return a.offsetMs - b.offsetMs;
  if (a.kind === 'event' && b.kind === 'event') return a.seq - b.seq;
  if (a.kind === 'event') return -1;
  if (b.kind === 'event') return 1;
  return a.refId.localeCompare(b.refId) || a.occurrence - b.occurrence;
}
