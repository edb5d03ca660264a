import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import {
  PLAYBOOK_ENTRIES,
  PlaybookLibrary,
  attachedPlaybookIds,
  attachedPlaybooks,
  type PlaybookAttachedPayload,
  type PlaybookStepInput,
  type PlaybookStepPayload,
} from '@driehoek/playbooks';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { EventLog } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { scenarioInstant } from '../regulatory/exercise-clocks';
import { scenarioStartMs } from '../regulatory/regulatory-clocks.service';

/** The entries are the same in an incident's log (@driehoek/playbooks). */
export const PLAYBOOK_EVENTS = PLAYBOOK_ENTRIES;

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
      const payload: PlaybookAttachedPayload = { playbookId, contentHash, title: playbook.title };
      await this.append(manager, exerciseId, actor, { type: PLAYBOOK_EVENTS.attached, payload });
    });
    return (await this.progress(exerciseId)).find((p) => p.playbookId === playbookId)!;
  }

  async step(exerciseId: string, actor: StepActor, input: PlaybookStepInput): Promise<{ seq: number }> {
    this.library.getForStep(input);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, exerciseId);
      if (!(await this.attachedIds(manager, exerciseId)).has(input.playbookId))
        throw AppException.notFound(`Playbook "${input.playbookId}" in this exercise`);
      const payload: PlaybookStepPayload = { ...input, role: actor.role, by: actor.by };
      const seq = await this.append(manager, exerciseId, `${actor.by} (${actor.role})`, {
        type: PLAYBOOK_EVENTS.step,
        payload,
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
    return attachedPlaybooks(
      events.map((e) => ({ type: e.type, at: scenarioInstant(start, e.offsetMs), payload: e.payload })),
      (playbookId) => this.library.find(playbookId),
    );
  }

  private events(manager: EntityManager, exerciseId: string) {
    return manager.find(ExerciseEventEntity, {
      select: { type: true, offsetMs: true, payload: true },
      where: { exerciseId, type: In(Object.values(PLAYBOOK_EVENTS)) },
      order: { seq: 'ASC' },
    });
  }

  private async attachedIds(manager: EntityManager, exerciseId: string): Promise<Set<string>> {
    return attachedPlaybookIds(await this.events(manager, exerciseId));
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
