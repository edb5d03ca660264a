import { resolveCalendar, type CalendarOptions } from './calendar-options';
import { hoursToMs, type CountedPeriod } from './counted-period';
import { isWorkingDay, type HolidayPredicate } from './dutch-holidays';
import { addDays, addMonthsClamped, compareDates, type LocalDate } from './local-date';
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
    // holidays) does not apply to periods in hours, and neither, on our reading, does 3(5): a 72 h
    // period is a period in hours, not "of two days", and the Regulation says nothing of how to
    // lengthen one by working days (docs/clocks.md, "Two working days").
    const hourStart = t0.getTime() - (local.minute * 60_000 + local.second * 1000 + local.millisecond);
    return new Date(hourStart + hoursToMs(1) + hoursToMs(period.hours));
  }
  // Art. 3(1): the day of the event does not count; 3(2)(c): the period ends when the last hour of the
  // same date in the last month expires, or of that month's last day when it has no such date.
  let lastDay = addMonthsClamped(local, period.months);
  // Art. 3(4): a last day on a Saturday, Sunday or public holiday runs on to the next working day.
  while (!isWorkingDay(lastDay, isHoliday)) lastDay = addDays(lastDay, 1);
  // Art. 3(5): a period of two days or more includes at least two working days. It runs on to the
  // second working day counted from its first day (the day after the event). On the Dutch calendar a
  // month always holds far more; this only bites with a predicate that knows long runs of holidays.
  lastDay = throughSecondWorkingDay(addDays(local, 1), lastDay, isHoliday);
  // The expiry of the last hour of a day (24:00) is 00:00 of the next local day.
  const next = addDays(lastDay, 1);
  return localToUtc({ ...next, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** `last`, or the later working day on which the period from `first` holds its second working day. */
function throughSecondWorkingDay(first: LocalDate, last: LocalDate, isHoliday: HolidayPredicate): LocalDate {
  let working = 0;
  let day = first;
  for (; working < 2 && compareDates(day, last) <= 0; day = addDays(day, 1))
    if (isWorkingDay(day, isHoliday)) working += 1;
  let end = last;
  while (working < 2) {
    end = addDays(end, 1);
    if (isWorkingDay(end, isHoliday)) working += 1;
  }
  return end;
}
