import type { Scenario } from '@driehoek/scenario';
import {
  CLOCK_EVENTS,
  clockRecords,
  clockTriggers,
  nextCheckOffset,
  regulatoryClockView,
  statusChanges,
  type LoggedClockEvent,
} from './exercise-clocks';

const HOUR = 3_600_000;
// 2026-03-12 08:00 in Amsterdam (+01:00).
const START = Date.parse('2026-03-12T07:00:00Z');

const scenario = {
  startsAt: '2026-03-12T08:00',
  timeZone: 'Europe/Amsterdam',
  clocks: [
    { id: 'nis2', regime: 'nis2', startsAt: '00:30' },
    { id: 'avg', regime: 'avg' },
    { id: 'nood', regime: 'noodverordening' },
    { id: 'eigen', regime: 'custom', label: 'Terugbellen', period: '02:00' },
  ],
  triggers: [
    { id: 't-gemist', when: { clock: 'nis2', stage: 'notification', status: 'missed' }, schedule: [] },
    { id: 't-gemeld', when: { clock: 'nis2', status: 'met' }, schedule: [] },
    { id: 't-ander', when: { decision: 'dp', option: 'a' }, schedule: [] },
  ],
} as unknown as Scenario;

const started = (clockId: string, offsetMs: number): LoggedClockEvent => ({
  type: CLOCK_EVENTS.started,
  offsetMs,
  payload: { clockId },
});
const report = (clockId: string, stage: string, offsetMs: number): LoggedClockEvent => ({
  type: CLOCK_EVENTS.report,
  offsetMs,
  payload: { clockId, stage },
});
const status = (clockId: string, stage: string, value: string): LoggedClockEvent => ({
  type: CLOCK_EVENTS.status,
  offsetMs: 0,
  payload: { clockId, stage, status: value },
});

describe(clockRecords.name, () => {
  it('should take t0 and submissions from the log on scenario time, the first of each only', () => {
    const records = clockRecords(
      scenario,
      [started('nis2', HOUR / 2), started('nis2', HOUR), report('nis2', 'early-warning', 2 * HOUR)],
      START,
    );
    expect(records.get('nis2')).toMatchObject({
      startedAt: new Date('2026-03-12T07:30:00Z'),
      submissions: { 'early-warning': new Date('2026-03-12T09:00:00Z') },
    });
    expect(records.get('avg')!.startedAt).toBeUndefined();
  });

  it('should ignore events of clocks the scenario does not declare', () => {
    expect([...clockRecords(scenario, [started('onbekend', 0)], START).keys()]).toEqual([
      'nis2',
      'avg',
      'nood',
      'eigen',
    ]);
  });
});

describe(regulatoryClockView.name, () => {
  it('should count a noodverordening from its issue and a custom clock over its own period', () => {
    const records = clockRecords(scenario, [started('nood', 0), started('eigen', HOUR)], START);
    const at = new Date(START + HOUR);
    expect(regulatoryClockView(records.get('nood')!, at, 'Europe/Amsterdam').stages[0].startedAt).toEqual(
      new Date(START),
    );
    expect(
      regulatoryClockView(records.get('eigen')!, at, 'Europe/Amsterdam').stages[0].operationalDue,
    ).toEqual(new Date(START + 3 * HOUR));
  });
});

describe(statusChanges.name, () => {
  it('should report only stages whose status differs from the last one logged', () => {
    const events = [
      started('nis2', 0),
      report('nis2', 'early-warning', HOUR),
      status('nis2', 'early-warning', 'met'),
    ];
    const record = clockRecords(scenario, events, START).get('nis2')!;
    const late = regulatoryClockView(record, new Date(START + 73 * HOUR), 'Europe/Amsterdam');
    expect(statusChanges(late, record).map((s) => [s.stage, s.status])).toEqual([['notification', 'missed']]);
  });
});

describe(clockTriggers.name, () => {
  const record = clockRecords(scenario, [started('nis2', 0)], START).get('nis2')!;
  const view = regulatoryClockView(record, new Date(START + 73 * HOUR), 'Europe/Amsterdam');

  it('should fire a missed trigger for its stage only', () => {
    const changed = statusChanges(view, record);
    expect(clockTriggers(scenario, 'nis2', changed).map((t) => t.id)).toEqual(['t-gemist']);
  });

  it('should count met late as met, and take the first stage when the trigger names none', () => {
    const metLate = view.stages
      .filter((s) => s.stage === 'early-warning')
      .map((s) => ({ ...s, status: 'met-late' as const }));
    expect(clockTriggers(scenario, 'nis2', metLate).map((t) => t.id)).toEqual(['t-gemeld']);
  });
});

describe(nextCheckOffset.name, () => {
  it('should give the earliest moment a started clock changes, as a scenario offset', () => {
    const records = clockRecords(scenario, [started('nis2', 0), started('eigen', 0)], START);
    const views = ['nis2', 'eigen'].map((id) =>
      regulatoryClockView(records.get(id)!, new Date(START), 'Europe/Amsterdam'),
    );
    const custom = views[1].stages[0].dueSoonFrom!.getTime() - START;
    expect(nextCheckOffset(views, START)).toBe(custom);
  });

  it('should give null when nothing changes by time alone', () => {
    expect(nextCheckOffset([], START)).toBeNull();
  });
});
