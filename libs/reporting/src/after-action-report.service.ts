import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppException, verifyChain } from '@driehoek/core';
import { EventLog, ExerciseEntity, type ExerciseEventEntity } from '@driehoek/exercise';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource } from 'typeorm';
import { buildReport } from './build-report';
import {
  IMPROVEMENT_PLAN_APPENDIX,
  type ImprovementPlanAppendixProvider,
} from './model/improvement-appendix';
import type { LoggedEvent } from './model/logged-event';
import type { AfterActionReport } from './model/report';
import { renderHtml } from './render/html';
import type { ReportLanguage } from './render/labels';
import { renderMarkdown } from './render/markdown';
import { renderPdf } from './render/pdf';
import { reportDocument } from './render/report-document';

export const REPORT_FORMATS = ['json', 'md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

const LOG_BATCH = 1000;

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export function toLoggedEvent(row: ExerciseEventEntity): LoggedEvent {
  return {
    seq: row.seq,
    type: row.type,
    offsetMs: row.offsetMs,
    wallTime: row.wallTime.toISOString(),
    actor: row.actor,
    audience: row.audience,
    payload: row.payload,
  };
}

/** The after-action report of an exercise, read from its log in one snapshot (docs/reports.md). */
@Injectable()
export class AfterActionReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    @Optional()
    @Inject(IMPROVEMENT_PLAN_APPENDIX)
    private readonly improvementPlan?: ImprovementPlanAppendixProvider,
  ) {}

  async report(exerciseId: string): Promise<AfterActionReport> {
    const { exercise, rows } = await this.read(exerciseId);
    const { version, scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    // The chain is verified over exactly the rows the report is made of.
    const verdict = verifyChain(
      rows.map((e) => ({
        exerciseId: e.exerciseId,
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
    );
    const improvementPlan = this.improvementPlan
      ? await this.improvementPlan.forExercise({ id: exercise.id, organisationId: exercise.organisationId })
      : null;
    return buildReport({
      exercise: { id: exercise.id, title: exercise.title },
      scenario,
      scenarioVersion: version,
      events: rows.map(toLoggedEvent),
      verdict,
      improvementPlan,
    });
  }

  async render(exerciseId: string, format: ReportFormat, lang: ReportLanguage): Promise<RenderedReport> {
    const report = await this.report(exerciseId);
    const fileName = `evaluatieverslag-${exerciseId}.${format}`;
    const contentType = CONTENT_TYPES[format];
    if (format === 'json') return { contentType, fileName, body: serialiseReport(report) };
    // On paper the timeline folds an inject sent again and again into one row (docs/reports.md).
    const doc = reportDocument(report, lang, { foldRepeatedInjects: format === 'pdf' });
    if (format === 'md') return { contentType, fileName, body: renderMarkdown(doc) };
    if (format === 'html') return { contentType, fileName, body: renderHtml(doc) };
    return { contentType, fileName, body: await renderPdf(doc, report) };
  }

  /** The exercise and its whole log in one snapshot: an append in between cannot split the report. */
  private read(exerciseId: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const exercise = await manager.findOneBy(ExerciseEntity, { id: exerciseId });
      if (!exercise) throw AppException.notFound('Exercise');
      const rows: ExerciseEventEntity[] = [];
      for (let after = 0; ;) {
        const batch = await this.log.list(exerciseId, after, LOG_BATCH, manager);
        rows.push(...batch);
        if (batch.length < LOG_BATCH) break;
        after = batch[batch.length - 1].seq;
      }
      return { exercise, rows };
    });
  }
}

/** The JSON form: two-space indented, keys in the model's fixed order, one final newline. */
export function serialiseReport(report: AfterActionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
