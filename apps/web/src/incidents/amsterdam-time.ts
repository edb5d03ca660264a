import { TIME_ZONE } from '../time/format';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Netherlands' wall clock at `ms`, as if it were UTC: the difference is the offset then. */
function wallClockMs(ms: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.formatToParts(new Date(ms)).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/**
 * A moment typed in a `datetime-local` field ("2026-03-28T10:17"), read as Dutch time whatever the
 * device's own zone, as an ISO instant; null when the field does not hold one. The CISO records
 * when they became aware as the clock on the wall said it; the legal periods run from that instant.
 */
export function amsterdamToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) return null;
  // The offset at the guess, then at the corrected instant (right across a change of summer time).
  let ms = wall - (wallClockMs(wall) - wall);
  ms = wall - (wallClockMs(ms) - Math.floor(ms / 1000) * 1000);
  return new Date(ms).toISOString();
}

/** An instant as Dutch wall time for a `datetime-local` field ("2026-03-28T10:17"). */
export function isoToAmsterdamInput(iso: string): string {
  return new Date(wallClockMs(Date.parse(iso))).toISOString().slice(0, 16);
}
