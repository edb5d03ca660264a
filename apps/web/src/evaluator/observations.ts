import type { ClientEvent } from '../realtime/contract';

export type RecordedEvent = Extract<ClientEvent, { type: 'observation.recorded' }>;
export type ObservationKind = RecordedEvent['payload']['kind'];
export type Rating = NonNullable<RecordedEvent['payload']['rating']>;

export const KINDS: readonly ObservationKind[] = ['strength', 'area-for-improvement'];
/** HSEEP's ratings of an objective, best first (evaluator.rating.* says what each means). */
export const RATINGS: readonly Rating[] = ['P', 'S', 'M', 'U'];

/** An observation as it stands: the latest of its chain of corrections, with the ones it replaced. */
export interface Observation {
  event: RecordedEvent;
  /** The events this one corrected, oldest first. */
  history: RecordedEvent[];
}

/**
 * The observer's own observations as they stand, newest first, read from the log the staff
 * channel delivers (`observation.recorded`): a correction is a new observation that names the one
 * it supersedes, so the latest of each chain is the one not superseded by any other.
 */
export function ownObservations(events: readonly ClientEvent[], observer: string): Observation[] {
  const recorded = events.filter((event): event is RecordedEvent => event.type === 'observation.recorded');
  const byId = new Map(recorded.map((event) => [event.payload.observationId, event]));
  const superseded = new Set(
    recorded.flatMap((event) => (event.payload.supersedes ? [event.payload.supersedes] : [])),
  );
  return recorded
    .filter((event) => event.payload.observer === observer && !superseded.has(event.payload.observationId))
    .map((event) => {
      const history: RecordedEvent[] = [];
      for (let id = event.payload.supersedes; id;) {
        const earlier = byId.get(id);
        if (!earlier || history.includes(earlier)) break;
        history.unshift(earlier);
        id = earlier.payload.supersedes;
      }
      return { event, history };
    })
    .reverse();
}

/** Events an observation may refer to: everything in the log but the observations themselves. */
export function referable(events: readonly ClientEvent[]): ClientEvent[] {
  return events.filter((event) => event.type !== 'observation.recorded');
}
