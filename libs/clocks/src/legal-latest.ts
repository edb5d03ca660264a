import { resolveCalendar, type CalendarOptions } from './calendar-options';
import { hoursToMs, type CountedPeriod } from './counted-period';
import { isWorkingDay } from './dutch-holidays';
import { addDays, addMonthsClamped } from './local-date';
import { localToUtc, utcToLocal } from './zoned-time';

/**
 * The latest reading under Regulation (EEC, Euratom) No 1182/71 art. 3. Shown beside the operational
 * deadline, never as the target: whether courts and CSIRTs read NIS2 this way is a legal question.
 */
export function legalLatest(t0: Date, period: CountedPeriod, options?: CalendarOptions): Date {
  const { timeZone, isHoliday } = resolveCalendar(options);
  const local = utcToLocal(t0, timeZone);
  if ('hours' in period) {
    // Art. 3(1): the hour in which the event happens does not count; 3(2)(a): the period starts at
    // the beginning of the next hour and ends when its last hour expires. Art. 3(4) (weekends and
    // holidays) does not apply to periods in hours.
    const hourStart = t0.getTime() - (local.minute * 60_000 + local.second * 1000 + local.millisecond);
    return new Date(hourStart + hoursToMs(1) + hoursToMs(period.hours));
  }
  // Art. 3(1): the day of the event does not count; 3(2)(c): the period ends when the last hour of the
  // same date in the last month expires, or of that month's last day when it has no such date.
  let lastDay = addMonthsClamped(local, period.months);
  // Art. 3(4): a last day on a Saturday, Sunday or public holiday runs on to the next working day.
  while (!isWorkingDay(lastDay, isHoliday)) lastDay = addDays(lastDay, 1);
  // The expiry of the last hour of a day (24:00) is 00:00 of the next local day.
  const next = addDays(lastDay, 1);
  return localToUtc({ ...next, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}
