import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource, type EntityManager } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { LiveExercise } from '../live/live-exercise';
import { EventLog } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { scenarioStartMs } from '../regulatory/scenario-start';
import type { ObservationInput, ObservationRecordedPayload } from './observation.input';
import { observationProblems } from './observation-rules';
import { currentObservations, type RecordedObservation } from './observation-view';

export const OBSERVATION_RECORDED = 'observation.recorded' as const;

/**
 * Evaluators' and facilitators' observations: events in the exercise log, staff only. A correction
 * is a new observation that supersedes the one it corrects, never an edit; the current view keeps
 * the latest of each chain.
 */
@Injectable()
export class ExerciseObservations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveExercise,
    private readonly log: EventLog,
    private readonly scenarios: ScenarioLibraryService,
  ) {}

  record(
    exerciseId: string,
    observer: string,
    input: ObservationInput,
  ): Promise<{ seq: number; observationId: string }> {
    return this.live.run(exerciseId, {
      kind: 'staff.observe',
      handle: async (ctx) => {
        const problems = observationProblems(
          ctx.scenario,
          input,
          await this.log.head(exerciseId, ctx.manager),
        );
        if (problems.length)
          throw new AppException(ErrorCode.ValidationFailed, 'The observation is not valid', problems);
        if (input.supersedes !== undefined)
          await this.checkCorrectable(ctx.manager, exerciseId, input.supersedes);
        const observationId = randomUUID();
        const payload: ObservationRecordedPayload = {
          observationId,
          kind: input.kind,
          ...(input.objectiveId !== undefined && { objectiveId: input.objectiveId }),
          ...(input.expectedActionId !== undefined && { expectedActionId: input.expectedActionId }),
          roles: input.roles,
          seqs: input.seqs,
          text: input.text,
          ...(input.rating !== undefined && { rating: input.rating }),
          observer,
          ...(input.supersedes !== undefined && { supersedes: input.supersedes }),
        };
        const [logged] = await ctx.append([
          {
            type: OBSERVATION_RECORDED,
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: observer,
            audience: [],
            payload,
          },
        ]);
        return { seq: logged.seq, observationId };
      },
    });
  }

  /** The observations as they stand, with the scenario time each was recorded at. */
  async current(exerciseId: string) {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    const { scenario } = await this.scenarios.resolveVersionId(exercise.scenarioVersionId);
    const start = scenarioStartMs(scenario);
    return currentObservations(await this.recorded(this.dataSource.manager, exerciseId)).map(
      ({ seq, offsetMs, wallTime, payload, history }) => ({
        ...payload,
        seq,
        offsetMs,
        scenarioTime: new Date(start + offsetMs).toISOString(),
        wallTime: wallTime.toISOString(),
        history,
      }),
    );
  }

  /** Only the latest of a chain can be corrected, so that every chain stays one line. */
  private async checkCorrectable(manager: EntityManager, exerciseId: string, observationId: string) {
    const recorded = await this.recorded(manager, exerciseId);
    if (!recorded.some((e) => e.payload.observationId === observationId))
      throw new AppException(ErrorCode.ValidationFailed, 'The observation is not valid', [
        { path: 'supersedes', message: `This exercise has no observation "${observationId}"` },
      ]);
    const newer = recorded.find((e) => e.payload.supersedes === observationId);
    if (newer)
      throw new AppException(
        ErrorCode.Conflict,
        `Observation "${observationId}" was corrected already by "${newer.payload.observationId}"; correct that one`,
      );
  }

  private async recorded(manager: EntityManager, exerciseId: string): Promise<RecordedObservation[]> {
    const rows = await manager.find(ExerciseEventEntity, {
      select: { seq: true, offsetMs: true, wallTime: true, payload: true },
      where: { exerciseId, type: OBSERVATION_RECORDED },
      order: { seq: 'ASC' },
    });
    return rows.map((row) => ({
      seq: row.seq,
      offsetMs: row.offsetMs,
      wallTime: row.wallTime,
      payload: row.payload as ObservationRecordedPayload,
    }));
  }
}
