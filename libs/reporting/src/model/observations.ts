import { str, strings, num, type LoggedEvent } from './logged-event';

export type ObservationKind = 'strength' | 'area-for-improvement';
export type ObjectiveRating = 'P' | 'S' | 'M' | 'U';

export interface ReportObservation {
  observationId: string;
  seq: number;
  offsetMs: number;
  kind: ObservationKind;
  objectiveId: string | null;
  expectedActionId: string | null;
  roles: string[];
  seqs: number[];
  text: string;
  rating: ObjectiveRating | null;
  observer: string;
  /** The observation this one corrected, if any. */
  supersedes: string | null;
}

const KINDS: readonly string[] = ['strength', 'area-for-improvement'];
const RATINGS: readonly string[] = ['P', 'S', 'M', 'U'];

/**
 * The observations in force: every `observation.recorded` in log order, less those a later one
 * supersedes (a correction replaces, it never edits).
 */
export function currentObservations(events: readonly LoggedEvent[]): ReportObservation[] {
  const all: ReportObservation[] = [];
  for (const e of events) {
    if (e.type !== 'observation.recorded') continue;
    const kind = str(e.payload, 'kind');
    const observationId = str(e.payload, 'observationId');
    if (!observationId || !kind || !KINDS.includes(kind)) continue;
    const rating = str(e.payload, 'rating');
    all.push({
      observationId,
      seq: e.seq,
      offsetMs: e.offsetMs,
      kind: kind as ObservationKind,
      objectiveId: str(e.payload, 'objectiveId') ?? null,
      expectedActionId: str(e.payload, 'expectedActionId') ?? null,
      roles: strings(e.payload, 'roles'),
      seqs: Array.isArray(e.payload.seqs)
        ? e.payload.seqs.filter((s): s is number => typeof s === 'number')
        : [],
      text: str(e.payload, 'text') ?? '',
      rating: rating && RATINGS.includes(rating) ? (rating as ObjectiveRating) : null,
      observer: str(e.payload, 'observer') ?? e.actor ?? '',
      supersedes: str(e.payload, 'supersedes') ?? null,
    });
  }
  const superseded = new Set(all.map((o) => o.supersedes).filter((id): id is string => id !== null));
  return all.filter((o) => !superseded.has(o.observationId));
}

export interface DebriefAnswer {
  seq: number;
  questionId: string;
  answer: string | number;
  /** Null for an anonymous answer: the log holds no identity for it. */
  role: string | null;
}

export interface HotwashPoint {
  seq: number;
  text: string;
  kind: ObservationKind | null;
}

export function debriefAnswers(events: readonly LoggedEvent[]): DebriefAnswer[] {
  return events
    .filter((e) => e.type === 'debrief.answered')
    .map((e) => ({
      seq: e.seq,
      questionId: str(e.payload, 'questionId') ?? '',
      answer: str(e.payload, 'answer') ?? num(e.payload, 'answer') ?? '',
      role: e.payload.anonymous === true ? null : (str(e.payload, 'role') ?? null),
    }));
}

export function hotwashPoints(events: readonly LoggedEvent[]): HotwashPoint[] {
  return events
    .filter((e) => e.type === 'hotwash.point-captured')
    .map((e) => {
      const kind = str(e.payload, 'kind');
      return {
        seq: e.seq,
        text: str(e.payload, 'text') ?? '',
        kind: kind && KINDS.includes(kind) ? (kind as ObservationKind) : null,
      };
    });
}
