/** A period with a fixed length, counted from an event: elapsed hours or calendar months. */
export type CountedPeriod = { hours: number } | { months: number };

const HOUR_MS = 3_600_000;

/** Rounded, so that a period given in milliseconds and turned into hours comes back exactly. */
export function hoursToMs(hours: number): number {
  return Math.round(hours * HOUR_MS);
}
