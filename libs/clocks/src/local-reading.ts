import { DEFAULT_TIME_ZONE } from './calendar-options';
import { utcToLocal } from './zoned-time';

const pad = (n: number) => String(n).padStart(2, '0');

// Building an Intl.DateTimeFormat costs far more than using one; views render many deadlines.
const zoneNames = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a person in the zone reads it: "2026-03-30 10:17 (CEST)". The zone's abbreviation
 * is part of it because a deadline across a daylight-saving switch is otherwise read an hour off.
 */
export function formatLocal(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = utcToLocal(instant, timeZone);
  let names = zoneNames.get(timeZone);
  if (!names) {
    names = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    zoneNames.set(timeZone, names);
  }
  const zone = names.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)} (${zone})`;
}

/** Local readings of whichever of these instants are set, keyed as given (for JSON views). */
export function localReadings<K extends string>(
  instants: Partial<Record<K, Date | null | undefined>>,
  timeZone: string = DEFAULT_TIME_ZONE,
): Partial<Record<K, string>> {
  const local: Partial<Record<K, string>> = {};
  for (const [key, at] of Object.entries(instants) as [K, Date | null | undefined][])
    if (at) local[key] = formatLocal(at, timeZone);
  return local;
}
