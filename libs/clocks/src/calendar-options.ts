import { isDutchPublicHoliday, type HolidayPredicate } from './dutch-holidays';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Where calendar arithmetic happens; instants themselves are always UTC Dates. */
export interface CalendarOptions {
  /** IANA time zone for local time of day, dates and the end of a day; Europe/Amsterdam by default. */
  timeZone?: string;
  /** Which local dates are public holidays; the Dutch statutory list by default. */
  isHoliday?: HolidayPredicate;
}

export function resolveCalendar(options: CalendarOptions = {}): Required<CalendarOptions> {
  return {
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    isHoliday: options.isHoliday ?? isDutchPublicHoliday,
  };
}
