import { resolveCalendar, type CalendarOptions } from './calendar-options';
import { hoursToMs, type CountedPeriod } from './counted-period';
import { addMonthsClamped } from './local-date';
import { localToUtc, utcToLocal } from './zoned-time';

/**
 * The operational deadline, the one to aim for (DOMAIN.md §7): hours are elapsed time, so a 24 h
 * period across a DST switch ends at a local time one hour off; months keep the local time of day
 * on the same date one month later, clamped to the month's last day, moved past a DST gap.
 */
export function operationalDue(t0: Date, period: CountedPeriod, options?: CalendarOptions): Date {
  if ('hours' in period) return new Date(t0.getTime() + hoursToMs(period.hours));
  const { timeZone } = resolveCalendar(options);
  const local = utcToLocal(t0, timeZone);
  return localToUtc({ ...local, ...addMonthsClamped(local, period.months) }, timeZone);
}
