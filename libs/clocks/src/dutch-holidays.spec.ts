import {
  DUTCH_HOLIDAYS_FROM_YEAR,
  HolidayCalendarRangeError,
  dutchPublicHolidays,
  isDutchPublicHoliday,
  isWorkingDay,
  withExtraHolidays,
} from './dutch-holidays';
import { easterSunday } from './easter';
import { formatLocalDate, type LocalDate } from './local-date';

const date = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

describe(easterSunday.name, () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('should put Easter %i on %s', (year, expected) => {
    expect(formatLocalDate(easterSunday(year))).toBe(expected);
  });
});

describe(dutchPublicHolidays.name, () => {
  it('should list the statutory holidays of 2026 with their dates', () => {
    const list = dutchPublicHolidays(2026).map((h) => `${formatLocalDate(h.date)} ${h.name.nl}`);
    expect(list).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it.each([
    [2027, ['2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']],
    [2028, ['2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05']],
  ])('should move Good Friday, Easter Monday, Ascension and Whit Monday with Easter in %i', (year, dates) => {
    const names = ['Goede Vrijdag', 'Tweede Paasdag', 'Hemelvaartsdag', 'Tweede Pinksterdag'];
    const byName = new Map(dutchPublicHolidays(year).map((h) => [h.name.nl, formatLocalDate(h.date)]));
    expect(names.map((n) => byName.get(n))).toEqual(dates);
  });

  // Koninginnedag by the royal decree of 24 April 1980 (to 2013), Koningsdag by that of 30 January
  // 2013 (from 2014): each "behoudens uitzonderingen in verband met zondagen", the day before.
  it.each([
    [1980, 'Koninginnedag', '1980-04-30'],
    [1989, 'Koninginnedag', '1989-04-29'], // the 30th was a Sunday
    [1995, 'Koninginnedag', '1995-04-29'], // the 30th was a Sunday
    [2000, 'Koninginnedag', '2000-04-29'], // the 30th was a Sunday
    [2006, 'Koninginnedag', '2006-04-29'], // the 30th was a Sunday
    [2011, 'Koninginnedag', '2011-04-30'], // a Saturday stays
    [2013, 'Koninginnedag', '2013-04-30'], // the last one, the day of the abdication
    [2014, 'Koningsdag', '2014-04-26'], // the first one: the 27th was a Sunday
    [2025, 'Koningsdag', '2025-04-26'], // the 27th was a Sunday
    [2026, 'Koningsdag', '2026-04-27'],
    [2031, 'Koningsdag', '2031-04-26'], // the 27th is a Sunday
  ])("should put the monarch's day of %i, %s, on %s, and only that one", (year, name, expected) => {
    const days = dutchPublicHolidays(year).filter((h) => ['Koninginnedag', 'Koningsdag'].includes(h.name.nl));
    expect(days.map((h) => `${h.name.nl} ${formatLocalDate(h.date)}`)).toEqual([`${name} ${expected}`]);
  });

  it('should not call 30 April a holiday from 2014 on, nor 27 April before', () => {
    expect(isDutchPublicHoliday(date('2014-04-30'))).toBe(false);
    expect(isDutchPublicHoliday(date('2013-04-27'))).toBe(false);
    expect(isDutchPublicHoliday(date('2012-04-30'))).toBe(true);
  });

  it('should say why each day counts: Goede Vrijdag is equated by the Algemene termijnenwet only', () => {
    const byBasis = (basis: string) =>
      dutchPublicHolidays(2026)
        .filter((h) => h.basis === basis)
        .map((h) => h.name.nl);
    expect(byBasis('equated')).toEqual(['Goede Vrijdag']);
    expect(byBasis('sunday')).toEqual(['Eerste Paasdag', 'Eerste Pinksterdag']);
    expect(byBasis('recognised')).toHaveLength(8);
  });

  it('should refuse years before 1980 rather than answer from rules not in force then', () => {
    expect(DUTCH_HOLIDAYS_FROM_YEAR).toBe(1980);
    expect(() => dutchPublicHolidays(1979)).toThrow(HolidayCalendarRangeError);
    expect(() => isDutchPublicHoliday(date('1979-04-30'))).toThrow('covers 1980 on, not 1979');
    expect(dutchPublicHolidays(1980)).toHaveLength(11);
  });
});

describe(isWorkingDay.name, () => {
  it.each([
    ['2026-04-24', true], // Friday
    ['2026-04-25', false], // Saturday
    ['2026-04-26', false], // Sunday
    ['2026-04-27', false], // Koningsdag
    ['2026-04-28', true], // Tuesday
    ['2026-05-15', true], // Friday after Ascension: only a decree makes it a holiday
  ])('should call %s a working day: %s', (iso, expected) => {
    expect(isWorkingDay(date(iso), isDutchPublicHoliday)).toBe(expected);
  });

  it('should add days equated by royal decree through the predicate', () => {
    expect(isWorkingDay(date('2026-05-15'), withExtraHolidays([date('2026-05-15')]))).toBe(false);
  });
});
