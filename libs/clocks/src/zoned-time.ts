/** A wall-clock reading in some time zone; month runs 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;

/**
 * The UTC instant of a local date-time in an IANA time zone, e.g. ("2026-03-29T02:30",
 * "Europe/Amsterdam"). Local times that do not exist (skipped by a DST switch) move forward by the
 * gap; ambiguous ones (repeated) take the first, summer-time reading.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const wallMs = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(wallMs)) throw new Error(`not a local date-time: ${local}`);
  return new Date(wallToInstant(wallMs, timeZone));
}

/** The UTC instant of a wall-clock reading; gaps and repeats are resolved as in zonedTimeToUtc. */
export function localToUtc(local: LocalDateTime, timeZone: string): Date {
  const { year, month, day, hour, minute, second, millisecond } = local;
  return new Date(wallToInstant(Date.UTC(year, month - 1, day, hour, minute, second, millisecond), timeZone));
}

/** The wall-clock reading of an instant in a time zone. */
export function utcToLocal(instant: Date, timeZone: string): LocalDateTime {
  const ms = instant.getTime();
  const wall = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
  };
}

/** The zone's offset from UTC at an instant, in ms (Amsterdam: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * Tries the offsets in force a day before and a day after (DST switches are months apart, so these
 * bracket any switch near the wall time) and keeps the readings that round-trip.
 */
function wallToInstant(wallMs: number, timeZone: string): number {
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallMs + DAY_MS, timeZone);
  const valid = [wallMs - before, wallMs - after].filter((i) => i + zoneOffsetMs(i, timeZone) === wallMs);
  // Repeated hour: both are valid; the earlier one is the first (summer-time) reading.
  if (valid.length > 0) return Math.min(...valid);
  // Skipped hour: none is valid; reading it with the offset before the switch lands past the gap.
  return wallMs - before;
}

// Building an Intl.DateTimeFormat costs far more than using one; deadline tables call this a lot.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}
