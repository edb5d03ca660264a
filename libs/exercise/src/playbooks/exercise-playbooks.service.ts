import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import {
  PlaybookLibrary,
  playbookProgress,
  type PlaybookStepInput,
  type StepRecord,
} from '@driehoek/playbooks';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { EventLog } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { scenarioInstant } from '../regulatory/exercise-clocks';
import { scenarioStartMs } from '../regulatory/regulatory-clocks.service';

export const PLAYBOOK_EVENTS = { attached: 'playbook.attached', step: 'playbook.step' } as const;

/** Who ticks off a step: a player's role, or a member of staff. */
export interface StepActor {
  role: string;
  by: string;
}

/**
 * Playbooks followed during an exercise. Attaching one and ticking off a step are events in the
 * exercise log (everyone in the exercise sees them), so progress is a projection of the log on
 * scenario time, like everything else in a run.
 */
@Injectable()
export class ExercisePlaybooks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: PlaybookLibrary,
    private readonly scenarios: ScenarioLibraryService,
    private readonly clock: Clock,
  ) {}

  async attach(exerciseId: string, actor: string, playbookId: string) {
    const { playbook, contentHash } = this.library.get(playbookId);
    await this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, exerciseId);
      if ((await this.attachedIds(manager, exerciseId)).has(playbookId))
        throw new AppException(ErrorCode.Conflict, `Playbook "${playbookId}" is attached already`);
      await this.append(manager, exerciseId, actor, {
        type: PLAYBOOK_EVENTS.attached,
        payload: { playbookId, contentHash, title: playbook.title },
      });
    });
    return (await this.progress(exerciseId)).find((p) => p.playbookId === playbookId)!;
  }

  async step(exerciseId: string, actor: StepActor, input: PlaybookStepInput): Promise<{ seq: number }> {
    const { playbook } = this.library.get(input.playbookId);
    if (!playbook.steps.some((s) => s.id === input.stepId))
      throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [
        { path: 'stepId', message: `is not a step of playbook "${input.playbookId}"` },
      ]);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, exerciseId);
      if (!(await this.attachedIds(manager, exerciseId)).has(input.playbookId))
        throw AppException.notFound(`Playbook "${input.playbookId}" in this exercise`);
      const seq = await this.append(manager, exerciseId, `${actor.by} (${actor.role})`, {
        type: PLAYBOOK_EVENTS.step,
        payload: { ...input, role: actor.role, by: actor.by },
      });
      return { seq };
    });
  }

  /** Every attached playbook with its steps' state; completion times on scenario time. */
  async progress(exerciseId: string) {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    const { scenario } = await this.scenarios.resolveVersionId(exercise.scenarioVersionId);
    const start = scenarioStartMs(scenario);
    const events = await this.events(this.dataSource.manager, exerciseId);
    return events
      .filter((e) => e.type === PLAYBOOK_EVENTS.attached)
      .map((attached) => {
        const playbookId = attached.payload.playbookId as string;
        const records: StepRecord[] = events
          .filter((e) => e.type === PLAYBOOK_EVENTS.step && e.payload.playbookId === playbookId)
          .map((e) => ({
            stepId: e.payload.stepId as string,
            completedAt: scenarioInstant(start, e.offsetMs),
            by: e.payload.by as string,
            role: e.payload.role as string,
            note: e.payload.note as string | undefined,
          }));
        const { playbook, contentHash } = this.library.get(playbookId);
        return {
          ...playbookProgress(playbook, records),
          title: playbook.title,
          attachedAt: scenarioInstant(start, attached.offsetMs),
          // A newer release may have changed the playbook since it was attached.
          changedSinceAttached: contentHash !== attached.payload.contentHash,
        };
      });
  }

  private events(manager: EntityManager, exerciseId: string) {
    return manager.find(ExerciseEventEntity, {
      select: { type: true, offsetMs: true, payload: true },
      where: { exerciseId, type: In(Object.values(PLAYBOOK_EVENTS)) },
      order: { seq: 'ASC' },
    });
  }

  private async attachedIds(manager: EntityManager, exerciseId: string): Promise<Set<string>> {
    const events = await this.events(manager, exerciseId);
    return new Set(
      events.filter((e) => e.type === PLAYBOOK_EVENTS.attached).map((e) => e.payload.playbookId as string),
    );
  }

  private async lockOpen(manager: EntityManager, exerciseId: string): Promise<void> {
    const exercise = await manager.findOne(ExerciseEntity, {
      where: { id: exerciseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!exercise) throw AppException.notFound('Exercise');
    if (exercise.status === 'ended' || exercise.status === 'archived')
      throw new AppException(ErrorCode.Conflict, `The exercise is ${exercise.status}`);
  }

  private async append(
    manager: EntityManager,
    exerciseId: string,
    actor: string,
    event: { type: string; payload: Record<string, unknown> },
  ): Promise<number> {
    const wallTime = this.clock.now();
    const [logged] = await this.log.append(manager, exerciseId, [
      {
        ...event,
        offsetMs: await this.log.offsetAt(exerciseId, wallTime.getTime(), manager),
        wallTime,
        actor,
        audience: ['*'],
      },
    ]);
    return logged.seq;
  }
}
