import { Injectable } from '@nestjs/common';
import { zonedTimeToUtc } from '@driehoek/clocks';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { ScenarioLibraryService, type Scenario, type ScenarioTrigger } from '@driehoek/scenario';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ScheduledItemEntity } from '../engine/scheduled-item.entity';
import { ExerciseEntity } from '../exercise.entity';
import { EventLog, type NewEvent } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
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

/** A clock trigger to fire, and why. */
export interface ClockTrigger {
  trigger: ScenarioTrigger;
  because: Record<string, unknown>;
}

/** Everyone in the exercise sees the regulatory clocks: they are the whole team's deadlines. */
const EVERYONE = ['*'];

/**
 * Regulatory clocks in a running exercise: starting one, logging every status change (due soon,
 * met, met late, missed) and keeping one scheduled check at the next moment a status changes by
 * time alone. Callers run it inside the exercise's locked transaction, after appending the fact
 * that changed things, and fire the returned triggers through the engine.
 */
@Injectable()
export class RegulatoryClocks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly clock: Clock,
  ) {}

  /** Every clock of an exercise now, as `GET …/clocks` and the players' snapshot show it. */
  async current(exerciseId: string) {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    const offsetMs = await this.log.offsetAt(exerciseId, this.clock.now().getTime());
    const clocks = await this.views(this.dataSource.manager, exerciseId, scenario, offsetMs);
    return {
      scenarioTime: scenarioInstant(scenarioStartMs(scenario), offsetMs).toISOString(),
      clocks: clocks.map(({ record, view }) => clockSummary(record, view)),
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

  /** Starts a clock at this moment (awareness, or the by-law's issue); a running clock cannot restart. */
  async start(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
    clockId: string,
    offsetMs: number,
    wallTime: Date,
    cause: Record<string, unknown>,
  ): Promise<void> {
    const record = (await this.records(manager, exerciseId, scenario)).get(clockId);
    if (!record) throw AppException.notFound(`Clock "${clockId}"`);
    if (record.startedAt) throw new AppException(ErrorCode.Conflict, `Clock "${clockId}" is running already`);
    await this.log.append(manager, exerciseId, [
      {
        type: CLOCK_EVENTS.started,
        offsetMs,
        wallTime,
        actor: null,
        audience: EVERYONE,
        payload: {
          clockId,
          regime: record.declaration.regime,
          label: record.declaration.label ?? null,
          role: record.declaration.role ?? null,
          startedAt: scenarioInstant(scenarioStartMs(scenario), offsetMs).toISOString(),
          cause,
        },
      },
    ]);
  }

  /**
   * Logs every stage whose status changed since it was last logged, re-schedules the one check,
   * and returns the clock triggers those changes set off.
   */
  async apply(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
    offsetMs: number,
    wallTime: Date,
  ): Promise<ClockTrigger[]> {
    if (!scenario.clocks?.length) return [];
    const started = (await this.views(manager, exerciseId, scenario, offsetMs)).filter(
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
          offsetMs,
          wallTime,
          actor: null,
          audience: EVERYONE,
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
    if (events.length) await this.log.append(manager, exerciseId, events);
    await this.scheduleCheck(
      manager,
      exerciseId,
      nextCheckOffset(
        started.map((c) => c.view),
        scenarioStartMs(scenario),
      ),
    );
    return triggers;
  }

  /** One pending check per exercise, moved to the next moment a status changes by time. */
  private async scheduleCheck(manager: EntityManager, exerciseId: string, offsetMs: number | null) {
    const pending = await manager.findOneBy(ScheduledItemEntity, {
      exerciseId,
      kind: 'clock-check',
      status: 'pending',
    });
    if (pending) {
      if (offsetMs === null)
        await manager.update(ScheduledItemEntity, { id: pending.id }, { status: 'skipped' });
      else if (pending.dueOffsetMs !== offsetMs)
        await manager.update(ScheduledItemEntity, { id: pending.id }, { dueOffsetMs: offsetMs });
      return;
    }
    if (offsetMs === null) return;
    const last = await manager.findOne(ScheduledItemEntity, {
      where: { exerciseId, kind: 'clock-check' },
      order: { occurrence: 'DESC' },
    });
    await manager.insert(ScheduledItemEntity, {
      exerciseId,
      kind: 'clock-check',
      refId: 'regulatory-clocks',
      occurrence: (last?.occurrence ?? 0) + 1,
      dueOffsetMs: offsetMs,
      status: 'pending',
      cause: { clocks: true },
      firedSeq: null,
    });
  }
}

export function scenarioStartMs(scenario: Scenario): number {
  return zonedTimeToUtc(scenario.startsAt, scenario.timeZone).getTime();
}
