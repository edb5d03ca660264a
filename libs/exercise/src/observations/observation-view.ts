import type { ObservationRecordedPayload } from './observation.input';

/** A logged `observation.recorded`, as the views read it. */
export interface RecordedObservation {
  seq: number;
  offsetMs: number;
  wallTime: Date;
  payload: ObservationRecordedPayload;
}

/** An observation as it stands after its corrections. */
export type CurrentObservation = RecordedObservation & {
  /** The observationIds it corrects, oldest first; empty for an uncorrected one. */
  history: string[];
};

/**
 * The current view of the observations: of each chain of corrections (`supersedes`) only the
 * latest, in the order of their seqs. Pure, over the events in log order.
 */
export function currentObservations(events: readonly RecordedObservation[]): CurrentObservation[] {
  const byId = new Map(events.map((e) => [e.payload.observationId, e]));
  const superseded = new Set(events.flatMap((e) => (e.payload.supersedes ? [e.payload.supersedes] : [])));
  return events
    .filter((e) => !superseded.has(e.payload.observationId))
    .map((e) => {
      const history: string[] = [];
      const seen = new Set<string>([e.payload.observationId]);
      for (let at = e.payload.supersedes; at && !seen.has(at); at = byId.get(at)?.payload.supersedes) {
        seen.add(at);
        history.unshift(at);
      }
      return { ...e, history };
    });
}
