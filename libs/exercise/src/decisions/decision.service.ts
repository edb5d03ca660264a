import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import type { ScenarioTrigger } from '@driehoek/scenario';
import { Firing } from '../engine/firing';
import type { DecisionInput } from './decision.input';
import type { LiveContext } from '../live/live-context';
import { LiveExercise } from '../live/live-exercise';
import { EventLog } from '../log/event-log';
import { RegulatoryClocks } from '../regulatory/regulatory-clocks.service';

/**
 * Records decisions, free-standing or answering a decision point, and makes scenarios branch:
 * the triggers on the chosen option schedule their injects, and the branch is logged.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly live: LiveExercise,
    private readonly log: EventLog,
    private readonly firing: Firing,
    private readonly regulatory: RegulatoryClocks,
  ) {}

  record(exerciseId: string, role: string, input: DecisionInput): Promise<{ seq: number }> {
    return this.live.run(exerciseId, {
      kind: 'player.write',
      handle: async (ctx) => {
        const { scenario } = ctx;
        let audience = [role];
        let branch: ScenarioTrigger[] = [];
        if (input.decisionPointId) {
          const dp = scenario.decisionPoints?.find((d) => d.id === input.decisionPointId);
          if (!dp) throw AppException.notFound(`Decision point "${input.decisionPointId}"`);
          if (dp.owner !== role)
            throw new AppException(ErrorCode.Forbidden, `Decision point "${dp.id}" belongs to ${dp.owner}.`);
          if (!dp.options.some((o) => o.id === input.optionId))
            throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [
              {
                path: 'optionId',
                message: `The option must be one of: ${dp.options.map((o) => o.id).join(', ')}.`,
              },
            ]);
          if (!(await this.log.hasDecisionEvent(exerciseId, 'decision.opened', dp.id, ctx.manager)))
            throw new AppException(ErrorCode.Conflict, `Decision point "${dp.id}" is not open yet.`);
          if (await this.log.hasDecisionEvent(exerciseId, 'decision.recorded', dp.id, ctx.manager))
            throw new AppException(ErrorCode.Conflict, `Decision point "${dp.id}" has been decided already.`);
          audience = [dp.owner, ...(dp.participants ?? [])];
          branch = (scenario.triggers ?? []).filter(
            (t) => 'decision' in t.when && t.when.decision === dp.id && t.when.option === input.optionId,
          );
        }
        const startsClocks = await this.clocksToStart(ctx, role, input);
        const [recorded] = await ctx.append([
          {
            type: 'decision.recorded',
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: `${input.decidedBy} (${role})`,
            audience,
            payload: { ...input, role },
          },
        ]);
        if (input.decisionPointId)
          await this.firing.fireTriggers(ctx, branch, ctx.offsetMs, {
            decisionPointId: input.decisionPointId,
            optionId: input.optionId,
          });
        if (startsClocks.length) {
          // Awareness is this decision: each clock's t0 is the moment it was recorded.
          const cause = { decisionSeq: recorded.seq, decidedBy: input.decidedBy, role };
          for (const clockId of startsClocks)
            await ctx.append([await this.regulatory.startEvent(ctx, clockId, ctx.offsetMs, cause)]);
          await this.firing.settleClocks(ctx);
        }
        // A branch without delay fires in this same transaction while the clock runs.
        if (ctx.status === 'running') await this.firing.fireDue(ctx);
        return { seq: recorded.seq };
      },
    });
  }

  /**
   * The clocks this decision starts: those the scenario starts on the chosen option, and those the
   * player names — only clocks its role may start (its own, or one without a role). Naming an
   * unknown, another role's or a running clock is an error; an option's clock that runs already is
   * left as it is.
   */
  private async clocksToStart(ctx: LiveContext, role: string, input: DecisionInput): Promise<string[]> {
    const { scenario } = ctx;
    const named = input.startsClocks ?? [];
    const byOption = (scenario.clocks ?? [])
      .filter(
        (c) =>
          !!input.decisionPointId &&
          c.startsOn?.decision === input.decisionPointId &&
          c.startsOn.option === input.optionId,
      )
      .map((c) => c.id);
    if (!named.length && !byOption.length) return [];
    const records = await this.regulatory.records(ctx.manager, ctx.exerciseId, scenario);
    named.forEach((clockId, i) => {
      const record = records.get(clockId);
      if (!record)
        throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [
          {
            path: `startsClocks[${i}]`,
            message: `"${clockId}" is not a clock of this scenario (${[...records.keys()].join(', ') || 'it has none'}).`,
          },
        ]);
      if (record.declaration.role && record.declaration.role !== role)
        throw new AppException(
          ErrorCode.Forbidden,
          `Clock "${clockId}" belongs to ${record.declaration.role}: only that role can start it.`,
        );
      if (record.startedAt)
        throw new AppException(ErrorCode.Conflict, `Clock "${clockId}" is running already.`);
    });
    return [...new Set([...named, ...byOption.filter((id) => !records.get(id)?.startedAt)])];
  }
}
