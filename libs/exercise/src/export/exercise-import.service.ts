import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import type { Principal } from '@driehoek/identity';
import { exportProblem, type ExerciseExport, type ExportedEvent } from './exercise-export.document';
import { ExerciseExportRepository } from './exercise-export.repository';
import type { ExerciseImportEntity } from './exercise-import.entity';

/** An import as lists show it: where it came from, what it holds, the head hash verified here. */
export interface ExerciseImportSummary {
  id: string;
  organisationId: string;
  importedAt: Date;
  importedBy: string | null;
  exportedAt: Date;
  exercise: { id: string; title: string; organisationName: string };
  scenario: { id: string; version: number };
  eventCount: number;
  headHash: string;
}

export type ExerciseImportDetail = ExerciseImportSummary &
  Omit<ExerciseExport, 'log' | 'format' | 'formatVersion' | 'exportedAt'>;

/**
 * Exercises exported by another installation, taken in read-only for review: only a document whose
 * chain verifies is stored, as the importing organisation's copy, and never changed afterwards.
 */
@Injectable()
export class ExerciseImports {
  constructor(private readonly repository: ExerciseExportRepository) {}

  async import(
    principal: Principal,
    organisationId: string,
    document: ExerciseExport,
  ): Promise<ExerciseImportSummary> {
    const problem = exportProblem(
      document,
      createHash('sha256').update(document.scenario.source).digest('hex'),
    );
    if (problem) {
      throw new AppException(
        ErrorCode.ValidationFailed,
        problem.seq !== undefined
          ? `The log does not verify from event seq ${problem.seq} on; nothing was imported`
          : 'The export does not verify; nothing was imported',
        [{ path: problem.path, message: problem.message, code: 'chain-broken' }],
        problem.seq !== undefined ? { brokenAtSeq: problem.seq } : undefined,
      );
    }
    const stored = await this.repository.insertImport({
      organisationId,
      importedBy: principal.userId,
      sourceExerciseId: document.exercise.id,
      title: document.exercise.title,
      sourceOrganisationName: document.exercise.organisationName,
      scenarioId: document.scenario.id,
      scenarioVersion: document.scenario.version,
      eventCount: document.log.count,
      headHash: document.log.headHash,
      exportedAt: new Date(document.exportedAt),
      document,
    });
    return summary(stored);
  }

  /** The imports of the caller's organisations (platform admins: every one), newest first. */
  async list(principal: Principal): Promise<ExerciseImportSummary[]> {
    const rows = await this.repository.listImports(
      principal.platformAdmin ? undefined : principal.memberships.map((m) => m.organisationId),
    );
    return rows.map(summary);
  }

  async get(principal: Principal, importId: string): Promise<ExerciseImportDetail> {
    const found = await this.repository.findImport(importId);
    if (!found || !readable(principal, found.summary)) throw AppException.notFound('Import');
    const { exercise, scenario, improvementActions } = found.document;
    return { ...summary(found.summary), exercise, scenario, improvementActions };
  }

  async events(
    principal: Principal,
    importId: string,
    afterSeq: number,
    limit: number,
  ): Promise<ExportedEvent[]> {
    const found = await this.repository.importSummary(importId);
    if (!found || !readable(principal, found)) throw AppException.notFound('Import');
    return this.repository.importedEvents(importId, afterSeq, limit);
  }
}

/** Members of the importing organisation read it; platform admins every one; others get 404. */
function readable(principal: Principal, row: Pick<ExerciseImportEntity, 'organisationId'>): boolean {
  return (
    principal.platformAdmin || principal.memberships.some((m) => m.organisationId === row.organisationId)
  );
}

function summary(row: ExerciseImportEntity): ExerciseImportSummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    importedAt: row.importedAt,
    importedBy: row.importedBy,
    exportedAt: row.exportedAt,
    exercise: { id: row.sourceExerciseId, title: row.title, organisationName: row.sourceOrganisationName },
    scenario: { id: row.scenarioId, version: row.scenarioVersion },
    eventCount: row.eventCount,
    headHash: row.headHash,
  };
}
