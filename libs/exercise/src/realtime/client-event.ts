import type { ExerciseEventEntity } from '../log/exercise-event.entity';
import {
  projectPayload,
  type ExerciseEventType,
  type ExercisePayload,
  type PlayerPayload,
} from '../events/exercise-events';
import type { Viewer } from '../stream/visibility';

/** An event as a client receives it (socket `event`, and in `snapshot.events`). */
export type ClientEvent = {
  [T in ExerciseEventType]: {
    seq: number;
    type: T;
    /** The fictional date-time (UTC ISO). */
    scenarioTime: string;
    offsetMs: number;
    wallTime: string;
    /** Staff receive the whole payload, players the projection without staff-only fields. */
    payload: ExercisePayload<T> | PlayerPayload<T>;
  };
}[ExerciseEventType];

/** A logged event as this viewer may read it; `scenarioStartMs` is the fictional offset 0. */
export function toClientEvent(
  event: Pick<ExerciseEventEntity, 'seq' | 'type' | 'offsetMs' | 'wallTime' | 'payload'>,
  scenarioStartMs: number,
  viewer: Viewer,
): ClientEvent {
  return {
    seq: event.seq,
    type: event.type,
    scenarioTime: new Date(scenarioStartMs + event.offsetMs).toISOString(),
    offsetMs: event.offsetMs,
    wallTime: event.wallTime.toISOString(),
    payload: projectPayload(event.type, event.payload, viewer.kind),
  } as ClientEvent;
}
