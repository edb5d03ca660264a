import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import { auditActor, type Principal } from '@driehoek/identity';
import { ScenarioLibraryService, formatOffset, offsetToSeconds } from '@driehoek/scenario';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAX_SPEED,
  MIN_SPEED,
  applyClockEvent,
  clockState,
  offsetAt,
  type ClockState,
} from './clock/exercise-clock';
import { scenarioStartMs } from './regulatory/regulatory-clocks.service';
import { ExerciseEntity, type ExerciseStatus } from './exercise.entity';
import { EventLog, type NewEvent } from './log/event-log';
import { InjectEngine } from './engine/inject-engine';

export interface ClockView {
  status: ClockState['status'];
  speed: number;
  /** Scenario offset now, in ms and as "HH:MM:SS" / "1d HH:MM". */
  offsetMs: number;
  offset: string;
  /** The fictional scenario date-time now (UTC instant). */
  scenarioTime: string;
}

type ClockControl =
  | { type: 'clock.started'; speed: number }
  | { type: 'clock.paused' }
  | { type: 'clock.resumed' }
  | { type: 'clock.speed-changed'; speed: number }
  | { type: 'clock.jumped'; toOffsetMs: number }
  | { type: 'clock.stopped' };

/** Which controls each status allows, and the status they lead to. */
const TRANSITIONS: Record<
  'start' | 'pause' | 'resume' | 'end',
  { from: ExerciseStatus[]; to: ExerciseStatus }
> = {
  start: { from: ['draft'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  end: { from: ['running', 'paused'], to: 'ended' },
};

const AUDIT_ACTION = {
  start: 'exercise.started',
  pause: 'exercise.paused',
  resume: 'exercise.resumed',
  end: 'exercise.ended',
} as const;

/**
 * Runs an exercise's lifecycle and clock: `draft → running ⇄ paused → ended`. Every control is
 * appended to the log (and the audit log) in one transaction with the status it produces.
 */
@Injectable()
export class ExerciseRunService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly engine: InjectEngine,
  ) {}

  /** Starts at the given speed, or the speed chosen when the exercise was created. */
  start(principal: Principal, exerciseId: string, speed?: number): Promise<ClockView> {
    return this.transition(principal, exerciseId, 'start', (exercise) => [
      { type: 'clock.started', speed: checkSpeed(speed ?? exercise.speed) },
    ]);
  }

  pause(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.transition(principal, exerciseId, 'pause', () => [{ type: 'clock.paused' }]);
  }

  resume(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.transition(principal, exerciseId, 'resume', () => [{ type: 'clock.resumed' }]);
  }

  end(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.transition(principal, exerciseId, 'end', () => [{ type: 'clock.stopped' }]);
  }

  /** Speed change and/or jump to a scenario offset, while running or paused. */
  async adjust(
    principal: Principal,
    exerciseId: string,
    change: { speed?: number; jumpToMs?: number },
  ): Promise<ClockView> {
    const controls: ClockControl[] = [];
    if (change.speed !== undefined)
      controls.push({ type: 'clock.speed-changed', speed: checkSpeed(change.speed) });
    if (change.jumpToMs !== undefined) controls.push({ type: 'clock.jumped', toOffsetMs: change.jumpToMs });
    return this.locked(exerciseId, async (manager, exercise) => {
      if (exercise.status !== 'running' && exercise.status !== 'paused') {
        throw new AppException(
          ErrorCode.Conflict,
          `The clock of a ${exercise.status} exercise cannot be changed`,
        );
      }
      if (change.jumpToMs !== undefined) {
        const duration = await this.durationMs(exercise);
        if (change.jumpToMs > duration) {
          throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
            {
              path: 'jumpTo',
              message: `is after the end of the scenario (${formatOffset(duration / 1000)})`,
            },
          ]);
        }
      }
      await this.record(manager, principal, exercise, controls, exercise.status);
    });
  }

  async view(exerciseId: string, exercise?: ExerciseEntity): Promise<ClockView> {
    const state = clockState(await this.log.clockEvents(exerciseId));
    const start = await this.scenarioStart(
      exercise ?? { scenarioVersionId: await this.versionOf(exerciseId) },
    );
    return clockView(state, this.clock.now().getTime(), start);
  }

  private transition(
    principal: Principal,
    exerciseId: string,
    action: keyof typeof TRANSITIONS,
    controls: (exercise: ExerciseEntity) => ClockControl[],
  ): Promise<ClockView> {
    const { from, to } = TRANSITIONS[action];
    return this.locked(exerciseId, async (manager, exercise) => {
      if (!from.includes(exercise.status)) {
        throw new AppException(
          ErrorCode.Conflict,
          `A ${exercise.status} exercise cannot ${action}; allowed from: ${from.join(', ')}`,
        );
      }
      await this.record(manager, principal, exercise, controls(exercise), to);
      if (action === 'start')
        await this.engine.planTimeline(
          manager,
          exercise.id,
          (await this.library.resolveVersionId(exercise.scenarioVersionId)).scenario,
        );
      await this.audit.record(
        {
          actor: auditActor(principal),
          organisationId: exercise.organisationId,
          action: AUDIT_ACTION[action],
          target: { type: 'exercise', id: exercise.id },
        },
        manager,
      );
    });
  }

  /** Appends the controls at the current scenario time and sets the resulting status. */
  private async record(
    manager: EntityManager,
    principal: Principal,
    exercise: ExerciseEntity,
    controls: ClockControl[],
    status: ExerciseStatus,
  ): Promise<void> {
    const wallMs = this.clock.now().getTime();
    let state = clockState(await this.log.clockEvents(exercise.id, manager));
    const events: NewEvent[] = [];
    for (const control of controls) {
      const { type, ...payload } = control;
      events.push({
        type,
        offsetMs: offsetAt(state, wallMs),
        wallTime: new Date(wallMs),
        actor: principal.email,
        audience: ['*'],
        payload,
      });
      state = applyClockEvent(state, { ...control, wallMs });
    }
    await this.log.append(manager, exercise.id, events);
    if (status !== exercise.status) await manager.update(ExerciseEntity, { id: exercise.id }, { status });
  }

  /** Runs a control under the exercise row lock, which also serialises the log's appends. */
  private locked(
    exerciseId: string,
    work: (manager: EntityManager, exercise: ExerciseEntity) => Promise<void>,
  ): Promise<ClockView> {
    return this.dataSource
      .transaction(async (manager) => {
        const exercise = await manager.findOne(ExerciseEntity, {
          where: { id: exerciseId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!exercise) throw AppException.notFound('Exercise');
        await work(manager, exercise);
        return exercise;
      })
      .then(async (exercise) => {
        // After the commit: fire what the change made due (a jump) and arm for what comes next.
        await this.engine.afterClockChange(exerciseId);
        return this.view(exerciseId, exercise);
      });
  }

  /** The fictional instant the scenario starts at (epoch ms), for turning offsets into scenario time. */
  async scenarioStartOf(exerciseId: string): Promise<number> {
    return this.scenarioStart({ scenarioVersionId: await this.versionOf(exerciseId) });
  }

  private async scenarioStart(exercise: Pick<ExerciseEntity, 'scenarioVersionId'>): Promise<number> {
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    return scenarioStartMs(scenario);
  }

  private async durationMs(exercise: ExerciseEntity): Promise<number> {
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    return (offsetToSeconds(scenario.duration) ?? 0) * 1000;
  }

  private async versionOf(exerciseId: string): Promise<string> {
    const exercise = await this.dataSource.getRepository(ExerciseEntity).findOneBy({ id: exerciseId });
    if (!exercise) throw AppException.notFound('Exercise');
    return exercise.scenarioVersionId;
  }
}

/** The clock as clients see it, at a wall instant; `scenarioStartMs` is the fictional offset 0. */
export function clockView(state: ClockState, wallMs: number, scenarioStartMs: number): ClockView {
  const offsetMs = offsetAt(state, wallMs);
  return {
    status: state.status,
    speed: state.speed,
    offsetMs,
    offset: formatOffset(Math.floor(offsetMs / 1000)),
    scenarioTime: new Date(scenarioStartMs + offsetMs).toISOString(),
  };
}

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < MIN_SPEED || speed > MAX_SPEED) {
    throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
      { path: 'speed', message: `must be between ${MIN_SPEED} and ${MAX_SPEED}` },
    ]);
  }
  return speed;
}
