import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import { auditActor, type Principal } from '@driehoek/identity';
import { ScenarioLibraryService, formatOffset, offsetToSeconds } from '@driehoek/scenario';
import { DataSource } from 'typeorm';
import { MAX_SPEED, MIN_SPEED, clockState, offsetAt, type ClockState } from './clock/exercise-clock';
import { Firing } from './engine/firing';
import { ExerciseEntity } from './exercise.entity';
import type { LiveContext } from './live/live-context';
import { LiveExercise } from './live/live-exercise';
import { EventLog } from './log/event-log';
import { scenarioStartMs } from './regulatory/scenario-start';

export interface ClockView {
  status: ClockState['status'];
  speed: number;
  /** Scenario offset now, in ms and as "HH:MM:SS" / "1d HH:MM". */
  offsetMs: number;
  offset: string;
  /** The fictional scenario date-time now (UTC instant). */
  scenarioTime: string;
}

const AUDIT_ACTION = {
  start: 'exercise.started',
  pause: 'exercise.paused',
  resume: 'exercise.resumed',
  end: 'exercise.ended',
} as const;

/**
 * Runs an exercise's lifecycle and clock: `draft → running ⇄ paused → ended`. Every control is a
 * LiveExercise command: logged (and audited) in one transaction with the status it produces and
 * with what it makes due — a start fires what is due at 00:00, a jump what it passed over.
 */
@Injectable()
export class ExerciseRunService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveExercise,
    private readonly firing: Firing,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Starts at the given speed, or the speed chosen when the exercise was created. */
  start(principal: Principal, exerciseId: string, speed?: number): Promise<ClockView> {
    return this.control(principal, exerciseId, 'start', async (ctx) => {
      await ctx.recordClock(
        { type: 'clock.started', speed: checkSpeed(speed ?? ctx.exercise.speed) },
        principal.email,
      );
      ctx.setStatus('running');
      await this.firing.planTimeline(ctx);
    });
  }

  pause(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.control(principal, exerciseId, 'pause', async (ctx) => {
      await ctx.recordClock({ type: 'clock.paused' }, principal.email);
      ctx.setStatus('paused');
    });
  }

  resume(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.control(principal, exerciseId, 'resume', async (ctx) => {
      await ctx.recordClock({ type: 'clock.resumed' }, principal.email);
      ctx.setStatus('running');
    });
  }

  /** Ends the exercise: the clock stops, and nothing stays pending on the schedule. */
  end(principal: Principal, exerciseId: string): Promise<ClockView> {
    return this.control(principal, exerciseId, 'end', async (ctx) => {
      await ctx.recordClock({ type: 'clock.stopped' }, principal.email);
      ctx.setStatus('ended');
      await ctx.schedule.cancelPending();
    });
  }

  /**
   * Speed change and/or jump to a scenario offset, while running or paused. A jump goes forward
   * only (what has happened cannot un-happen) and not past the scenario's end; what it passes over
   * fires at once with its declared offset, or on resume when paused.
   */
  adjust(
    principal: Principal,
    exerciseId: string,
    change: { speed?: number; jumpToMs?: number },
  ): Promise<ClockView> {
    return this.control(principal, exerciseId, 'clock.adjust', async (ctx) => {
      if (change.jumpToMs !== undefined) {
        const duration = (offsetToSeconds(ctx.scenario.duration) ?? 0) * 1000;
        if (change.jumpToMs > duration)
          throw invalid(
            'jumpTo',
            `The jump goes past the end of the scenario (${formatOffset(duration / 1000)}).`,
          );
        if (change.jumpToMs < ctx.offsetMs)
          throw invalid(
            'jumpTo',
            `The jump goes back in time: the scenario clock is at ${formatOffset(Math.floor(ctx.offsetMs / 1000))}, and a jump can only go forward.`,
          );
      }
      if (change.speed !== undefined)
        await ctx.recordClock(
          { type: 'clock.speed-changed', speed: checkSpeed(change.speed) },
          principal.email,
        );
      if (change.jumpToMs !== undefined)
        await ctx.recordClock({ type: 'clock.jumped', toOffsetMs: change.jumpToMs }, principal.email);
    });
  }

  async view(exerciseId: string, exercise?: ExerciseEntity): Promise<ClockView> {
    const state = clockState(await this.log.clockEvents(exerciseId));
    const start = await this.scenarioStart(
      exercise ?? { scenarioVersionId: await this.versionOf(exerciseId) },
    );
    return clockView(state, this.clock.now().getTime(), start);
  }

  /**
   * A clock control as one command: the control, its audit record, and — while the clock runs —
   * whatever it made due, in the same transaction.
   */
  private async control(
    principal: Principal,
    exerciseId: string,
    kind: 'start' | 'pause' | 'resume' | 'end' | 'clock.adjust',
    work: (ctx: LiveContext) => Promise<void>,
  ): Promise<ClockView> {
    await this.live.run(exerciseId, {
      kind,
      handle: async (ctx) => {
        await work(ctx);
        if (ctx.status === 'running') await this.firing.fireDue(ctx);
        if (kind !== 'clock.adjust')
          await this.audit.record(
            {
              actor: auditActor(principal),
              organisationId: ctx.exercise.organisationId,
              action: AUDIT_ACTION[kind],
              target: { type: 'exercise', id: exerciseId },
            },
            ctx.manager,
          );
      },
    });
    return this.view(exerciseId);
  }

  /** The fictional instant the scenario starts at (epoch ms), for turning offsets into scenario time. */
  async scenarioStartOf(exerciseId: string): Promise<number> {
    return this.scenarioStart({ scenarioVersionId: await this.versionOf(exerciseId) });
  }

  private async scenarioStart(exercise: Pick<ExerciseEntity, 'scenarioVersionId'>): Promise<number> {
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    return scenarioStartMs(scenario);
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
  if (!Number.isFinite(speed) || speed < MIN_SPEED || speed > MAX_SPEED)
    throw invalid('speed', `The speed must be between ${MIN_SPEED} and ${MAX_SPEED}.`);
  return speed;
}

function invalid(path: string, message: string): AppException {
  return new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [{ path, message }]);
}
