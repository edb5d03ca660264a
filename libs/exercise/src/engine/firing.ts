import { Injectable } from '@nestjs/common';
import { decisionDueOffsetMs, offsetToSeconds, type ScenarioTrigger } from '@driehoek/scenario';
import type { LiveContext } from '../live/live-context';
import type { NewEvent } from '../log/event-log';
import { EventLog } from '../log/event-log';
import { RegulatoryClocks } from '../regulatory/regulatory-clocks.service';
import { decisionOpened, decisionOverdue, injectDelivered, triggerFired } from './engine-events';
import { timelinePlan } from './timeline-plan';
import type { ScheduledItemEntity } from './scheduled-item.entity';

/** Rounds of firing what firing made due; scenario validation already refuses trigger cycles. */
const MAX_CASCADE = 20;

/**
 * What happens when scheduled items come due, inside a LiveExercise command. Every item fires
 * exactly once (the claim moves it pending → fired in the same transaction as its events), and
 * whatever it records carries its due offset — a late wake-up or a jump over it changes when the
 * engine gets to it, never the declared moment.
 */
@Injectable()
export class Firing {
  constructor(
    private readonly log: EventLog,
    private readonly regulatory: RegulatoryClocks,
  ) {}

  /** The scenario's main timeline, put in the schedule when the exercise starts. */
  planTimeline(ctx: LiveContext): Promise<void> {
    return ctx.schedule.insert(timelinePlan(ctx.scenario));
  }

  /** Fires every pending item that is due, and what that makes due, until nothing is. */
  async fireDue(ctx: LiveContext): Promise<number> {
    let fired = 0;
    for (let round = 0; round < MAX_CASCADE; round++) {
      const due = await ctx.schedule.due();
      if (!due.length) break;
      for (const item of due) await this.fire(ctx, item);
      fired += due.length;
    }
    return fired;
  }

  /** Fires one item now: claimed, logged, and marked with the sequence number of its first event. */
  async fire(ctx: LiveContext, item: ScheduledItemEntity): Promise<void> {
    if (!(await ctx.schedule.claim(item))) return;
    const { scenario } = ctx;
    switch (item.kind) {
      case 'clock-start': {
        const start = await this.regulatory.startEvent(ctx, item.refId, item.dueOffsetMs, { declared: true });
        const [logged] = await ctx.append([start]);
        await ctx.schedule.markFired(item, logged.seq);
        return this.settleClocks(ctx);
      }
      case 'clock-check':
        return this.settleClocks(ctx);
      case 'inject': {
        const inject = scenario.injects.find((i) => i.id === item.refId);
        if (!inject) return;
        const [logged] = await ctx.append([
          injectDelivered(inject, scenario, item, ctx.offsetMs, ctx.wallTime),
        ]);
        await ctx.schedule.markFired(item, logged.seq);
        for (const dp of scenario.decisionPoints ?? [])
          if (dp.raisedBy === inject.id) await this.openDecision(ctx, dp.id, item.dueOffsetMs);
        return;
      }
      case 'decision-open': {
        const seq = await this.openDecision(ctx, item.refId, item.dueOffsetMs);
        if (seq !== undefined) await ctx.schedule.markFired(item, seq);
        return;
      }
      case 'decision-due': {
        if (await this.log.hasDecisionEvent(ctx.exerciseId, 'decision.recorded', item.refId, ctx.manager))
          return;
        const [logged] = await ctx.append([
          decisionOverdue(item.refId, scenario, item.dueOffsetMs, ctx.offsetMs, ctx.wallTime),
        ]);
        await ctx.schedule.markFired(item, logged.seq);
        const triggers = (scenario.triggers ?? []).filter(
          (t) => 'overdue' in t.when && t.when.overdue === item.refId,
        );
        // The branch runs from the deadline, not from when the engine got to it.
        await this.fireTriggers(ctx, triggers, item.dueOffsetMs, {
          decisionPointId: item.refId,
          overdue: true,
        });
        return;
      }
    }
  }

  /**
   * Puts a decision point (once): the question to its owner and participants, and its deadline on
   * the schedule — never before it is open, so a point cannot go overdue before it is put.
   */
  async openDecision(
    ctx: LiveContext,
    decisionPointId: string,
    openedAtMs: number,
  ): Promise<number | undefined> {
    if (await this.log.hasDecisionEvent(ctx.exerciseId, 'decision.opened', decisionPointId, ctx.manager))
      return undefined;
    const dp = ctx.scenario.decisionPoints?.find((d) => d.id === decisionPointId);
    if (!dp) return undefined;
    const due = decisionDueOffsetMs(dp, openedAtMs);
    const dueOffsetMs = due === undefined ? null : Math.max(due, openedAtMs);
    const [logged] = await ctx.append([
      decisionOpened(dp.id, ctx.scenario, openedAtMs, dueOffsetMs, ctx.offsetMs, ctx.wallTime),
    ]);
    if (dueOffsetMs !== null)
      await ctx.schedule.insert([
        {
          kind: 'decision-due',
          refId: dp.id,
          occurrence: await ctx.schedule.nextOccurrence('decision-due', dp.id),
          dueOffsetMs,
          cause: { decisionOpened: logged.seq },
        },
      ]);
    return logged.seq;
  }

  /**
   * After a regulatory clock fact (a start, a report, the passing of time): log the status changes,
   * move the one clock check, and fire the clock triggers those changes set off.
   */
  async settleClocks(ctx: LiveContext): Promise<void> {
    const changes = await this.regulatory.changes(ctx);
    await ctx.append(changes.events);
    await ctx.schedule.setClockCheck(changes.checkAtOffsetMs);
    for (const { trigger, because } of changes.triggers)
      await this.fireTriggers(ctx, [trigger], ctx.offsetMs, because);
  }

  /**
   * A branch: schedules what the triggers name at `after` past `fromOffsetMs`, and logs for staff
   * that the branch was taken.
   */
  async fireTriggers(
    ctx: LiveContext,
    triggers: readonly ScenarioTrigger[],
    fromOffsetMs: number,
    because: Record<string, unknown>,
  ): Promise<void> {
    const events: NewEvent[] = [];
    for (const trigger of triggers) {
      const scheduled: { injectId: string; occurrence: number; dueOffsetMs: number }[] = [];
      for (const entry of trigger.schedule) {
        const occurrence = await ctx.schedule.nextOccurrence('inject', entry.inject);
        const dueOffsetMs =
          Math.floor(fromOffsetMs) + (entry.after ? (offsetToSeconds(entry.after) ?? 0) * 1000 : 0);
        await ctx.schedule.insert([
          { kind: 'inject', refId: entry.inject, occurrence, dueOffsetMs, cause: { trigger: trigger.id } },
        ]);
        scheduled.push({ injectId: entry.inject, occurrence, dueOffsetMs });
      }
      events.push(triggerFired(trigger.id, because, scheduled, ctx.offsetMs, ctx.wallTime));
    }
    await ctx.append(events);
  }
}
