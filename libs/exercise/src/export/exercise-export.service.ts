import { Injectable } from '@nestjs/common';
import { formatLocal } from '@driehoek/clocks';
import { AppException, Clock, toCsv } from '@driehoek/core';
import { ImprovementPlan } from '@driehoek/improvement';
import { formatOffset } from '@driehoek/scenario';
import type { DecisionInput } from '../decisions/decision.input';
import { scenarioStartMs } from '../regulatory/scenario-start';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExerciseExport } from './exercise-export.document';
import { ExerciseExportRepository } from './exercise-export.repository';

const DECISION_COLUMNS = {
  nl: [
    'Seq',
    'Tijd',
    'Scenariotijd',
    'Rol',
    'Besloten door',
    'Besluitpunt',
    'Optie',
    'Beeld',
    'Oordeel',
    'Besluit',
    'Wettelijke grondslag',
  ],
  en: [
    'Seq',
    'Time',
    'Scenario time',
    'Role',
    'Decided by',
    'Decision point',
    'Option',
    'Beeld (picture)',
    'Oordeel (judgement)',
    'Besluit (decision)',
    'Legal basis',
  ],
} as const;

/** The whole exercise as one document, and its decisions as CSV. */
@Injectable()
export class ExerciseExports {
  constructor(
    private readonly repository: ExerciseExportRepository,
    private readonly clock: Clock,
    private readonly improvementPlan: ImprovementPlan,
  ) {}

  async export(exerciseId: string): Promise<ExerciseExport> {
    const record = await this.repository.read(exerciseId);
    if (!record) throw AppException.notFound('Exercise');
    const { exercise, version, events } = record;
    const last = events.at(-1);
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: this.clock.now().toISOString(),
      exercise: {
        id: exercise.id,
        title: exercise.title,
        organisationName: exercise.organisation?.name ?? '',
        status: exercise.status,
        speed: exercise.speed,
        createdAt: exercise.createdAt.toISOString(),
      },
      scenario: {
        id: version.scenario?.slug ?? version.content.id,
        version: version.version,
        owner: version.scenario?.organisationId ? 'organisation' : 'shipped',
        contentHash: version.contentHash,
        source: version.source,
        content: version.content,
      },
      log: {
        count: events.length,
        headHash: last?.hash ?? '0'.repeat(64),
        // Exactly the fields that were hashed (the exercise id is the document's), in log order.
        events: events.map((e) => ({
          seq: e.seq,
          type: e.type,
          offsetMs: e.offsetMs,
          wallTime: e.wallTime.toISOString(),
          actor: e.actor,
          audience: e.audience,
          payload: e.payload,
          previousHash: e.previousHash,
          hash: e.hash,
        })),
      },
      // The plan as it stands now: actions change after the exercise, the log does not.
      improvementActions: (await this.improvementPlan.linkedToExercise(exerciseId)) as unknown as Record<
        string,
        unknown
      >[],
    };
  }

  /** Every recorded decision, in log order: when, who, which point and option, BOB, legal basis. */
  async decisionsCsv(exerciseId: string, lang: 'nl' | 'en' = 'nl'): Promise<string> {
    const found = await this.repository.decisions(exerciseId);
    if (!found) throw AppException.notFound('Exercise');
    const scenario = found.version.content;
    const start = scenarioStartMs(scenario);
    const roles = new Map(scenario.roles.map((r) => [r.id, r.name]));
    const points = new Map((scenario.decisionPoints ?? []).map((p) => [p.id, p]));
    const rows = found.events.map((event) => {
      const d = event.payload as DecisionInput & { role: string };
      const point = d.decisionPointId ? points.get(d.decisionPointId) : undefined;
      return [
        event.seq,
        formatOffset(Math.floor(event.offsetMs / 1000)),
        formatLocal(new Date(start + event.offsetMs), scenario.timeZone),
        roles.get(d.role) ?? d.role,
        d.decidedBy,
        point?.question ?? d.decisionPointId ?? '',
        point?.options.find((o) => o.id === d.optionId)?.label ?? d.optionId ?? '',
        d.beeld,
        d.oordeel,
        d.besluit,
        (d.legalBasis ?? []).join('; '),
      ];
    });
    return toCsv(DECISION_COLUMNS[lang], rows);
  }
}
