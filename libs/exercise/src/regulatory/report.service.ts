import { Injectable } from '@nestjs/common';
import { validateReport } from '@driehoek/clocks';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { InjectEngine } from '../engine/inject-engine';
import { lockLiveExercise } from '../exercise-lock';
import { EventLog } from '../log/event-log';
import { CLOCK_EVENTS, scenarioInstant, type ClockRecord } from './exercise-clocks';
import { RegulatoryClocks, scenarioStartMs } from './regulatory-clocks.service';

/** A player's report to an authority (NIS2 early warning, AVG notification …) in an exercise. */
export const ReportInput = z
  .object({
    clockId: z.string().min(1).max(80),
    stage: z.string().min(1).max(40),
    requestId: z.string().max(80).optional(),
    report: z.record(z.string(), z.unknown()).describe('The contents the stage requires; see docs/clocks.md'),
    submittedBy: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200)
      .describe('The name of the person, as typed'),
  })
  .strict();

export type ReportInput = z.infer<typeof ReportInput>;

/**
 * Submitting a report: checked against the contents its stage requires (more when late), logged,
 * and then the clock moves on — the stage is met or met late, the next stage may start, and clock
 * triggers fire.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly regulatory: RegulatoryClocks,
    private readonly engine: InjectEngine,
    private readonly clock: Clock,
  ) {}

  async submit(exerciseId: string, role: string, input: ReportInput) {
    const result = await this.dataSource.transaction(async (manager) => {
      const exercise = await lockLiveExercise(manager, exerciseId);
      const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
      const wallTime = this.clock.now();
      const offsetMs = await this.log.offsetAt(exerciseId, wallTime.getTime(), manager);

      const clocks = await this.regulatory.views(manager, exerciseId, scenario, offsetMs);
      const found = clocks.find((c) => c.record.declaration.id === input.clockId);
      if (!found) throw AppException.notFound(`Clock "${input.clockId}"`);
      const { declaration } = found.record;
      if (declaration.role && declaration.role !== role)
        throw new AppException(ErrorCode.Forbidden, `Reports on this clock are for ${declaration.role}`);
      if (!found.record.startedAt)
        throw new AppException(
          ErrorCode.Conflict,
          `Clock "${input.clockId}" has not started: nobody is aware yet`,
        );
      const stage = found.view.stages.find((s) => s.stage === input.stage && s.requestId === input.requestId);
      if (!stage)
        throw invalid(
          'stage',
          `must be one of: ${[...new Set(found.view.stages.map((s) => s.stage))].join(', ')}`,
        );
      if (stage.submittedAt)
        throw new AppException(ErrorCode.Conflict, 'This report has been submitted already');
      if (stage.notRequired) throw new AppException(ErrorCode.Conflict, `Not required: ${stage.notRequired}`);
      if (!stage.startedAt)
        throw new AppException(ErrorCode.Conflict, `This report waits for ${stage.waitingFor}`);

      const now = scenarioInstant(scenarioStartMs(scenario), offsetMs);
      const late = !!stage.operationalDue && now > stage.operationalDue;
      const checked = validateReport(declaration.regime, input.stage, input.report, { late });
      if (!checked.ok)
        throw new AppException(
          ErrorCode.ValidationFailed,
          'The report is not complete',
          checked.errors.map((e) => ({ path: e.path ? `report.${e.path}` : 'report', message: e.message })),
        );
      const [logged] = await this.log.append(manager, exerciseId, [
        {
          type: CLOCK_EVENTS.report,
          offsetMs,
          wallTime,
          actor: `${input.submittedBy} (${role})`,
          audience: ['*'],
          payload: {
            clockId: declaration.id,
            regime: declaration.regime,
            stage: input.stage,
            ...(input.requestId && { requestId: input.requestId }),
            report: checked.value,
            submittedBy: input.submittedBy,
            role,
            late,
            operationalDue: stage.operationalDue?.toISOString() ?? null,
            legalLatest: stage.legalLatest?.toISOString() ?? null,
          },
        },
      ]);
      await this.engine.afterClockFacts(manager, exerciseId, scenario, offsetMs, wallTime);
      return { seq: logged.seq, late };
    });
    await this.engine.rearm(exerciseId);
    return result;
  }

  /** The facilitator, as CSIRT or authority, asks for an intermediate report due after `dueAfterMs`. */
  async request(exerciseId: string, actor: string, clockId: string, dueAfterMs: number) {
    return this.recordFact(exerciseId, actor, clockId, (record, offsetMs) => {
      if (record.declaration.regime !== 'nis2' && record.declaration.regime !== 'nis2-trust-service')
        throw invalid('clockId', 'intermediate reports exist only on NIS2 clocks');
      return {
        type: CLOCK_EVENTS.requested,
        payload: { requestId: `r${record.requests.length + 1}`, dueOffsetMs: offsetMs + dueAfterMs },
      };
    });
  }

  /** Facts only the outside world decides: the council meeting that must ratify, handling closed. */
  async setFacts(exerciseId: string, actor: string, clockId: string, facts: ClockFactsInput) {
    return this.recordFact(exerciseId, actor, clockId, (record) => {
      const { regime } = record.declaration;
      if (facts.councilMeetingOffsetMs !== undefined && regime !== 'noodverordening')
        throw invalid('councilMeetingAt', 'only a noodverordening is ratified by the council');
      if (facts.handlingClosed && regime !== 'nis2' && regime !== 'nis2-trust-service')
        throw invalid('handlingClosed', 'only NIS2 counts a final report from the closing of handling');
      if (facts.handlingClosed && record.handlingClosedAt)
        throw new AppException(ErrorCode.Conflict, 'Handling has been closed already');
      return { type: CLOCK_EVENTS.facts, payload: { ...facts } };
    });
  }

  private async recordFact(
    exerciseId: string,
    actor: string,
    clockId: string,
    fact: (record: ClockRecord, offsetMs: number) => { type: string; payload: Record<string, unknown> },
  ) {
    await this.dataSource.transaction(async (manager) => {
      const exercise = await lockLiveExercise(manager, exerciseId);
      const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
      const wallTime = this.clock.now();
      const offsetMs = await this.log.offsetAt(exerciseId, wallTime.getTime(), manager);
      const record = (await this.regulatory.records(manager, exerciseId, scenario)).get(clockId);
      if (!record) throw AppException.notFound(`Clock "${clockId}"`);
      if (!record.startedAt)
        throw new AppException(ErrorCode.Conflict, `Clock "${clockId}" has not started: nobody is aware yet`);
      const { type, payload } = fact(record, offsetMs);
      await this.log.append(manager, exerciseId, [
        { type, offsetMs, wallTime, actor, audience: ['*'], payload: { clockId, ...payload } },
      ]);
      await this.engine.afterClockFacts(manager, exerciseId, scenario, offsetMs, wallTime);
    });
    await this.engine.rearm(exerciseId);
    return (await this.regulatory.current(exerciseId)).clocks.find((c) => c.id === clockId)!;
  }
}

/** What the facilitator, playing the outside world, records on a clock. */
export type ClockFactsInput = { councilMeetingOffsetMs?: number; handlingClosed?: true };

function invalid(path: string, message: string): AppException {
  return new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [{ path, message }]);
}
