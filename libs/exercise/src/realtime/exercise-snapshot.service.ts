import { Injectable } from '@nestjs/common';
import { ExerciseService } from '../exercise.service';
import { ExerciseRunService } from '../exercise-run.service';
import { EventLog } from '../log/event-log';
import { ExercisePlaybooks } from '../playbooks/exercise-playbooks.service';
import { RegulatoryClocks } from '../regulatory/regulatory-clocks.service';
import { visibleTo, type Viewer } from '../stream/visibility';
import { toClientEvent, type ClientEvent } from './client-event';
import type { ExercisePresence } from './presence';

const LOG_BATCH = 1000;

/**
 * The state a realtime client starts from (docs/realtime.md `snapshot`, and the answer to
 * `resync`): the exercise, the clock, the regulatory clocks and playbooks it may see, and every
 * visible event after `afterSeq` — need-to-know decided here, the same as for live events.
 */
@Injectable()
export class ExerciseSnapshots {
  private readonly starts = new Map<string, number>();

  constructor(
    private readonly exercises: ExerciseService,
    private readonly run: ExerciseRunService,
    private readonly log: EventLog,
    private readonly regulatory: RegulatoryClocks,
    private readonly playbooks: ExercisePlaybooks,
  ) {}

  async snapshot(exerciseId: string, viewer: Viewer, afterSeq: number) {
    const exercise = await this.exercises.get(exerciseId);
    const start = await this.scenarioStartOf(exerciseId);
    const events: ClientEvent[] = [];
    for (let after = afterSeq; ;) {
      const batch = await this.log.list(exerciseId, after, LOG_BATCH);
      for (const event of batch)
        if (visibleTo(event.audience, viewer)) events.push(toClientEvent(event, start, viewer));
      if (batch.length < LOG_BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    return {
      exercise: { id: exercise.id, title: exercise.title, status: exercise.status },
      you:
        viewer.kind === 'player'
          ? { kind: 'player' as const, role: viewer.role }
          : { kind: 'staff' as const, role: viewer.role },
      clock: await this.run.view(exerciseId, exercise),
      clocks: (await this.regulatory.current(exerciseId, viewer)).clocks,
      playbooks: await this.playbooks.progress(exerciseId),
      events,
    };
  }

  /** The fictional instant of offset 0; an exercise's scenario version never changes, so it is kept. */
  async scenarioStartOf(exerciseId: string): Promise<number> {
    let start = this.starts.get(exerciseId);
    if (start === undefined)
      this.starts.set(exerciseId, (start = await this.run.scenarioStartOf(exerciseId)));
    return start;
  }
}

/** What ExerciseSnapshots reads from the database, for players and staff alike. */
export type ExerciseSnapshotBase = Awaited<ReturnType<ExerciseSnapshots['snapshot']>>;

/** The `snapshot` as sent: staff also get `presence`, which the gateway adds (players never do). */
export type ExerciseSnapshot = ExerciseSnapshotBase & { presence?: ExercisePresence };
