import { dueSoonFrom, stageStatus } from './stage-status';

// Instants are Amsterdam local times with their offsets. 2026: summer time from Sun 29 March 02:00
// (+01:00 → +02:00), winter time from Sun 25 October 03:00 (+02:00 → +01:00).
const at = (local: string) => new Date(local);

describe(dueSoonFrom.name, () => {
  // prettier-ignore
  const rows: [rule: string, window: Parameters<typeof dueSoonFrom>[0], startedAt: string, due: string, from: string | null][] = [
    ['4 h before a 24 h deadline',                         { hours: 4 },           '2026-02-10T10:17+01:00', '2026-02-11T10:17+01:00', '2026-02-11T06:17+01:00'],
    ['12 h before, across the spring switch: 12 elapsed h', { hours: 12 },          '2026-03-26T14:30+01:00', '2026-03-29T14:30+02:00', '2026-03-29T01:30+01:00'],
    ['3 days before a month: 72 elapsed hours',             { days: 3 },            '2026-03-04T09:00+01:00', '2026-04-04T09:00+02:00', '2026-04-01T09:00+02:00'],
    ['3 days across the spring switch: an hour earlier on the clock', { days: 3 }, '2026-02-28T10:00+01:00', '2026-03-30T10:00+02:00', '2026-03-27T09:00+01:00'],
    ['3 days across the autumn switch: an hour later on the clock',   { days: 3 }, '2026-09-27T10:00+02:00', '2026-10-27T10:00+01:00', '2026-10-24T11:00+02:00'],
    ['a sixth of the period, elapsed',                      { shareOfPeriod: 1 / 6 }, '2026-03-10T09:00+01:00', '2026-03-12T17:00+01:00', '2026-03-12T07:40+01:00'],
    ['none without a window',                              undefined,              '2026-03-10T09:00+01:00', '2026-03-12T17:00+01:00', null],
  ];
  it.each(rows.map(([rule, window, startedAt, due, from]) => ({ rule, window, startedAt, due, from })))(
    'should open the window $rule',
    ({ window, startedAt, due, from }) => {
      expect(dueSoonFrom(window, at(startedAt), at(due))).toEqual(from === null ? null : at(from));
    },
  );

  it('should subtract elapsed time from the due instant, never calendar days', () => {
    const due = at('2026-03-30T10:00+02:00');
    expect(due.getTime() - dueSoonFrom({ days: 3 }, null, due)!.getTime()).toBe(72 * 3_600_000);
  });
});

describe(stageStatus.name, () => {
  const stage = { operationalDue: at('2026-03-30T10:00+02:00'), dueSoonFrom: at('2026-03-27T09:00+01:00') };
  it.each([
    ['2026-03-27T08:59:59.999+01:00', 'pending'],
    ['2026-03-27T09:00+01:00', 'due-soon'],
    ['2026-03-30T10:00+02:00', 'due-soon'],
    ['2026-03-30T10:00:00.001+02:00', 'missed'],
  ])('should at %s be %s', (now, status) => {
    expect(stageStatus(stage, at(now))).toBe(status);
  });
});
