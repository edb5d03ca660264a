import type { LoggedEvent } from '../model/logged-event';

export interface Intensity {
  injectsDelivered: number;
  /** Scenario time the exercise covered: from the start to the last event, in ms. */
  scenarioSpanMs: number;
  /** Injects per hour of scenario time, to two decimals; null for a span of zero. */
  injectsPerHour: number | null;
}

/** Injects per hour of scenario time (HSEEP pacing: one every 5–15 minutes per active role). */
export function intensity(events: readonly LoggedEvent[]): Intensity {
  const injectsDelivered = events.filter((e) => e.type === 'inject.delivered').length;
  const scenarioSpanMs = events.reduce((max, e) => Math.max(max, e.offsetMs), 0);
  const injectsPerHour =
    scenarioSpanMs > 0 ? Math.round((injectsDelivered * 3_600_000 * 100) / scenarioSpanMs) / 100 : null;
  return { injectsDelivered, scenarioSpanMs, injectsPerHour };
}
