import type { ClientEvent } from '../realtime/contract';
import type { Body } from '../realtime/use-exercise-channel';
import type { Observation, ObservationKind, Rating } from './observations';

/** How many of the latest events an observation offers to refer to. */
export const LATEST_EVENTS = 5;

/** An observation being written: what the tap captured, and what the evaluator adds. */
export interface Draft {
  kind: ObservationKind;
  objectiveId: string;
  rating: Rating | '';
  roles: string[];
  seqs: number[];
  text: string;
  /** The observation this one corrects (a correction is a new observation, never an edit). */
  supersedes: Observation | null;
  /** The moment of the tap: the scenario time then (null before the clock started) and the wall time. */
  moment: { scenarioTime: string | null; wallTime: string };
  /** The events offered to refer to: the latest few at the moment (and those a corrected one named). */
  offered: ClientEvent[];
}

/**
 * A new observation at this moment: the latest event is taken as what it refers to, since that is
 * what the evaluator was looking at when they tapped; they can untick it.
 */
export function newDraft(
  kind: ObservationKind,
  events: readonly ClientEvent[],
  scenarioTime: string | null,
): Draft {
  const offered = events.slice(-LATEST_EVENTS).reverse();
  return {
    kind,
    objectiveId: '',
    rating: '',
    roles: [],
    seqs: offered.length ? [offered[0].seq] : [],
    text: '',
    supersedes: null,
    moment: { scenarioTime, wallTime: new Date().toISOString() },
    offered,
  };
}

/** A correction: the observation's contents to start from, and the events it named besides the latest. */
export function correctionDraft(
  observation: Observation,
  events: readonly ClientEvent[],
  scenarioTime: string | null,
): Draft {
  const { payload } = observation.event;
  const named = events.filter((event) => payload.seqs.includes(event.seq));
  const latest = events.slice(-LATEST_EVENTS);
  const offered = [...new Map([...named, ...latest].map((event) => [event.seq, event])).values()].sort(
    (a, b) => b.seq - a.seq,
  );
  return {
    kind: payload.kind,
    objectiveId: payload.objectiveId ?? '',
    rating: payload.rating ?? '',
    roles: [...payload.roles],
    seqs: [...payload.seqs],
    text: payload.text,
    supersedes: observation,
    moment: { scenarioTime, wallTime: new Date().toISOString() },
    offered,
  };
}

/** The `observation.record` message (docs/realtime.md): a rating only with its objective. */
export function observationBody(draft: Draft): Body<'observation.record'> {
  return {
    kind: draft.kind,
    ...(draft.objectiveId && { objectiveId: draft.objectiveId }),
    ...(draft.objectiveId && draft.rating && { rating: draft.rating }),
    roles: draft.roles,
    seqs: draft.seqs,
    text: draft.text.trim(),
    ...(draft.supersedes && { supersedes: draft.supersedes.event.payload.observationId }),
  };
}

/** A field path of the server's answer (`roles[2]`, `seqs[0]`) as the form field it belongs to. */
export function fieldOf(path: string): string {
  return path.replace(/[[.].*$/, '');
}
