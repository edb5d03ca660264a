import type { Bilingual } from './bilingual';
import { easterSunday } from './easter';
import { addDays, dayOfWeek, sameDate, type LocalDate } from './local-date';

/** Whether a local calendar date is a public holiday; the deadline functions take one of these. */
export type HolidayPredicate = (date: LocalDate) => boolean;

/**
 * Why a day counts, kept as data so that a caller can choose (Algemene termijnenwet, "Atw"):
 * - `recognised`: an "algemeen erkende feestdag" listed in Atw art. 3(1);
 * - `equated`: Goede Vrijdag, which Atw art. 3(2) equates with those "voor de toepassing van deze
 *   wet", that is for the Atw only; whether it is a public holiday in the sense of Reg. 1182/71
 *   art. 2(1) is not verified, so a predicate without it is one filter away;
 * - `sunday`: Eerste Paasdag and Eerste Pinksterdag, which the Atw does not list: Sundays anyway.
 */
export type HolidayBasis = 'recognised' | 'equated' | 'sunday';

export interface PublicHoliday {
  date: LocalDate;
  name: Bilingual;
  basis: HolidayBasis;
}

interface HolidayRule {
  name: Bilingual;
  basis: HolidayBasis;
  date: (year: number) => LocalDate;
  /** The years the rule was in force, both inclusive; open-ended where absent. */
  years?: { from?: number; to?: number };
}

/**
 * The first year the calendar covers: the monarch's day is known from the royal decree of 24 April
 * 1980 on (Koninginnedag; before it the rule differed). Earlier years are refused with a
 * HolidayCalendarRangeError rather than answered from rules that were not in force.
 */
export const DUTCH_HOLIDAYS_FROM_YEAR = 1980;

export class HolidayCalendarRangeError extends RangeError {
  constructor(readonly year: number) {
    super(
      `The Dutch holiday calendar covers ${DUTCH_HOLIDAYS_FROM_YEAR} on, not ${year}: pass your own isHoliday for earlier years`,
    );
    this.name = 'HolidayCalendarRangeError';
  }
}

const fixed = (month: number, day: number) => (year: number) => ({ year, month, day });
const afterEaster = (days: number) => (year: number) => addDays(easterSunday(year), days);
/** The given date, or the day before when it is a Sunday. */
const notOnSunday = (month: number, day: number) => (year: number) => {
  const date = { year, month, day };
  return dayOfWeek(date) === 0 ? addDays(date, -1) : date;
};

/**
 * The Dutch "algemeen erkende feestdagen" of the Algemene termijnenwet art. 3(1), Goede Vrijdag which
 * art. 3(2) equates with them, and the Sundays Eerste Paasdag and Eerste Pinksterdag for completeness.
 * Not included: days equated by royal decree under art. 3(3) (e.g. the Friday after Ascension Day in
 * some years); add them with withExtraHolidays. To be checked by a lawyer, as docs/clocks.md says.
 *
 * "De dag waarop de verjaardag van de Koning wordt gevierd" is set by royal decree: Koninginnedag,
 * 30 April "behoudens uitzonderingen in verband met zondagen" (decree of 24 April 1980, nr. 11, in
 * force until 31 December 2013), moved to the 29th in the years the 30th was a Sunday (secondary
 * sources: 1989, 1995, 2000, 2006); Koningsdag, 27 April with the same Sunday exception (decree of
 * 30 January 2013, Stcrt. 2013, 4075, from 1 January 2014), the 26th when the 27th is a Sunday.
 */
export const DUTCH_PUBLIC_HOLIDAYS: readonly HolidayRule[] = [
  { name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" }, basis: 'recognised', date: fixed(1, 1) },
  { name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, basis: 'equated', date: afterEaster(-2) },
  { name: { nl: 'Eerste Paasdag', en: 'Easter Sunday' }, basis: 'sunday', date: afterEaster(0) },
  { name: { nl: 'Tweede Paasdag', en: 'Easter Monday' }, basis: 'recognised', date: afterEaster(1) },
  {
    name: { nl: 'Koninginnedag', en: "Queen's Day" },
    basis: 'recognised',
    date: notOnSunday(4, 30),
    years: { to: 2013 },
  },
  {
    name: { nl: 'Koningsdag', en: "King's Day" },
    basis: 'recognised',
    date: notOnSunday(4, 27),
    years: { from: 2014 },
  },
  { name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' }, basis: 'recognised', date: fixed(5, 5) },
  { name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' }, basis: 'recognised', date: afterEaster(39) },
  { name: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' }, basis: 'sunday', date: afterEaster(49) },
  { name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' }, basis: 'recognised', date: afterEaster(50) },
  { name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' }, basis: 'recognised', date: fixed(12, 25) },
  { name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' }, basis: 'recognised', date: fixed(12, 26) },
];

const inForce = (rule: HolidayRule, year: number) =>
  (rule.years?.from ?? -Infinity) <= year && year <= (rule.years?.to ?? Infinity);

/** The holidays of a year, in the order of the list above; a HolidayCalendarRangeError before 1980. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  if (year < DUTCH_HOLIDAYS_FROM_YEAR) throw new HolidayCalendarRangeError(year);
  return DUTCH_PUBLIC_HOLIDAYS.filter((rule) => inForce(rule, year)).map((rule) => ({
    name: rule.name,
    basis: rule.basis,
    date: rule.date(year),
  }));
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
