import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppException } from '@driehoek/core';
import { EventLog, ExerciseEntity, type ExerciseEventEntity } from '@driehoek/exercise';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { DataSource } from 'typeorm';
import {
  IMPROVEMENT_PLAN_APPENDIX,
  type ImprovementPlanAppendixProvider,
} from './model/improvement-appendix';
import type { ReportLanguage } from './render/labels';
import type { ReportFormat, ReportSource, StoredLogEvent } from './render-report';
import { ReportRenderer } from './worker/report-renderer.service';

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

/** A stored row as it was hashed: every field but the hashes is the chain's body. */
export function toStoredLogEvent(row: ExerciseEventEntity): StoredLogEvent {
  return {
    exerciseId: row.exerciseId,
    seq: row.seq,
    type: row.type,
    offsetMs: row.offsetMs,
    wallTime: row.wallTime.toISOString(),
    actor: row.actor,
    audience: row.audience,
    payload: row.payload,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

/**
 * The after-action report of an exercise, read from its log in one snapshot (docs/reports.md).
 * Reading is the only part on the event loop: the chain's verification, the model and the
 * rendering run on a render thread (`ReportRenderer`).
 */
@Injectable()
export class AfterActionReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
    private readonly library: ScenarioLibraryService,
    private readonly renderer: ReportRenderer,
    @Optional()
    @Inject(IMPROVEMENT_PLAN_APPENDIX)
    private readonly improvementPlan?: ImprovementPlanAppendixProvider,
  ) {}

  async render(exerciseId: string, format: ReportFormat, lang: ReportLanguage): Promise<RenderedReport> {
    const source = await this.source(exerciseId);
    return {
      contentType: CONTENT_TYPES[format],
      fileName: `evaluatieverslag-${exerciseId}.${format}`,
      body: await this.renderer.report(source, format, lang),
    };
  }

  /** What the report is made of, as plain data for `renderReport` (on a thread, or in-process). */
  async source(exerciseId: string): Promise<ReportSource> {
    const { exercise, events } = await this.read(exerciseId);
    const { version, scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    const improvementPlan = this.improvementPlan
      ? await this.improvementPlan.forExercise({ id: exercise.id, organisationId: exercise.organisationId })
      : null;
    return {
      exercise: { id: exercise.id, title: exercise.title },
      scenario,
      scenarioVersion: version,
      events,
      improvementPlan,
    };
  }

  /**
   * The exercise and its whole log in one snapshot: an append in between cannot split the report.
   * The log becomes JSON a batch at a time, between the reads, so no one step holds the event loop.
   */
  private read(exerciseId: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const exercise = await manager.findOneBy(ExerciseEntity, { id: exerciseId });
      if (!exercise) throw AppException.notFound('Exercise');
      const batches: string[] = [];
      for (let after = 0; ;) {
        const batch = await this.log.list(exerciseId, after, LOG_BATCH, manager);
        if (batch.length) batches.push(JSON.stringify(batch.map(toStoredLogEvent)).slice(1, -1));
        if (batch.length < LOG_BATCH) break;
        after = batch[batch.length - 1].seq;
      }
      return { exercise, events: `[${batches.join(',')}]` };
    });
  }
}
