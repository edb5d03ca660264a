import type { ClockEvent } from '../clock/exercise-clock';
import {
  buildTimeline,
  type LoggedEvent,
  type PlannedItem,
  type TimelineEvent,
  type TimelineInput,
  type TimelineScheduled,
} from './timeline';

const START = Date.parse('2026-03-12T07:00:00.000Z');
const WALL = Date.parse('2026-11-28T10:00:00.000Z');
const MIN = 60_000;

const scenario = {
  injects: [
    { id: 'i-start', title: 'Melding' },
    { id: 'i-politie', title: 'Politie-info' },
    { id: 'i-tak-a', title: 'Gevolg A' },
  ],
  decisionPoints: [{ id: 'dp-keuze', question: 'A of B?' }],
} as unknown as TimelineInput['scenario'];

let seq = 0;
function logged(type: string, offsetMs: number, payload: Record<string, unknown> = {}): LoggedEvent {
  seq++;
  return {
    seq,
    type,
    offsetMs,
    wallTime: new Date(WALL + seq * 1000),
    actor: null,
    audience: ['*'],
    payload,
  };
}

function planned(item: Partial<PlannedItem> & Pick<PlannedItem, 'refId' | 'dueOffsetMs'>): PlannedItem {
  return { kind: 'inject', occurrence: 1, status: 'pending', ...item };
}

const running: ClockEvent[] = [{ type: 'clock.started', wallMs: WALL, speed: 60 }];

function build(input: Partial<TimelineInput>) {
  return buildTimeline({
    events: [],
    schedule: [],
    clockEvents: running,
    scenario,
    scenarioStartMs: START,
    ...input,
  });
}

const events = (entries: ReturnType<typeof build>) =>
  entries.filter((e): e is TimelineEvent => e.kind === 'event');
const scheduled = (entries: ReturnType<typeof build>) =>
  entries.filter((e): e is TimelineScheduled => e.kind === 'scheduled');

describe(buildTimeline.name, () => {
  beforeEach(() => {
    seq = 0;
  });

  it('should fold acknowledgements into the inject they acknowledge, the first per role', () => {
    const delivered = logged('inject.delivered', 10 * MIN, {
      injectId: 'i-start',
      occurrence: 1,
      title: 'Melding',
    });
    const first = logged('inject.acknowledged', 10 * MIN, {
      seq: delivered.seq,
      injectId: 'i-start',
      role: 'burgemeester',
    });
    const again = logged('inject.acknowledged', 10 * MIN, {
      seq: delivered.seq,
      injectId: 'i-start',
      role: 'burgemeester',
    });
    const police = logged('inject.acknowledged', 10 * MIN, {
      seq: delivered.seq,
      injectId: 'i-start',
      role: 'teamchef-politie',
    });

    const entries = build({ events: [delivered, first, again, police] });

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'event',
      type: 'inject.delivered',
      title: 'Melding',
      ref: { injectId: 'i-start', occurrence: 1 },
      acknowledgements: [
        { role: 'burgemeester', seq: first.seq, wallTime: first.wallTime.toISOString() },
        { role: 'teamchef-politie', seq: police.seq, wallTime: police.wallTime.toISOString() },
      ],
    });
  });

  it('should give an unacknowledged inject an empty list, and other events none', () => {
    const entries = build({
      events: [
        logged('clock.started', 0, { speed: 60 }),
        logged('inject.delivered', 10 * MIN, { injectId: 'i-start' }),
      ],
    });

    expect(entries[0]).not.toHaveProperty('acknowledgements');
    expect(entries[1]).toMatchObject({ acknowledgements: [] });
  });

  it('should title events by what a facilitator reads in them', () => {
    const entries = build({
      events: [
        logged('clock.started', 0, { speed: 60 }),
        logged('inject.delivered', 10 * MIN, { injectId: 'i-start', occurrence: 1, title: 'Melding' }),
        logged('decision.opened', 10 * MIN, { decisionPointId: 'dp-keuze', question: 'A of B?' }),
        logged('inject.skipped', 11 * MIN, { injectId: 'i-politie', occurrence: 1, dueOffsetMs: 20 * MIN }),
        logged('decision.recorded', 12 * MIN, {
          decisionPointId: 'dp-keuze',
          optionId: 'a',
          besluit: 'We kiezen A.',
        }),
        logged('trigger.fired', 12 * MIN, { triggerId: 't-a', decisionPointId: 'dp-keuze', optionId: 'a' }),
        logged('decision.overdue', 45 * MIN, { decisionPointId: 'dp-keuze', dueAt: '00:45' }),
      ],
    });

    expect(events(entries).map((e) => [e.type, e.title, e.ref])).toEqual([
      ['clock.started', null, {}],
      ['inject.delivered', 'Melding', { injectId: 'i-start', occurrence: 1 }],
      ['decision.opened', 'A of B?', { decisionPointId: 'dp-keuze' }],
      ['inject.skipped', 'Politie-info', { injectId: 'i-politie', occurrence: 1 }],
      ['decision.recorded', 'We kiezen A.', { decisionPointId: 'dp-keuze', optionId: 'a' }],
      ['trigger.fired', null, { triggerId: 't-a', decisionPointId: 'dp-keuze', optionId: 'a' }],
      ['decision.overdue', 'A of B?', { decisionPointId: 'dp-keuze' }],
    ]);
  });

  it('should put each event on the scenario and the wall clock', () => {
    const [entry] = build({ events: [logged('inject.delivered', 10 * MIN, { injectId: 'i-start' })] });

    expect(entry).toMatchObject({
      seq: 1,
      offsetMs: 10 * MIN,
      scenarioTime: '2026-03-12T07:10:00.000Z',
      wallTime: new Date(WALL + 1000).toISOString(),
      actor: null,
      audience: ['*'],
    });
  });

  it('should list pending and skipped schedule items with their titles, and leave fired ones to their event', () => {
    const entries = build({
      schedule: [
        planned({ refId: 'i-start', dueOffsetMs: 10 * MIN, status: 'fired' }),
        planned({ refId: 'i-politie', dueOffsetMs: 20 * MIN, status: 'skipped' }),
        planned({ refId: 'i-tak-a', occurrence: 2, dueOffsetMs: 30 * MIN }),
        planned({ kind: 'decision-due', refId: 'dp-keuze', dueOffsetMs: 45 * MIN }),
      ],
    });

    expect(scheduled(entries).map((e) => [e.status, e.itemKind, e.refId, e.occurrence, e.title])).toEqual([
      ['skipped', 'inject', 'i-politie', 1, 'Politie-info'],
      ['pending', 'inject', 'i-tak-a', 2, 'Gevolg A'],
      ['pending', 'decision-due', 'dp-keuze', 1, 'A of B?'],
    ]);
    expect(entries[1]).toMatchObject({ offsetMs: 30 * MIN, scenarioTime: '2026-03-12T07:30:00.000Z' });
  });

  it('should expect a pending item at the wall time the running clock reaches it', () => {
    const [entry] = build({ schedule: [planned({ refId: 'i-start', dueOffsetMs: 10 * MIN })] });

    // At 60× ten scenario minutes take ten wall seconds.
    expect(entry).toMatchObject({ expectedWallTime: new Date(WALL + 10_000).toISOString() });
  });

  it('should expect nothing at a wall time while paused, before the start, or when skipped', () => {
    const schedule = [planned({ refId: 'i-start', dueOffsetMs: 10 * MIN })];
    const paused: ClockEvent[] = [...running, { type: 'clock.paused', wallMs: WALL + 1000 }];

    expect(build({ schedule, clockEvents: paused })[0]).toMatchObject({ expectedWallTime: null });
    expect(build({ schedule, clockEvents: [] })[0]).toMatchObject({ expectedWallTime: null });
    expect(
      build({ schedule: [planned({ refId: 'i-politie', dueOffsetMs: 20 * MIN, status: 'skipped' })] })[0],
    ).toMatchObject({ expectedWallTime: null });
  });

  it('should not promise the deadline of a decision point that has been decided', () => {
    const entries = build({
      events: [logged('decision.recorded', 12 * MIN, { decisionPointId: 'dp-keuze', optionId: 'a' })],
      schedule: [planned({ kind: 'decision-due', refId: 'dp-keuze', dueOffsetMs: 45 * MIN })],
    });

    expect(scheduled(entries)).toEqual([]);
  });

  it('should sort by offset, events before scheduled items at the same offset, events by seq', () => {
    const late = logged('inject.delivered', 20 * MIN, { injectId: 'i-politie' });
    const early = logged('inject.delivered', 10 * MIN, { injectId: 'i-start' });
    const sameOffset = logged('decision.opened', 10 * MIN, { decisionPointId: 'dp-keuze' });

    const entries = build({
      events: [late, early, sameOffset],
      schedule: [
        planned({ refId: 'i-tak-a', dueOffsetMs: 10 * MIN }),
        planned({ kind: 'decision-due', refId: 'dp-keuze', dueOffsetMs: 5 * MIN }),
      ],
    });

    expect(entries.map((e) => (e.kind === 'event' ? `event:${e.seq}` : `scheduled:${e.refId}`))).toEqual([
      'scheduled:dp-keuze',
      `event:${early.seq}`,
      `event:${sameOffset.seq}`,
      'scheduled:i-tak-a',
      `event:${late.seq}`,
    ]);
  });
});
