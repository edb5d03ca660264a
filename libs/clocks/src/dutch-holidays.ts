import type { Bilingual } from './bilingual';
import { easterSunday } from './easter';
import { addDays, dayOfWeek, sameDate, type LocalDate } from './local-date';

/** Whether a local calendar date is a public holiday; the deadline functions take one of these. */
export type HolidayPredicate = (date: LocalDate) => boolean;

export interface PublicHoliday {
  date: LocalDate;
  name: Bilingual;
}

interface HolidayRule {
  name: Bilingual;
  date: (year: number) => LocalDate;
}

const fixed = (month: number, day: number) => (year: number) => ({ year, month, day });
const afterEaster = (days: number) => (year: number) => addDays(easterSunday(year), days);

/**
 * The Dutch "algemeen erkende feestdagen" of the Algemene termijnenwet art. 3(1), Goede Vrijdag which
 * art. 3(2) equates with them, and the Sundays Eerste Paasdag and Eerste Pinksterdag for completeness.
 * Not included: days equated by royal decree under art. 3(3) (e.g. the Friday after Ascension Day in
 * some years); add them with withExtraHolidays. To be checked by a lawyer, as docs/clocks.md says.
 */
export const DUTCH_PUBLIC_HOLIDAYS: readonly HolidayRule[] = [
  { name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" }, date: fixed(1, 1) },
  { name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, date: afterEaster(-2) },
  { name: { nl: 'Eerste Paasdag', en: 'Easter Sunday' }, date: afterEaster(0) },
  { name: { nl: 'Tweede Paasdag', en: 'Easter Monday' }, date: afterEaster(1) },
  { name: { nl: 'Koningsdag', en: "King's Day" }, date: kingsDay },
  { name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' }, date: fixed(5, 5) },
  { name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' }, date: afterEaster(39) },
  { name: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' }, date: afterEaster(49) },
  { name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' }, date: afterEaster(50) },
  { name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' }, date: fixed(12, 25) },
  { name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' }, date: fixed(12, 26) },
];

/** 27 April, or the 26th when the 27th is a Sunday (Wet Koningsdag, from 2014 on). */
function kingsDay(year: number): LocalDate {
  const date = { year, month: 4, day: 27 };
  return dayOfWeek(date) === 0 ? { year, month: 4, day: 26 } : date;
}

export function dutchPublicHolidays(year: number): PublicHoliday[] {
  return DUTCH_PUBLIC_HOLIDAYS.map((rule) => ({ name: rule.name, date: rule.date(year) }));
}

const byYear = new Map<number, PublicHoliday[]>();

export const isDutchPublicHoliday: HolidayPredicate = (date) => {
  let holidays = byYear.get(date.year);
  if (!holidays) {
    holidays = dutchPublicHolidays(date.year);
    byYear.set(date.year, holidays);
  }
  return holidays.some((h) => sameDate(h.date, date));
};

/** A predicate that also counts the given dates, e.g. days equated by royal decree. */
export function withExtraHolidays(
  extra: readonly LocalDate[],
  base: HolidayPredicate = isDutchPublicHoliday,
): HolidayPredicate {
  return (date) => base(date) || extra.some((d) => sameDate(d, date));
}

/** Not a Saturday, Sunday or public holiday. */
export function isWorkingDay(date: LocalDate, isHoliday: HolidayPredicate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}
