/**
 * The UTC instant of a local date-time in an IANA time zone, e.g. ("2026-03-29T02:30",
 * "Europe/Amsterdam"). Local times that do not exist (skipped by a DST switch) move forward by the
 * gap; ambiguous ones (repeated) take the first, summer-time reading.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(asUtc)) throw new Error(`not a local date-time: ${local}`);
  // Two passes: the zone's offset at the guess, then at the corrected instant.
  let instant = asUtc - zoneOffsetMs(asUtc, timeZone);
  instant = asUtc - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The zone's offset from UTC at an instant, in ms (Amsterdam: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
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
