import { Injectable } from '@nestjs/common';
import { AppException, Clock } from '@driehoek/core';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource, In } from 'typeorm';
import { clockState } from '../clock/exercise-clock';
import { ScheduledItemEntity } from '../engine/scheduled-item.entity';
import { clockView, ExerciseRunService, type ClockView } from '../exercise-run.service';
import { ExerciseEntity, type ExerciseStatus } from '../exercise.entity';
import { EventLog, toClockEvent } from '../log/event-log';
import type { ExerciseEventEntity } from '../log/exercise-event.entity';
import { timelinePlan } from '../engine/timeline-plan';
import { buildTimeline, type TimelineEntry } from './timeline';

const LOG_BATCH = 1000;

export interface ExerciseTimeline {
  exerciseId: string;
  status: ExerciseStatus;
  /** The same view as `GET …/clock`, from the same reading of the log as the entries. */
  clock: ClockView;
  entries: TimelineEntry[];
}

/** The read model a facilitator watches during a live exercise: what happened and what is coming. */
@Injectable()
export class ExerciseTimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly run: ExerciseRunService,
    private readonly clock: Clock,
  ) {}

  async timeline(exerciseId: string): Promise<ExerciseTimeline> {
    const { exercise, events, schedule: scheduled } = await this.read(exerciseId);
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    // A draft has no schedule yet: it previews the main timeline the start will plan.
    const schedule =
      exercise.status === 'draft'
        ? timelinePlan(scenario).map((item) => ({ ...item, status: 'pending' as const }))
        : scheduled;
    const scenarioStartMs = await this.run.scenarioStartOf(exerciseId);
    const clockEvents = events.filter((e) => e.type.startsWith('clock.')).map(toClockEvent);
    return {
      exerciseId,
      status: exercise.status,
      clock: clockView(clockState(clockEvents), this.clock.now().getTime(), scenarioStartMs),
      entries: buildTimeline({ events, schedule, clockEvents, scenario, scenarioStartMs }),
    };
  }

  /**
   * One snapshot of the exercise, its log and its schedule: read apart, an inject firing in between
   * would show as both delivered and pending, or as neither.
   */
  private read(exerciseId: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const exercise = await manager.findOneBy(ExerciseEntity, { id: exerciseId });
      if (!exercise) throw AppException.notFound('Exercise');
      const schedule = await manager.find(ScheduledItemEntity, {
        where: { exerciseId, status: In(['pending', 'skipped']) },
      });
      const events: ExerciseEventEntity[] = [];
      for (let after = 0; ;) {
        const batch = await this.log.list(exerciseId, after, LOG_BATCH, manager);
        events.push(...batch);
        if (batch.length < LOG_BATCH) break;
        after = batch[batch.length - 1].seq;
      }
      return { exercise, events, schedule };
    });
  }
}
