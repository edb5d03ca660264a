import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import { LiveExercise } from '../live/live-exercise';
import type { LiveContext } from '../live/live-context';
import { injectDelivered } from './engine-events';
import { Firing } from './firing';
import type { ScheduledItemEntity } from './scheduled-item.entity';
import type { NewEvent } from '../log/event-log';

export interface AdHocInject {
  title: string;
  content: string;
  channel: string;
  audience: string[] | 'all';
  from?: string;
}

/** The facilitator's hand on the schedule: fire a held inject, write one on the spot, skip, postpone. */
@Injectable()
export class FacilitatorInjects {
  constructor(
    private readonly live: LiveExercise,
    private readonly firing: Firing,
  ) {}

  /**
   * Fires a scenario inject now: a held one, or a queued one early (its pending occurrence, so it
   * does not come again later). One that has fired already answers 409 unless `again` is asked.
   */
  fireNow(actor: string, exerciseId: string, injectId: string, again = false): Promise<void> {
    return this.live.run(exerciseId, {
      kind: 'facilitator.inject',
      handle: async (ctx) => {
        if (!ctx.scenario.injects.some((i) => i.id === injectId))
          throw AppException.notFound(`Inject "${injectId}"`);
        const pending = await ctx.schedule.pendingInject(injectId);
        if (pending) {
          await ctx.schedule.move(pending, ctx.offsetMs);
          return this.firing.fire(ctx, { ...pending, dueOffsetMs: Math.floor(ctx.offsetMs) });
        }
        if (!again && (await ctx.schedule.firedCount(injectId)) > 0)
          throw new AppException(
            ErrorCode.Conflict,
            `Inject "${injectId}" has fired already; send {"again": true} to fire it once more.`,
          );
        await ctx.schedule.insert([
          {
            kind: 'inject',
            refId: injectId,
            occurrence: await ctx.schedule.nextOccurrence('inject', injectId),
            dueOffsetMs: ctx.offsetMs,
            cause: { facilitator: actor },
          },
        ]);
        // Only this one: while paused, what a jump passed over waits for the clock to run.
        await this.firing.fire(ctx, (await ctx.schedule.pendingInject(injectId))!);
      },
    });
  }

  /** An inject the facilitator writes on the spot. */
  adHoc(actor: string, exerciseId: string, inject: AdHocInject): Promise<void> {
    return this.live.run(exerciseId, {
      kind: 'facilitator.inject',
      handle: async (ctx) => {
        checkAdHoc(ctx, inject);
        const occurrence = await ctx.schedule.nextOccurrence('inject', 'adhoc');
        const dueOffsetMs = Math.floor(ctx.offsetMs);
        const cause = { facilitator: actor };
        await ctx.append([
          injectDelivered(
            { ...inject, id: `adhoc-${occurrence}` },
            ctx.scenario,
            { occurrence, dueOffsetMs, cause },
            ctx.offsetMs,
            ctx.wallTime,
          ),
        ]);
        await ctx.schedule.insert([
          { kind: 'inject', refId: 'adhoc', occurrence, dueOffsetMs, cause, status: 'fired' },
        ]);
      },
    });
  }

  /** Takes a pending inject off the schedule. */
  skip(actor: string, exerciseId: string, injectId: string): Promise<void> {
    return this.changePending(exerciseId, injectId, async (ctx, item) => {
      await ctx.schedule.skip(item);
      return {
        type: 'inject.skipped',
        ...staffNote(ctx, actor),
        payload: { injectId, occurrence: item.occurrence, dueOffsetMs: item.dueOffsetMs },
      };
    });
  }

  /** Moves a pending inject later on the scenario clock. */
  postpone(actor: string, exerciseId: string, injectId: string, byMs: number): Promise<void> {
    return this.changePending(exerciseId, injectId, async (ctx, item) => {
      const toOffsetMs = item.dueOffsetMs + byMs;
      await ctx.schedule.move(item, toOffsetMs);
      return {
        type: 'inject.postponed',
        ...staffNote(ctx, actor),
        payload: { injectId, occurrence: item.occurrence, dueOffsetMs: item.dueOffsetMs, byMs, toOffsetMs },
      };
    });
  }

  private changePending(
    exerciseId: string,
    injectId: string,
    change: (ctx: LiveContext, item: ScheduledItemEntity) => Promise<NewEvent>,
  ): Promise<void> {
    return this.live.run(exerciseId, {
      kind: 'facilitator.inject',
      handle: async (ctx) => {
        const item = await ctx.schedule.pendingInject(injectId);
        if (!item) throw AppException.notFound(`A pending inject "${injectId}"`);
        await ctx.append([await change(ctx, item)]);
      },
    });
  }
}

/** Schedule changes are staff business: no player sees them (empty audience). */
function staffNote(ctx: LiveContext, actor: string) {
  return { offsetMs: ctx.offsetMs, wallTime: ctx.wallTime, actor, audience: [] };
}

function checkAdHoc(ctx: LiveContext, inject: AdHocInject): void {
  const { scenario } = ctx;
  if (!scenario.channels.some((c) => c.id === inject.channel))
    throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
      {
        path: 'channel',
        message: `The channel is not one of this scenario's: ${scenario.channels.map((c) => c.id).join(', ')}.`,
      },
    ]);
  const unknown =
    inject.audience === 'all'
      ? []
      : inject.audience.filter((r) => !scenario.roles.some((role) => role.id === r));
  if (unknown.length)
    throw new AppException(ErrorCode.ValidationFailed, 'The request is not valid', [
      {
        path: 'audience',
        message: `The audience has roles this scenario does not know: ${unknown.join(', ')}.`,
      },
    ]);
}
