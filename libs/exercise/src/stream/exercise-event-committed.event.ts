import type { ExerciseEventEntity } from '../log/exercise-event.entity';

/**
 * One event of an exercise's log, published in-process after the commit that logged it: once, and
 * per exercise in sequence order (EventStream). Subscribe with
 * `@OnEvent(ExerciseEventCommitted.eventName)`; the next event of the exercise waits until every
 * subscriber has handled this one, so hand slow work to a queue.
 */
export class ExerciseEventCommitted {
  static readonly eventName = 'exercise.event-committed';

  constructor(
    readonly exerciseId: string,
    readonly event: ExerciseEventEntity,
  ) {}
}
