import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  AppException,
  CONFIG,
  Clock,
  ErrorCode,
  LOGGER,
  PREPARE_MS,
  SCHEDULER,
  releaseAt,
  type Config,
  type Scheduler,
} from '@driehoek/core';
import {
  ScenarioLibraryService,
  offsetToSeconds,
  type Scenario,
  type ScenarioTrigger,
} from '@driehoek/scenario';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { clockState, offsetAt, wallAt } from '../clock/exercise-clock';
import { ExerciseEntity } from '../exercise.entity';
import { lockExercise, lockLiveExercise } from '../exercise-lock';
import { EventLog, type NewEvent } from '../log/event-log';
import { RegulatoryClocks, type ClockTrigger } from '../regulatory/regulatory-clocks.service';
import { decisionOpened, decisionOverdue, injectDelivered } from './engine-events';
import { ScheduledItemEntity, type ScheduledKind } from './scheduled-item.entity';

const RECONCILE_EVERY_MS = 30_000;
/** Rounds of firing what firing made due; scenario validation already refuses trigger cycles. */
const MAX_CASCADE = 20;

/** jsonb columns hold plain data; TypeORM's deep-partial insert type cannot see that. */
type Row = QueryDeepPartialEntity<ScheduledItemEntity>;

export interface AdHocInject {
  title: string;
  content: string;
  channel: string;
  audience: string[] | 'all';
  from?: string;
}

/**
 * Fires what is due, exactly once. Each firing happens under the exercise row lock: the item goes
 * pending → fired and its event is appended in one transaction, so a crash either fired it or did
 * not, and the unique (exercise, kind, ref, occurrence) key stops a second firing. After every
 * firing or clock change the engine arms the scheduler for the next due item; a reconciler re-arms
 * every running exercise at start and periodically, so a lost timer or Redis costs no inject.
 */
@Injectable()
export class InjectEngine implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private reconciler?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly clock: Clock,
    private readonly regulatory: RegulatoryClocks,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: InjectEngine.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    // This process still arms wake-ups and fires what a clock control makes due at once.
    if (!this.config.API_RUNS_WORKER) return this.logger.info('scheduled firing is left to apps/worker');
    this.scheduler.setHandler((exerciseId, atMs) => this.tick(exerciseId, atMs));
    await this.reconcile();
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

  /** Puts the scenario's main timeline in the schedule; called in the transaction that starts. */
  async planTimeline(manager: EntityManager, exerciseId: string, scenario: Scenario): Promise<void> {
    const items: Partial<ScheduledItemEntity>[] = [];
    for (const inject of scenario.injects) {
      if (inject.offset !== undefined && !inject.hold)
        items.push(this.item(exerciseId, 'inject', inject.id, 1, inject.offset, { timeline: true }));
    }
    for (const dp of scenario.decisionPoints ?? []) {
      if (dp.opensAt !== undefined)
        items.push(this.item(exerciseId, 'decision-open', dp.id, 1, dp.opensAt, { timeline: true }));
      if (dp.dueAt !== undefined)
        items.push(this.item(exerciseId, 'decision-due', dp.id, 1, dp.dueAt, { timeline: true }));
    }
    for (const clock of scenario.clocks ?? [])
      if (clock.startsAt !== undefined)
        items.push(this.item(exerciseId, 'clock-start', clock.id, 1, clock.startsAt, { timeline: true }));
    if (items.length) await manager.insert(ScheduledItemEntity, items as Row[]);
  }

  /**
   * Fires every pending item whose time has come, then arms for the next one. A scheduler wake-up
   * comes PREPARE_MS before the armed instant `atMs`: the firing is prepared in the transaction as of
   * that instant and committed on it, so the database work does not make players late.
   */
  async tick(exerciseId: string, atMs?: number): Promise<void> {
    let next: number | undefined;
    await this.dataSource.transaction(async (manager) => {
      const exercise = await lockExercise(manager, exerciseId);
      if (!exercise || exercise.status !== 'running') return;
      const clock = clockState(await this.log.clockEvents(exerciseId, manager));
      const firedAt = Math.max(this.clock.now().getTime(), Math.min(atMs ?? 0, Date.now() + PREPARE_MS));
      const now = offsetAt(clock, firedAt);
      // Firing can make more due at once (a trigger without delay): fire until nothing is.
      let fired = 0;
      for (let round = 0; round < MAX_CASCADE; round++) {
        const due = await this.dueItems(manager, exerciseId, now);
        if (!due.length) break;
        const scenario = await this.scenarioOf(exercise);
        // Logged at the moment of delivery; the due time goes in the payload.
        for (const item of due) await this.fire(manager, exercise, scenario, item, now, new Date(firedAt));
        fired += due.length;
      }
      const pending = await manager.findOne(ScheduledItemEntity, {
        where: { exerciseId, status: 'pending' },
        order: { dueOffsetMs: 'ASC' },
      });
      next = pending ? wallAt(clock, pending.dueOffsetMs) : undefined;
      // Commit on the instant: before it, nobody may see what it brings.
      if (fired && atMs !== undefined) await releaseAt(Math.min(atMs, Date.now() + PREPARE_MS));
    });
    if (next === undefined) await this.scheduler.disarm(exerciseId);
    else await this.scheduler.arm(exerciseId, Math.ceil(next));
  }

  private dueItems(manager: EntityManager, exerciseId: string, now: number): Promise<ScheduledItemEntity[]> {
    return manager
      .createQueryBuilder(ScheduledItemEntity, 'i')
      .where('i.exercise_id = :exerciseId AND i.status = :status AND i.due_offset_ms <= :now', {
        exerciseId,
        status: 'pending',
        // The armed instant is the due instant rounded up to the ms; rounding here absorbs the
        // floating-point error of mapping it back, or the item would miss its own wake-up.
        now: Math.round(now),
      })
      .orderBy('i.due_offset_ms', 'ASC')
      .addOrderBy('i.kind', 'DESC') // an inject before the decision it raises at the same moment
      .addOrderBy('i.ref_id', 'ASC')
      .getMany();
  }

  /** Arms the scheduler for the next pending item, or disarms when there is none or time stands still. */
  async rearm(exerciseId: string): Promise<void> {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    const next = await this.dataSource
      .getRepository(ScheduledItemEntity)
      .findOne({ where: { exerciseId, status: 'pending' }, order: { dueOffsetMs: 'ASC' } });
    if (!exercise || exercise.status !== 'running' || !next) return this.scheduler.disarm(exerciseId);
    const at = wallAt(clockState(await this.log.clockEvents(exerciseId)), next.dueOffsetMs);
    if (at === undefined) return this.scheduler.disarm(exerciseId);
    await this.scheduler.arm(exerciseId, Math.ceil(at));
  }

  /** After a clock control: fire what a jump made due, and arm for what comes next. */
  async afterClockChange(exerciseId: string): Promise<void> {
    await this.tick(exerciseId);
  }

  /** Re-arms every running exercise from PostgreSQL: at start and every 30 s. */
  async reconcile(): Promise<void> {
    const running = await this.dataSource
      .getRepository(ExerciseEntity)
      .find({ select: { id: true }, where: { status: 'running' } });
    for (const { id } of running) await this.tick(id);
  }

  /** A held (or any) scenario inject, fired by hand now. */
  async fireNow(actor: string, exerciseId: string, injectId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const exercise = await lockLiveExercise(manager, exerciseId);
      const scenario = await this.scenarioOf(exercise);
      if (!scenario.injects.some((i) => i.id === injectId))
        throw AppException.notFound(`Inject "${injectId}"`);
      const now = await this.log.offsetAt(exerciseId, this.clock.now().getTime(), manager);
      const occurrence = (await this.lastOccurrence(manager, exerciseId, 'inject', injectId)) + 1;
      const item = manager.create(
        ScheduledItemEntity,
        this.item(exerciseId, 'inject', injectId, occurrence, Math.floor(now), { facilitator: actor }),
      );
      await manager.insert(ScheduledItemEntity, item as Row);
      await this.fire(manager, exercise, scenario, item, now, this.clock.now());
    });
    await this.rearm(exerciseId);
  }

  /** An inject the facilitator writes on the spot. */
  async adHoc(actor: string, exerciseId: string, inject: AdHocInject): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const exercise = await lockLiveExercise(manager, exerciseId);
      const scenario = await this.scenarioOf(exercise);
      const channel = scenario.channels.find((c) => c.id === inject.channel);
      if (!channel)
        throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
          {
            path: 'channel',
            message: `is not a channel of this scenario (${scenario.channels.map((c) => c.id).join(', ')})`,
          },
        ]);
      const unknown =
        inject.audience === 'all'
          ? []
          : inject.audience.filter((r) => !scenario.roles.some((role) => role.id === r));
      if (unknown.length)
        throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
          { path: 'audience', message: `has roles this scenario does not know: ${unknown.join(', ')}` },
        ]);
      const now = await this.log.offsetAt(exerciseId, this.clock.now().getTime(), manager);
      const occurrence = (await this.lastOccurrence(manager, exerciseId, 'inject', 'adhoc')) + 1;
      await this.log.append(manager, exerciseId, [
        injectDelivered(
          {
            id: `adhoc-${occurrence}`,
            title: inject.title,
            content: inject.content,
            channel: inject.channel,
            audience: inject.audience,
            from: inject.from,
          },
          scenario,
          occurrence,
          now,
          this.clock.now(),
          { facilitator: actor },
        ),
      ]);
      await manager.insert(ScheduledItemEntity, {
        ...this.item(exerciseId, 'inject', 'adhoc', occurrence, Math.floor(now), { facilitator: actor }),
        status: 'fired',
      } as Row);
    });
  }

  /** Takes a pending inject off the schedule. */
  async skip(actor: string, exerciseId: string, injectId: string): Promise<void> {
    await this.changePending(actor, exerciseId, injectId, 'inject.skipped', (manager, item) =>
      manager.update(ScheduledItemEntity, { id: item.id }, { status: 'skipped' }),
    );
  }

  /** Moves a pending inject later on the scenario clock. */
  async postpone(actor: string, exerciseId: string, injectId: string, byMs: number): Promise<void> {
    await this.changePending(
      actor,
      exerciseId,
      injectId,
      'inject.postponed',
      (manager, item) =>
        manager.update(ScheduledItemEntity, { id: item.id }, { dueOffsetMs: item.dueOffsetMs + byMs }),
      { byMs },
    );
  }

  /** The schedule, for the facilitator: what fired, what is pending and what was skipped. */
  schedule(exerciseId: string): Promise<ScheduledItemEntity[]> {
    return this.dataSource
      .getRepository(ScheduledItemEntity)
      .find({ where: { exerciseId }, order: { dueOffsetMs: 'ASC', refId: 'ASC', occurrence: 'ASC' } });
  }

  private async changePending(
    actor: string,
    exerciseId: string,
    injectId: string,
    type: string,
    change: (manager: EntityManager, item: ScheduledItemEntity) => Promise<unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockLiveExercise(manager, exerciseId);
      const item = await manager.findOne(ScheduledItemEntity, {
        where: { exerciseId, kind: 'inject', refId: injectId, status: 'pending' },
        order: { dueOffsetMs: 'ASC' },
      });
      if (!item) throw AppException.notFound(`A pending inject "${injectId}"`);
      await change(manager, item);
      const now = await this.log.offsetAt(exerciseId, this.clock.now().getTime(), manager);
      // Schedule changes are staff business: no player sees them (empty audience).
      await this.log.append(manager, exerciseId, [
        {
          type,
          offsetMs: now,
          wallTime: this.clock.now(),
          actor,
          audience: [],
          payload: { injectId, occurrence: item.occurrence, dueOffsetMs: item.dueOffsetMs, ...extra },
        },
      ]);
    });
    await this.rearm(exerciseId);
  }

  private async fire(
    manager: EntityManager,
    exercise: ExerciseEntity,
    scenario: Scenario,
    item: ScheduledItemEntity,
    offsetMs: number,
    wallTime: Date,
  ): Promise<void> {
    // The claim: only one transaction can move this occurrence from pending to fired.
    const claimed = await manager.update(
      ScheduledItemEntity,
      { id: item.id, status: 'pending' },
      { status: 'fired' },
    );
    if (!claimed.affected) return;
    if (item.kind === 'clock-start' || item.kind === 'clock-check')
      return this.fireClock(manager, exercise.id, scenario, item, offsetMs, wallTime);
    const events: NewEvent[] = [];
    if (item.kind === 'inject') {
      const inject = scenario.injects.find((i) => i.id === item.refId);
      if (!inject) return;
      events.push(
        injectDelivered(inject, scenario, item.occurrence, offsetMs, wallTime, {
          ...item.cause,
          dueOffsetMs: item.dueOffsetMs,
        }),
      );
      for (const dp of scenario.decisionPoints ?? [])
        if (dp.raisedBy === inject.id) events.push(decisionOpened(dp.id, scenario, offsetMs, wallTime));
    } else if (item.kind === 'decision-open') {
      events.push(decisionOpened(item.refId, scenario, offsetMs, wallTime));
    } else {
      if (await this.log.hasDecisionEvent(exercise.id, 'decision.recorded', item.refId, manager)) return;
      events.push(decisionOverdue(item.refId, scenario, offsetMs, wallTime));
      const triggers = (scenario.triggers ?? []).filter(
        (t) => 'overdue' in t.when && t.when.overdue === item.refId,
      );
      events.push(
        ...(await this.fireTriggers(manager, exercise.id, triggers, offsetMs, wallTime, {
          decisionPointId: item.refId,
          overdue: true,
        })),
      );
    }
    const appended = await this.log.append(manager, exercise.id, events);
    await manager.update(ScheduledItemEntity, { id: item.id }, { firedSeq: appended[0].seq });
  }

  /** A declared clock starting on the schedule, or the check at a clock's next status change. */
  private async fireClock(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
    item: ScheduledItemEntity,
    offsetMs: number,
    wallTime: Date,
  ): Promise<void> {
    if (item.kind === 'clock-start')
      await this.regulatory.start(manager, exerciseId, scenario, item.refId, offsetMs, wallTime, {
        declared: true,
      });
    await this.afterClockFacts(manager, exerciseId, scenario, offsetMs, wallTime);
  }

  /**
   * After a regulatory clock fact (a start, a report, the passing of time): log the status changes
   * and fire the clock triggers they set off, in the caller's transaction.
   */
  async afterClockFacts(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
    offsetMs: number,
    wallTime: Date,
  ): Promise<void> {
    const triggers: ClockTrigger[] = await this.regulatory.apply(
      manager,
      exerciseId,
      scenario,
      offsetMs,
      wallTime,
    );
    for (const { trigger, because } of triggers) {
      const events = await this.fireTriggers(manager, exerciseId, [trigger], offsetMs, wallTime, because);
      await this.log.append(manager, exerciseId, events);
    }
  }

  /**
   * Schedules what the triggers name (a branch) at `after` past now, and returns the staff-only
   * events that show the branch in the log.
   */
  async fireTriggers(
    manager: EntityManager,
    exerciseId: string,
    triggers: ScenarioTrigger[],
    offsetMs: number,
    wallTime: Date,
    because: Record<string, unknown>,
  ): Promise<NewEvent[]> {
    const events: NewEvent[] = [];
    for (const trigger of triggers) {
      const scheduled: { injectId: string; occurrence: number; dueOffsetMs: number }[] = [];
      for (const entry of trigger.schedule) {
        const occurrence = (await this.lastOccurrence(manager, exerciseId, 'inject', entry.inject)) + 1;
        const dueOffsetMs =
          Math.floor(offsetMs) + (entry.after ? (offsetToSeconds(entry.after) ?? 0) * 1000 : 0);
        await manager.insert(
          ScheduledItemEntity,
          this.item(exerciseId, 'inject', entry.inject, occurrence, dueOffsetMs, {
            trigger: trigger.id,
          }) as Row,
        );
        scheduled.push({ injectId: entry.inject, occurrence, dueOffsetMs });
      }
      events.push({
        type: 'trigger.fired',
        offsetMs,
        wallTime,
        actor: null,
        audience: [],
        payload: { triggerId: trigger.id, ...because, scheduled },
      });
    }
    return events;
  }

  private item(
    exerciseId: string,
    kind: ScheduledKind,
    refId: string,
    occurrence: number,
    due: string | number,
    cause: Record<string, unknown>,
  ): Partial<ScheduledItemEntity> {
    const dueOffsetMs = typeof due === 'number' ? due : (offsetToSeconds(due) ?? 0) * 1000;
    return { exerciseId, kind, refId, occurrence, dueOffsetMs, status: 'pending', cause, firedSeq: null };
  }

  private async lastOccurrence(
    manager: EntityManager,
    exerciseId: string,
    kind: ScheduledKind,
    refId: string,
  ): Promise<number> {
    const last = await manager.findOne(ScheduledItemEntity, {
      where: { exerciseId, kind, refId },
      order: { occurrence: 'DESC' },
    });
    return last?.occurrence ?? 0;
  }

  private async scenarioOf(exercise: ExerciseEntity): Promise<Scenario> {
    return (await this.library.resolveVersionId(exercise.scenarioVersionId)).scenario;
  }
}
