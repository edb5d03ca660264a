import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, Clock, LOGGER, SCHEDULER, type Config, type Scheduler } from '@driehoek/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { LiveExercise } from '../live/live-exercise';
import { Firing } from './firing';
import { ScheduleRepository } from './schedule.repository';
import type { ScheduledItemEntity } from './scheduled-item.entity';

const RECONCILE_EVERY_MS = 30_000;
/** A wake-up this late is lost, not slow: the reconciler fires it itself. */
const OVERDUE_AFTER_MS = 5_000;

/**
 * Takes the scheduler's wake-ups and fires what is due, through LiveExercise like every other
 * write. A reconciler re-arms every running exercise from PostgreSQL at start and periodically, so
 * a lost timer or Redis costs no inject; re-arming reads without a lock, and arming an instant that
 * is armed already is one wake-up (the scheduler de-duplicates), so reconcilers in many processes do
 * not pile up row-locking transactions.
 */
@Injectable()
export class InjectEngine implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private reconciler?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveExercise,
    private readonly firing: Firing,
    private readonly scheduleRepository: ScheduleRepository,
    private readonly clock: Clock,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: InjectEngine.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    // This process still arms wake-ups and fires what a command makes due at once.
    if (!this.config.API_RUNS_WORKER) return this.logger.info('scheduled firing is left to apps/worker');
    this.scheduler.setHandler((exerciseId, atMs) => this.tick(exerciseId, atMs));
    await this.reconcile(0);
    this.reconciler = setInterval(
      () =>
        void this.reconcile().catch((error: unknown) =>
          this.logger.error({ err: error }, 'reconcile failed'),
        ),
      RECONCILE_EVERY_MS,
    );
    this.reconciler.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.reconciler);
  }

  /**
   * Fires every pending item whose time has come, then arms for the next one. A scheduler wake-up
   * comes PREPARE_MS before the armed instant `atMs`: the firing is prepared as of that instant and
   * committed on it, so the database work does not make players late.
   */
  async tick(exerciseId: string, atMs?: number): Promise<void> {
    await this.live.run(exerciseId, {
      kind: 'engine.tick',
      atMs,
      quiet: true,
      handle: async (ctx) => {
        const fired = await this.firing.fireDue(ctx);
        if (fired && atMs !== undefined) ctx.commitAtMs = ctx.wallTime.getTime();
      },
    });
  }

  /**
   * Re-arms every running exercise from PostgreSQL: at start and every 30 s. What is overdue — a
   * wake-up lost with a process, or held by a job that died with it — fires here and now; the rest
   * is armed, which costs nothing when it is armed already.
   */
  async reconcile(overdueAfterMs = OVERDUE_AFTER_MS): Promise<void> {
    const running = await this.dataSource
      .getRepository(ExerciseEntity)
      .find({ select: { id: true }, where: { status: 'running' } });
    for (const { id } of running) {
      const wake = await this.live.nextWakeOf(id);
      if (wake !== undefined && wake <= this.clock.now().getTime() - overdueAfterMs) await this.tick(id);
      else await this.live.arm(id, wake);
    }
  }

  /** The schedule, for the facilitator: what fired, what is pending, skipped or cancelled. */
  schedule(exerciseId: string): Promise<ScheduledItemEntity[]> {
    return this.scheduleRepository.list(exerciseId);
  }
}
