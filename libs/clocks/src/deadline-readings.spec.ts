import type { CountedPeriod } from './counted-period';
import {
  HolidayCalendarRangeError,
  isDutchPublicHoliday,
  isWorkingDay,
  withExtraHolidays,
  type HolidayPredicate,
} from './dutch-holidays';
import { easterSunday } from './easter';
import { addDays, addMonthsClamped, sameDate, type LocalDate } from './local-date';
import { legalLatest } from './legal-latest';
import { operationalDue } from './operational-due';

// Every instant is written as Amsterdam local time with its offset, so each row can be checked by
// hand against a calendar. 2026: summer time starts Sun 29 March 02:00 → 03:00 (+01:00 → +02:00)
// and ends Sun 25 October 03:00 → 02:00 (02:00–03:00 happens twice). 2028: starts Sun 26 March.
const at = (local: string) => new Date(local);
const H24 = { hours: 24 };
const H72 = { hours: 72 };
const H1_5 = { hours: 1.5 }; // a custom period given in ms
const M1 = { months: 1 };

type Row = [t0: string, period: CountedPeriod, operational: string, legal: string, rule: string];

// prettier-ignore
const hours: Row[] = [
  // t0                             period  operational due                  legal latest (Reg. 1182/71)
  ['2026-02-10T10:17+01:00',        H24,    '2026-02-11T10:17+01:00',        '2026-02-11T11:00+01:00', '24 h: elapsed; the hour of the event does not count'],
  ['2026-02-10T10:17+01:00',        H72,    '2026-02-13T10:17+01:00',        '2026-02-13T11:00+01:00', '72 h: elapsed; the hour of the event does not count'],
  ['2026-02-10T10:00+01:00',        H24,    '2026-02-11T10:00+01:00',        '2026-02-11T11:00+01:00', '24 h from exactly on the hour: that hour still does not count'],
  ['2026-02-10T10:59:59.999+01:00', H24,    '2026-02-11T10:59:59.999+01:00', '2026-02-11T11:00+01:00', '24 h from the last ms of an hour: starts at the next hour'],
  ['2026-03-28T10:17+01:00',        H24,    '2026-03-29T11:17+02:00',        '2026-03-29T12:00+02:00', '24 h from the day before summer time: ends an hour later on the clock'],
  ['2026-03-28T10:17+01:00',        H72,    '2026-03-31T11:17+02:00',        '2026-03-31T12:00+02:00', '72 h from the day before summer time'],
  ['2026-03-29T01:30+01:00',        H24,    '2026-03-30T02:30+02:00',        '2026-03-30T03:00+02:00', '24 h from just before the spring switch (01:30 winter time)'],
  ['2026-03-29T01:30+01:00',        H72,    '2026-04-01T02:30+02:00',        '2026-04-01T03:00+02:00', '72 h from just before the spring switch'],
  ['2026-03-29T03:30+02:00',        H24,    '2026-03-30T03:30+02:00',        '2026-03-30T04:00+02:00', '24 h from just after the spring switch (03:30 summer time)'],
  ['2026-03-29T03:30+02:00',        H72,    '2026-04-01T03:30+02:00',        '2026-04-01T04:00+02:00', '72 h from just after the spring switch'],
  ['2026-10-24T10:17+02:00',        H24,    '2026-10-25T09:17+01:00',        '2026-10-25T10:00+01:00', '24 h from the day before winter time: ends an hour earlier on the clock'],
  ['2026-10-24T10:17+02:00',        H72,    '2026-10-27T09:17+01:00',        '2026-10-27T10:00+01:00', '72 h from the day before winter time'],
  ['2026-10-25T01:45+02:00',        H24,    '2026-10-26T00:45+01:00',        '2026-10-26T01:00+01:00', '24 h from just before the repeated hour (01:45 summer time)'],
  ['2026-10-25T02:30+02:00',        H24,    '2026-10-26T01:30+01:00',        '2026-10-26T02:00+01:00', '24 h from the first 02:30 (summer time), just before the autumn switch'],
  ['2026-10-25T02:30+02:00',        H72,    '2026-10-28T01:30+01:00',        '2026-10-28T02:00+01:00', '72 h from the first 02:30 (summer time)'],
  ['2026-10-25T02:30+01:00',        H24,    '2026-10-26T02:30+01:00',        '2026-10-26T03:00+01:00', '24 h from the second 02:30 (winter time), just after the autumn switch'],
  ['2026-10-25T02:30+01:00',        H72,    '2026-10-28T02:30+01:00',        '2026-10-28T03:00+01:00', '72 h from the second 02:30 (winter time)'],
  ['2026-10-25T03:10+01:00',        H24,    '2026-10-26T03:10+01:00',        '2026-10-26T04:00+01:00', '24 h from after the autumn switch (03:10 winter time)'],
  ['2026-12-24T10:17+01:00',        H72,    '2026-12-27T10:17+01:00',        '2026-12-27T11:00+01:00', '72 h ending on a Sunday: no weekend extension for hours'],
  ['2026-04-26T09:05+02:00',        H24,    '2026-04-27T09:05+02:00',        '2026-04-27T10:00+02:00', '24 h ending on Koningsdag: no holiday extension for hours'],
  ['2026-12-31T23:40+01:00',        H24,    '2027-01-01T23:40+01:00',        '2027-01-02T00:00+01:00', '24 h across New Year'],
  ['2026-02-10T10:17+01:00',        H1_5,   '2026-02-10T11:47+01:00',        '2026-02-10T12:30+01:00', '1.5 h (a custom period in ms): starts at the next full hour'],
];

// prettier-ignore
const months: Row[] = [
  // t0                             period  operational due                  legal latest (Reg. 1182/71)
  ['2026-02-10T10:17+01:00',        M1,     '2026-03-10T10:17+01:00',        '2026-03-11T00:00+01:00', '1 month: same date and local time; legal ends at 24:00 that day'],
  ['2026-03-10T10:17+01:00',        M1,     '2026-04-10T10:17+02:00',        '2026-04-11T00:00+02:00', '1 month across the spring switch keeps the local time'],
  ['2026-10-10T10:17+02:00',        M1,     '2026-11-10T10:17+01:00',        '2026-11-11T00:00+01:00', '1 month across the autumn switch keeps the local time'],
  ['2026-02-10T23:59+01:00',        M1,     '2026-03-10T23:59+01:00',        '2026-03-11T00:00+01:00', '1 month from late evening: the day of the event does not count'],
  ['2026-02-11T00:05+01:00',        M1,     '2026-03-11T00:05+01:00',        '2026-03-12T00:00+01:00', '1 month from 00:05 local (still the 10th in UTC): local dates count'],
  ['2026-01-31T10:17+01:00',        M1,     '2026-02-28T10:17+01:00',        '2026-03-03T00:00+01:00', '31 Jan → 28 Feb, a Saturday → Monday 2 March'],
  ['2028-01-31T10:17+01:00',        M1,     '2028-02-29T10:17+01:00',        '2028-03-01T00:00+01:00', '31 Jan → 29 Feb in the leap year 2028 (a Tuesday)'],
  ['2027-01-31T10:17+01:00',        M1,     '2027-02-28T10:17+01:00',        '2027-03-02T00:00+01:00', '31 Jan 2027 → 28 Feb 2027, a Sunday → Monday 1 March'],
  ['2028-02-29T10:17+01:00',        M1,     '2028-03-29T10:17+02:00',        '2028-03-30T00:00+02:00', '29 Feb 2028 → 29 March (the date exists)'],
  ['2026-03-31T10:17+02:00',        M1,     '2026-04-30T10:17+02:00',        '2026-05-01T00:00+02:00', '31 Mar → 30 Apr (a Thursday)'],
  ['2026-01-28T10:17+01:00',        M1,     '2026-02-28T10:17+01:00',        '2026-03-03T00:00+01:00', 'ending on a Saturday → the next Monday'],
  ['2026-02-01T10:17+01:00',        M1,     '2026-03-01T10:17+01:00',        '2026-03-03T00:00+01:00', 'ending on a Sunday → the next Monday'],
  ['2026-02-28T10:17+01:00',        M1,     '2026-03-28T10:17+01:00',        '2026-03-31T00:00+02:00', 'ending on Saturday 28 March → Monday; 24:00 is already summer time'],
  ['2026-03-27T10:00+01:00',        M1,     '2026-04-27T10:00+02:00',        '2026-04-29T00:00+02:00', 'ending on Koningsdag (Mon 27 April 2026) → Tuesday'],
  ['2026-04-05T10:17+02:00',        M1,     '2026-05-05T10:17+02:00',        '2026-05-07T00:00+02:00', 'ending on Bevrijdingsdag (Tue 5 May 2026) → Wednesday'],
  ['2026-04-14T10:17+02:00',        M1,     '2026-05-14T10:17+02:00',        '2026-05-16T00:00+02:00', 'ending on Hemelvaartsdag (Thu 14 May 2026) → Friday'],
  ['2026-04-25T10:17+02:00',        M1,     '2026-05-25T10:17+02:00',        '2026-05-27T00:00+02:00', 'ending on Tweede Pinksterdag (Mon 25 May 2026) → Tuesday'],
  ['2026-04-23T10:17+02:00',        M1,     '2026-05-23T10:17+02:00',        '2026-05-27T00:00+02:00', 'ending on the Saturday before Pentecost: Sat, Sun, Whit Monday → Tuesday'],
  ['2026-03-03T10:17+01:00',        M1,     '2026-04-03T10:17+02:00',        '2026-04-08T00:00+02:00', 'ending on Goede Vrijdag (3 April 2026): Fri to Easter Monday → Tuesday'],
  ['2028-11-26T10:17+01:00',        M1,     '2028-12-26T10:17+01:00',        '2028-12-28T00:00+01:00', 'ending on Tweede Kerstdag (Tue 26 Dec 2028) → Wednesday'],
  ['2026-11-25T10:00+01:00',        M1,     '2026-12-25T10:00+01:00',        '2026-12-29T00:00+01:00', 'ending on Eerste Kerstdag (Fri 25 Dec 2026): holiday, holiday, Sunday → Monday'],
  ['2026-12-01T10:17+01:00',        M1,     '2027-01-01T10:17+01:00',        '2027-01-05T00:00+01:00', 'ending on Nieuwjaarsdag (Fri 1 Jan 2027) → Monday 4 January'],
  ['2028-02-26T02:30+01:00',        M1,     '2028-03-26T03:30+02:00',        '2028-03-28T00:00+02:00', 'the target time falls in the spring gap (02:30 on 26 March 2028): forward by the gap'],
  ['2026-09-25T02:30+02:00',        M1,     '2026-10-25T02:30+02:00',        '2026-10-27T00:00+01:00', 'the target time is repeated (02:30 on 25 October 2026): the first, summer-time one'],
  ['2012-03-30T10:17+02:00',        M1,     '2012-04-30T10:17+02:00',        '2012-05-02T00:00+02:00', 'ending on Koninginnedag (Mon 30 April 2012, before Koningsdag) → Tuesday'],
  ['2013-03-30T10:17+01:00',        M1,     '2013-04-30T10:17+02:00',        '2013-05-02T00:00+02:00', 'ending on the last Koninginnedag (Tue 30 April 2013) → Wednesday'],
  ['2013-03-27T10:17+01:00',        M1,     '2013-04-27T10:17+02:00',        '2013-04-30T00:00+02:00', 'ending on Saturday 27 April 2013: not yet Koningsdag, a weekend → Monday 29 April'],
  ['2014-03-30T10:17+02:00',        M1,     '2014-04-30T10:17+02:00',        '2014-05-01T00:00+02:00', '30 April 2014 (a Wednesday) is no holiday any more'],
];

const table = [...hours, ...months].map(([t0, period, operational, legal, rule]) => ({
  rule,
  t0,
  period,
  operational,
  legal,
}));

describe(`${operationalDue.name} and ${legalLatest.name}`, () => {
  it.each(table)('should follow: $rule', ({ t0, period, operational, legal }) => {
    expect(operationalDue(at(t0), period).toISOString()).toBe(at(operational).toISOString());
    expect(legalLatest(at(t0), period).toISOString()).toBe(at(legal).toISOString());
  });

  it('should never put the legal latest before the operational deadline', () => {
    for (const { t0, period } of table)
      expect(legalLatest(at(t0), period).getTime()).toBeGreaterThanOrEqual(
        operationalDue(at(t0), period).getTime(),
      );
  });

  it('should take extra holidays from the predicate, e.g. a day equated by royal decree', () => {
    // Friday 15 May 2026, the day after Hemelvaartsdag, as if a decree had equated it.
    const isHoliday = withExtraHolidays([{ year: 2026, month: 5, day: 15 }]);
    expect(legalLatest(at('2026-04-14T10:17+02:00'), M1, { isHoliday }).toISOString()).toBe(
      at('2026-05-19T00:00+02:00').toISOString(),
    );
  });

  it('should count weekends only when the holiday predicate knows no holidays', () => {
    expect(legalLatest(at('2026-03-27T10:00+01:00'), M1, { isHoliday: () => false }).toISOString()).toBe(
      at('2026-04-28T00:00+02:00').toISOString(),
    );
  });

  it('should leave Goede Vrijdag out when the predicate does (its status outside the Atw is unverified)', () => {
    const withoutGoodFriday: HolidayPredicate = (d) =>
      isDutchPublicHoliday(d) && !sameDate(d, addDays(easterSunday(d.year), -2));
    // Ends on Goede Vrijdag, 3 April 2026: that Friday is then the last day itself.
    expect(
      legalLatest(at('2026-03-03T10:17+01:00'), M1, { isHoliday: withoutGoodFriday }).toISOString(),
    ).toBe(at('2026-04-04T00:00+02:00').toISOString());
  });

  it('should refuse a month period the holiday calendar does not cover, and count hours in any year', () => {
    expect(() => legalLatest(at('1979-03-30T10:00+01:00'), M1)).toThrow(HolidayCalendarRangeError);
    expect(legalLatest(at('1979-02-10T10:17+01:00'), H72).toISOString()).toBe(
      at('1979-02-13T11:00+01:00').toISOString(),
    );
  });

  it('should do calendar arithmetic in the given time zone', () => {
    // 1 month from 31 Jan 23:30 UTC: in UTC that is 28 Feb; in Amsterdam it is already 1 Feb → 1 Mar.
    const t0 = at('2026-01-31T23:30Z');
    expect(operationalDue(t0, M1, { timeZone: 'UTC' }).toISOString()).toBe('2026-02-28T23:30:00.000Z');
    expect(operationalDue(t0, M1).toISOString()).toBe(at('2026-03-01T00:30+01:00').toISOString());
    expect(legalLatest(t0, M1, { timeZone: 'UTC' }).toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });
});

// Reg. 1182/71 art. 3(5): "any period of two days or more shall include at least two working days".
describe(`${legalLatest.name}, art. 3(5)`, () => {
  // A calendar on which the rule bites: every day from 2 to 27 February 2026 a holiday, as if by decree.
  const february = (from: number, to: number, ...more: string[]) =>
    withExtraHolidays([
      ...Array.from({ length: to - from + 1 }, (_, i) => ({ year: 2026, month: 2, day: from + i })),
      ...more.map((iso) => {
        const [year, month, day] = iso.split('-').map(Number);
        return { year, month, day };
      }),
    ]);
  // prettier-ignore
  const rows: [rule: string, isHoliday: HolidayPredicate, legal: string][] = [
    // From Sat 31 January 2026 10:17, one month: 28 February (a Saturday); first day Sunday 1 February.
    ['3(4) alone: the Monday after, when the period already holds two working days',   february(2, 26),               '2026-03-03T00:00+01:00'],
    ['3(5): one working day only (Mon 2 March) → on to Tuesday 3 March, the second',    february(2, 27),               '2026-03-04T00:00+01:00'],
    ['3(5): not one in February, Mon 2 March a holiday too: 3(4) → Tue 3, 3(5) → Wed 4 March', february(2, 27, '2026-03-02'), '2026-03-05T00:00+01:00'],
  ];
  it.each(rows.map(([rule, isHoliday, legal]) => ({ rule, isHoliday, legal })))(
    'should follow: $rule',
    ({ isHoliday, legal }) => {
      expect(legalLatest(at('2026-01-31T10:17+01:00'), M1, { isHoliday }).toISOString()).toBe(
        at(legal).toISOString(),
      );
    },
  );

  it('should never lengthen a one-month period on the Dutch calendar (measured for 1980–2100)', () => {
    // The fewest working days in any one-month period (day after the start through the last day
    // before art. 3(4)), over every start date: nowhere near two, so 3(5) never bites here.
    const first = { year: 1980, month: 1, day: 1 };
    const index = (d: LocalDate) =>
      (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(1980, 0, 1)) / 86_400_000;
    const workingBefore = [0]; // prefix sums: working days before day i
    for (let d = first; d.year <= 2101; d = addDays(d, 1))
      workingBefore.push(workingBefore.at(-1)! + (isWorkingDay(d, isDutchPublicHoliday) ? 1 : 0));
    let fewest = Infinity;
    for (let d = first; d.year <= 2100; d = addDays(d, 1)) {
      const working = workingBefore[index(addMonthsClamped(d, 1)) + 1] - workingBefore[index(d) + 1];
      fewest = Math.min(fewest, working);
    }
    expect(fewest).toBe(16);
  });
});
