import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import {
  ScenarioLibraryService,
  clockAudience,
  type Scenario,
  type ScenarioTrigger,
} from '@driehoek/scenario';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import type { LiveContext } from '../live/live-context';
import { EventLog, type NewEvent } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import { visibleTo, type Viewer } from '../stream/visibility';
import {
  CLOCK_EVENTS,
  clockRecords,
  clockTriggers,
  clockSummary,
  regulatoryClockView,
  nextCheckOffset,
  scenarioInstant,
  statusChanges,
  type ClockRecord,
} from './exercise-clocks';
import { scenarioStartMs } from './scenario-start';

export { scenarioStartMs } from './scenario-start';

/** A clock trigger to fire, and why. */
export interface ClockTrigger {
  trigger: ScenarioTrigger;
  because: Record<string, unknown>;
}

/** What the clocks' state at a moment brings: status events, the next check, and triggers to fire. */
export interface ClockChanges {
  events: NewEvent[];
  /** The scenario offset of the next status change by time alone; null when none is coming. */
  checkAtOffsetMs: number | null;
  triggers: ClockTrigger[];
}

/**
 * Regulatory clocks in an exercise: what the log says about them, the event that starts one, and
 * what changes at a moment (due soon, met, met late, missed). It writes nothing: the caller, inside
 * LiveExercise's transaction, appends the events and moves the schedule's one clock check.
 */
@Injectable()
export class RegulatoryClocks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly clock: Clock,
  ) {}

  /**
   * Every clock of an exercise now, as `GET …/clocks` shows it; for a player only the clocks whose
   * audience holds its role.
   */
  async current(exerciseId: string, viewer?: Viewer) {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    const offsetMs = await this.log.offsetAt(exerciseId, this.clock.now().getTime());
    const clocks = await this.views(this.dataSource.manager, exerciseId, scenario, offsetMs);
    return {
      scenarioTime: scenarioInstant(scenarioStartMs(scenario), offsetMs).toISOString(),
      clocks: clocks
        .filter(({ record }) => !viewer || visibleTo(clockAudience(scenario, record.declaration), viewer))
        .map(({ record, view }) => clockSummary(record, view, scenario)),
    };
  }

  async records(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
  ): Promise<Map<string, ClockRecord>> {
    const events = await manager.find(ExerciseEventEntity, {
      select: { type: true, offsetMs: true, payload: true },
      where: { exerciseId, type: In(Object.values(CLOCK_EVENTS)) },
      order: { seq: 'ASC' },
    });
    return clockRecords(scenario, events, scenarioStartMs(scenario));
  }

  /** Every declared clock at a moment of scenario time; an unstarted one shows what it waits for. */
  async views(manager: EntityManager, exerciseId: string, scenario: Scenario, offsetMs: number) {
    const records = await this.records(manager, exerciseId, scenario);
    const now = scenarioInstant(scenarioStartMs(scenario), offsetMs);
    return [...records.values()].map((record) => ({
      record,
      view: regulatoryClockView(record, now, scenario.timeZone),
    }));
  }

  /**
   * The event that starts a clock with t0 at `t0OffsetMs` (awareness, or the by-law's issue): the
   * declared moment for a scheduled clock, however late the engine gets to it. A running clock
   * cannot restart.
   */
  async startEvent(
    ctx: LiveContext,
    clockId: string,
    t0OffsetMs: number,
    cause: Record<string, unknown>,
  ): Promise<NewEvent> {
    const record = (await this.records(ctx.manager, ctx.exerciseId, ctx.scenario)).get(clockId);
    if (!record) throw AppException.notFound(`Clock "${clockId}"`);
    if (record.startedAt)
      throw new AppException(ErrorCode.Conflict, `Clock "${clockId}" is running already.`);
    const { declaration } = record;
    return {
      type: CLOCK_EVENTS.started,
      offsetMs: ctx.offsetMs,
      wallTime: ctx.wallTime,
      actor: null,
      audience: clockAudience(ctx.scenario, declaration),
      payload: {
        clockId,
        regime: declaration.regime,
        label: declaration.label ?? null,
        role: declaration.role ?? null,
        t0OffsetMs,
        startedAt: ctx.scenarioInstant(t0OffsetMs).toISOString(),
        cause,
      },
    };
  }

  /** Every stage whose status changed since it was last logged, the next check, and the triggers set off. */
  async changes(ctx: LiveContext): Promise<ClockChanges> {
    const { scenario } = ctx;
    if (!scenario.clocks?.length) return { events: [], checkAtOffsetMs: null, triggers: [] };
    const started = (await this.views(ctx.manager, ctx.exerciseId, scenario, ctx.offsetMs)).filter(
      (c) => c.record.startedAt,
    );
    const events: NewEvent[] = [];
    const triggers: ClockTrigger[] = [];
    for (const { record, view } of started) {
      const clockId = record.declaration.id;
      const changed = statusChanges(view, record);
      for (const stage of changed)
        events.push({
          type: CLOCK_EVENTS.status,
          offsetMs: ctx.offsetMs,
          wallTime: ctx.wallTime,
          actor: null,
          audience: clockAudience(scenario, record.declaration),
          payload: {
            clockId,
            regime: view.regime,
            stage: stage.stage,
            ...(stage.requestId && { requestId: stage.requestId }),
            status: stage.status,
            operationalDue: stage.operationalDue?.toISOString() ?? null,
            legalLatest: stage.legalLatest?.toISOString() ?? null,
            submittedAt: stage.submittedAt?.toISOString() ?? null,
          },
        });
      for (const trigger of clockTriggers(scenario, clockId, changed))
        triggers.push({ trigger, because: { clockId, status: trigger.when } });
    }
    return {
      events,
      checkAtOffsetMs: nextCheckOffset(
        started.map((c) => c.view),
        ctx.scenarioStartMs,
      ),
      triggers,
    };
  }
}
