import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
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
import type { LiveContext } from '../live/live-context';
import { LiveExercise } from '../live/live-exercise';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { scenarioInstant } from '../regulatory/exercise-clocks';
import { scenarioStartMs } from '../regulatory/scenario-start';

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
    private readonly live: LiveExercise,
    private readonly library: PlaybookLibrary,
    private readonly scenarios: ScenarioLibraryService,
  ) {}

  async attach(exerciseId: string, actor: string, playbookId: string) {
    const { playbook, contentHash } = this.library.get(playbookId);
    await this.live.run(exerciseId, {
      kind: 'playbook.attach',
      handle: async (ctx) => {
        if ((await this.attachedIds(ctx.manager, exerciseId)).has(playbookId))
          throw new AppException(ErrorCode.Conflict, `Playbook "${playbookId}" is attached already.`);
        const payload: PlaybookAttachedPayload = { playbookId, contentHash, title: playbook.title };
        await this.append(ctx, actor, { type: PLAYBOOK_EVENTS.attached, payload });
      },
    });
    return (await this.progress(exerciseId)).find((p) => p.playbookId === playbookId)!;
  }

  step(exerciseId: string, actor: StepActor, input: PlaybookStepInput): Promise<{ seq: number }> {
    this.library.getForStep(input);
    return this.live.run(exerciseId, {
      kind: 'player.write',
      handle: async (ctx) => {
        if (!(await this.attachedIds(ctx.manager, exerciseId)).has(input.playbookId))
          throw AppException.notFound(`Playbook "${input.playbookId}" in this exercise`);
        const payload: PlaybookStepPayload = { ...input, role: actor.role, by: actor.by };
        const seq = await this.append(ctx, `${actor.by} (${actor.role})`, {
          type: PLAYBOOK_EVENTS.step,
          payload,
        });
        return { seq };
      },
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

  private async append(
    ctx: LiveContext,
    actor: string,
    event:
      | { type: typeof PLAYBOOK_EVENTS.attached; payload: PlaybookAttachedPayload }
      | { type: typeof PLAYBOOK_EVENTS.step; payload: PlaybookStepPayload },
  ): Promise<number> {
    const [logged] = await ctx.append([
      { ...event, offsetMs: ctx.offsetMs, wallTime: ctx.wallTime, actor, audience: ['*'] },
    ]);
    return logged.seq;
  }
}
