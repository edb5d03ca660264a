import { Inject, Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode, PREPARE_MS, SCHEDULER, type Scheduler } from '@driehoek/core';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource } from 'typeorm';
import { clockState, wallAt } from '../clock/exercise-clock';
import { ScheduleRepository } from '../engine/schedule.repository';
import { ExerciseEntity } from '../exercise.entity';
import { EventLog } from '../log/event-log';
import { scenarioStartMs } from '../regulatory/scenario-start';
import { allowedIn, refusalMessage, type CommandKind } from './command-rules';
import { LiveContext } from './live-context';

export interface LiveCommand<R> {
  kind: CommandKind;
  /**
   * The wall instant a prepared firing is for (the scheduler wakes the engine a little early):
   * the command works as of that instant and commits on it. Default: now.
   */
  atMs?: number;
  /** Return undefined instead of refusing when the status does not allow it (a stale wake-up). */
  quiet?: boolean;
  handle(ctx: LiveContext): Promise<R>;
}

/**
 * The one door for every write to a live exercise. It owns the sequence every write needs: lock
 * the exercise row (which serialises its log and schedule across processes), check the command
 * against the status table, resolve the scenario version, read the exercise clock, take the
 * moment from the injected Clock, let the handler append and schedule, persist the status, and —
 * after the commit — arm the scheduler for what comes next.
 */
@Injectable()
export class LiveExercise {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly schedule: ScheduleRepository,
    private readonly library: ScenarioLibraryService,
    private readonly clock: Clock,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
  ) {}

  run<R>(exerciseId: string, command: LiveCommand<R> & { quiet: true }): Promise<R | undefined>;
  run<R>(exerciseId: string, command: LiveCommand<R>): Promise<R>;
  async run<R>(exerciseId: string, command: LiveCommand<R>): Promise<R | undefined> {
    let wake: { atMs?: number } | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      const exercise = await manager.findOne(ExerciseEntity, {
        where: { id: exerciseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!exercise) throw AppException.notFound('Exercise');
      if (!allowedIn(command.kind, exercise.status)) {
        if (command.quiet) {
          wake = {}; // a stale wake-up: nothing to arm for until the status allows it again
          return undefined;
        }
        throw new AppException(ErrorCode.Conflict, refusalMessage(command.kind, exercise.status));
      }
      const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
      const nowMs = this.clock.now().getTime();
      // A prepared firing works as of its instant, but never further ahead than the scheduler's lead.
      const effectiveMs =
        command.atMs === undefined ? nowMs : Math.max(nowMs, Math.min(command.atMs, nowMs + PREPARE_MS));
      const ctx = new LiveContext(
        manager,
        exercise,
        scenario,
        clockState(await this.log.clockEvents(exerciseId, manager)),
        new Date(effectiveMs),
        scenarioStartMs(scenario),
        this.log,
        this.schedule,
      );
      const outcome = await command.handle(ctx);
      const changes: Partial<ExerciseEntity> = {};
      if (ctx.status !== exercise.status) changes.status = ctx.status;
      if (ctx.clock.speed !== exercise.speed && ctx.clock.status !== 'not-started')
        changes.speed = ctx.clock.speed;
      if (Object.keys(changes).length) await manager.update(ExerciseEntity, { id: exerciseId }, changes);
      wake = { atMs: await this.nextWake(ctx) };
      // Commit on the instant: before it, nobody may see what it brings.
      if (ctx.commitAtMs !== undefined) await this.clock.waitUntil(ctx.commitAtMs);
      return outcome;
    });
    if (wake) await this.arm(exerciseId, wake.atMs);
    return result;
  }

  /** Arms for a wall instant (disarms for none); the instant is rounded up to the ms. */
  arm(exerciseId: string, atMs: number | undefined): Promise<void> {
    return atMs === undefined
      ? this.scheduler.disarm(exerciseId)
      : this.scheduler.arm(exerciseId, Math.ceil(atMs));
  }

  /** The wall instant of the next pending item from the last commit; undefined when none or paused. */
  async nextWakeOf(exerciseId: string): Promise<number | undefined> {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise || exercise.status !== 'running') return undefined;
    const next = await this.schedule.next(exerciseId);
    if (!next) return undefined;
    return wallAt(clockState(await this.log.clockEvents(exerciseId)), next.dueOffsetMs);
  }

  /** The wall instant of the next pending item, while the clock runs. */
  private async nextWake(ctx: LiveContext): Promise<number | undefined> {
    if (ctx.status !== 'running') return undefined;
    const next = await ctx.schedule.next();
    return next ? wallAt(ctx.clock, next.dueOffsetMs) : undefined;
  }
}
