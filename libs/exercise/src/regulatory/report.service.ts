import { Injectable } from '@nestjs/common';
import { validateReport } from '@driehoek/clocks';
import { AppException, ErrorCode } from '@driehoek/core';
import { clockAudience } from '@driehoek/scenario';
import { Firing } from '../engine/firing';
import type { ReportInput } from './report.input';
import { LiveExercise } from '../live/live-exercise';
import type { NewEvent } from '../log/event-log';
import { CLOCK_EVENTS, type ClockRecord } from './exercise-clocks';
import { RegulatoryClocks } from './regulatory-clocks.service';

/**
 * Submitting a report: checked against the contents its stage requires (more when late), logged,
 * and then the clock moves on — the stage is met or met late, the next stage may start, and clock
 * triggers fire. Reports reach the clock's audience only.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly live: LiveExercise,
    private readonly regulatory: RegulatoryClocks,
    private readonly firing: Firing,
  ) {}

  submit(exerciseId: string, role: string, input: ReportInput): Promise<{ seq: number; late: boolean }> {
    return this.live.run(exerciseId, {
      kind: 'player.write',
      handle: async (ctx) => {
        const clocks = await this.regulatory.views(ctx.manager, exerciseId, ctx.scenario, ctx.offsetMs);
        const found = clocks.find((c) => c.record.declaration.id === input.clockId);
        if (!found) throw AppException.notFound(`Clock "${input.clockId}"`);
        const { declaration } = found.record;
        if (declaration.role && declaration.role !== role)
          throw new AppException(
            ErrorCode.Forbidden,
            `Reports on clock "${declaration.id}" are for ${declaration.role}.`,
          );
        if (!found.record.startedAt)
          throw new AppException(
            ErrorCode.Conflict,
            `Clock "${input.clockId}" has not started: nobody is aware yet.`,
          );
        const stage = found.view.stages.find(
          (s) => s.stage === input.stage && s.requestId === input.requestId,
        );
        if (!stage)
          throw invalid(
            'stage',
            `The stage must be one of: ${[...new Set(found.view.stages.map((s) => s.stage))].join(', ')}.`,
          );
        if (stage.submittedAt)
          throw new AppException(ErrorCode.Conflict, 'This report has been submitted already.');
        if (stage.notRequired)
          throw new AppException(ErrorCode.Conflict, `Not required: ${stage.notRequired}`);
        if (!stage.startedAt)
          throw new AppException(ErrorCode.Conflict, `This report waits for ${stage.waitingFor}.`);

        const now = ctx.scenarioInstant(ctx.offsetMs);
        const late = !!stage.operationalDue && now > stage.operationalDue;
        const checked = validateReport(declaration.regime, input.stage, input.report, { late });
        if (!checked.ok)
          throw new AppException(
            ErrorCode.ValidationFailed,
            'The report is not complete',
            checked.errors.map((e) => ({ path: e.path ? `report.${e.path}` : 'report', message: e.message })),
          );
        const [logged] = await ctx.append([
          {
            type: CLOCK_EVENTS.report,
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor: `${input.submittedBy} (${role})`,
            audience: clockAudience(ctx.scenario, declaration),
            payload: {
              clockId: declaration.id,
              regime: declaration.regime,
              stage: input.stage,
              ...(input.requestId && { requestId: input.requestId }),
              report: checked.value as Record<string, unknown>,
              submittedBy: input.submittedBy,
              role,
              late,
              operationalDue: stage.operationalDue?.toISOString() ?? null,
              legalLatest: stage.legalLatest?.toISOString() ?? null,
            },
          },
        ]);
        await this.firing.settleClocks(ctx);
        if (ctx.status === 'running') await this.firing.fireDue(ctx);
        return { seq: logged.seq, late };
      },
    });
  }

  /** The facilitator, as CSIRT or authority, asks for an intermediate report due after `dueAfterMs`. */
  async request(exerciseId: string, actor: string, clockId: string, dueAfterMs: number) {
    return this.recordFact(exerciseId, actor, clockId, (record, offsetMs) => {
      if (record.declaration.regime !== 'nis2' && record.declaration.regime !== 'nis2-trust-service')
        throw invalid('clockId', 'Intermediate reports exist only on NIS2 clocks.');
      return {
        type: 'report.requested' as const,
        payload: { requestId: `r${record.requests.length + 1}`, dueOffsetMs: offsetMs + dueAfterMs },
      };
    });
  }

  /** Facts only the outside world decides: the council meeting that must ratify, handling closed. */
  async setFacts(exerciseId: string, actor: string, clockId: string, facts: ClockFactsInput) {
    return this.recordFact(exerciseId, actor, clockId, (record) => {
      const { regime } = record.declaration;
      if (facts.councilMeetingOffsetMs !== undefined && regime !== 'noodverordening')
        throw invalid('councilMeetingAt', 'Only a noodverordening is ratified by the council.');
      if (facts.handlingClosed && regime !== 'nis2' && regime !== 'nis2-trust-service')
        throw invalid('handlingClosed', 'Only NIS2 counts a final report from the closing of handling.');
      if (facts.handlingClosed && record.handlingClosedAt)
        throw new AppException(ErrorCode.Conflict, 'Handling has been closed already.');
      return { type: 'regulatory-clock.facts' as const, payload: { ...facts } };
    });
  }

  private async recordFact(
    exerciseId: string,
    actor: string,
    clockId: string,
    fact: (
      record: ClockRecord,
      offsetMs: number,
    ) =>
      | { type: 'report.requested'; payload: { requestId: string; dueOffsetMs: number } }
      | { type: 'regulatory-clock.facts'; payload: ClockFactsInput },
  ) {
    await this.live.run(exerciseId, {
      kind: 'facilitator.clock-fact',
      handle: async (ctx) => {
        const record = (await this.regulatory.records(ctx.manager, exerciseId, ctx.scenario)).get(clockId);
        if (!record) throw AppException.notFound(`Clock "${clockId}"`);
        if (!record.startedAt)
          throw new AppException(
            ErrorCode.Conflict,
            `Clock "${clockId}" has not started: nobody is aware yet.`,
          );
        const { type, payload } = fact(record, ctx.offsetMs);
        await ctx.append([
          {
            type,
            offsetMs: ctx.offsetMs,
            wallTime: ctx.wallTime,
            actor,
            audience: clockAudience(ctx.scenario, record.declaration),
            payload: { clockId, ...payload },
          } as NewEvent,
        ]);
        await this.firing.settleClocks(ctx);
        if (ctx.status === 'running') await this.firing.fireDue(ctx);
      },
    });
    return (await this.regulatory.current(exerciseId)).clocks.find((c) => c.id === clockId)!;
  }
}

/** What the facilitator, playing the outside world, records on a clock. */
export type ClockFactsInput = { councilMeetingOffsetMs?: number; handlingClosed?: true };

function invalid(path: string, message: string): AppException {
  return new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [{ path, message }]);
}
