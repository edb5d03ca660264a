import { Injectable } from '@nestjs/common';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { ScenarioLibraryService, type Scenario } from '@driehoek/scenario';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { InjectEngine } from '../engine/inject-engine';
import { lockLiveExercise } from '../exercise-lock';
import { EventLog, type NewEvent } from '../log/event-log';
import { RegulatoryClocks } from '../regulatory/regulatory-clocks.service';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A decision in BOB form: beeld (picture), oordeel (judgement), besluit (decision). */
export const DecisionInput = z
  .object({
    decisionPointId: z.string().max(80).optional(),
    optionId: z.string().max(80).optional(),
    beeld: text(10_000),
    oordeel: text(10_000),
    besluit: text(10_000),
    rationale: z.string().max(10_000).optional(),
    legalBasis: z.array(text(200)).max(20).optional(),
    decidedBy: text(200).describe('The name of the person deciding, as typed'),
    actions: z
      .array(z.object({ description: text(2000), owner: text(200) }).strict())
      .max(50)
      .optional(),
    startsClocks: z
      .array(z.string().min(1).max(80))
      .max(10)
      .optional()
      .describe('Regulatory clocks this decision records awareness for (e.g. NIS2): they start now'),
  })
  .strict()
  .refine((d) => Boolean(d.decisionPointId) === Boolean(d.optionId), {
    path: ['optionId'],
    message: 'answering a decision point takes both decisionPointId and optionId',
  });

export type DecisionInput = z.infer<typeof DecisionInput>;

/**
 * Records decisions, free-standing or answering a decision point, and makes scenarios branch:
 * the triggers on the chosen option schedule their injects, and the branch is logged.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly engine: InjectEngine,
    private readonly regulatory: RegulatoryClocks,
    private readonly clock: Clock,
  ) {}

  async record(exerciseId: string, role: string, input: DecisionInput): Promise<{ seq: number }> {
    const seq = await this.dataSource.transaction(async (manager) => {
      const exercise = await lockLiveExercise(manager, exerciseId);
      const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
      const wallTime = this.clock.now();
      const offsetMs = await this.log.offsetAt(exerciseId, wallTime.getTime(), manager);
      let audience = [role];
      let branch: NewEvent[] = [];
      if (input.decisionPointId) {
        const dp = scenario.decisionPoints?.find((d) => d.id === input.decisionPointId);
        if (!dp) throw AppException.notFound(`Decision point "${input.decisionPointId}"`);
        if (dp.owner !== role)
          throw new AppException(ErrorCode.Forbidden, `This decision belongs to ${dp.owner}`);
        if (!dp.options.some((o) => o.id === input.optionId)) {
          throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [
            { path: 'optionId', message: `must be one of: ${dp.options.map((o) => o.id).join(', ')}` },
          ]);
        }
        if (!(await this.log.hasDecisionEvent(exerciseId, 'decision.opened', dp.id, manager))) {
          throw new AppException(ErrorCode.Conflict, 'This decision point is not open yet');
        }
        if (await this.log.hasDecisionEvent(exerciseId, 'decision.recorded', dp.id, manager)) {
          throw new AppException(ErrorCode.Conflict, 'This decision point has been decided already');
        }
        audience = [dp.owner, ...(dp.participants ?? [])];
        const triggers = (scenario.triggers ?? []).filter(
          (t) => 'decision' in t.when && t.when.decision === dp.id && t.when.option === input.optionId,
        );
        branch = await this.engine.fireTriggers(manager, exerciseId, triggers, offsetMs, wallTime, {
          decisionPointId: dp.id,
          optionId: input.optionId,
        });
      }
      const events: NewEvent[] = [
        {
          type: 'decision.recorded',
          offsetMs,
          wallTime,
          actor: `${input.decidedBy} (${role})`,
          audience,
          payload: { ...input, role },
        },
        ...branch,
      ];
      const startsClocks = await this.clocksToStart(manager, exerciseId, scenario, input);
      const [recorded] = await this.log.append(manager, exerciseId, events);
      if (startsClocks.length) {
        // Awareness is this decision: each clock's t0 is the moment it was recorded.
        const cause = { decisionSeq: recorded.seq, decidedBy: input.decidedBy, role };
        for (const clockId of startsClocks)
          await this.regulatory.start(manager, exerciseId, scenario, clockId, offsetMs, wallTime, cause);
        await this.engine.afterClockFacts(manager, exerciseId, scenario, offsetMs, wallTime);
      }
      return recorded.seq;
    });
    await this.engine.rearm(exerciseId);
    return { seq };
  }

  /**
   * The clocks this decision starts: those the scenario starts on the chosen option, and those the
   * player names. Naming an unknown or running clock is an error; an option's clock that runs
   * already is left as it is.
   */
  private async clocksToStart(
    manager: EntityManager,
    exerciseId: string,
    scenario: Scenario,
    input: DecisionInput,
  ): Promise<string[]> {
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
    const records = await this.regulatory.records(manager, exerciseId, scenario);
    named.forEach((clockId, i) => {
      const record = records.get(clockId);
      if (!record)
        throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [
          {
            path: `startsClocks[${i}]`,
            message: `is not a clock of this scenario (${[...records.keys()].join(', ') || 'it has none'})`,
          },
        ]);
      if (record.startedAt)
        throw new AppException(ErrorCode.Conflict, `Clock "${clockId}" is running already`);
    });
    return [...new Set([...named, ...byOption.filter((id) => !records.get(id)?.startedAt)])];
  }
}
