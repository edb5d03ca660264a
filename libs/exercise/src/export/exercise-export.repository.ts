import { Injectable } from '@nestjs/common';
import { ScenarioVersionEntity } from '@driehoek/scenario';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ExerciseEntity } from '../exercise.entity';
import { EventLog } from '../log/event-log';
import { ExerciseEventEntity } from '../log/exercise-event.entity';
import type { ExerciseExport, ExportedEvent } from './exercise-export.document';
import { ExerciseImportEntity } from './exercise-import.entity';

const LOG_BATCH = 1000;

/** Every column but the document. */
const SUMMARY = {
  id: true,
  organisationId: true,
  importedBy: true,
  importedAt: true,
  sourceExerciseId: true,
  title: true,
  sourceOrganisationName: true,
  scenarioId: true,
  scenarioVersion: true,
  eventCount: true,
  headHash: true,
  exportedAt: true,
} as const;

/** What an export reads: the exercise with its organisation, its scenario version, the whole log. */
export interface ExerciseRecord {
  exercise: ExerciseEntity;
  version: ScenarioVersionEntity;
  events: ExerciseEventEntity[];
}

/** The only door to the database for exports and imports. */
@Injectable()
export class ExerciseExportRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: EventLog,
  ) {}

  /** One REPEATABLE READ snapshot: an event appended meanwhile is in neither the log nor the count. */
  read(exerciseId: string): Promise<ExerciseRecord | undefined> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const exercise = await manager.findOne(ExerciseEntity, {
        where: { id: exerciseId },
        relations: { organisation: true },
      });
      if (!exercise) return undefined;
      const version = await manager.findOneOrFail(ScenarioVersionEntity, {
        where: { id: exercise.scenarioVersionId },
        relations: { scenario: true },
      });
      return { exercise, version, events: await this.allEvents(exerciseId, manager) };
    });
  }

  /** The log's decisions, in order, with the scenario version they answer. */
  async decisions(
    exerciseId: string,
  ): Promise<{ events: ExerciseEventEntity[]; version: ScenarioVersionEntity } | undefined> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const exercise = await manager.findOneBy(ExerciseEntity, { id: exerciseId });
      if (!exercise) return undefined;
      const version = await manager.findOneByOrFail(ScenarioVersionEntity, {
        id: exercise.scenarioVersionId,
      });
      const events = await manager.find(ExerciseEventEntity, {
        where: { exerciseId, type: 'decision.recorded' },
        order: { seq: 'ASC' },
      });
      return { events, version };
    });
  }

  insertImport(
    row: Omit<ExerciseImportEntity, 'id' | 'importedAt' | 'organisation'>,
  ): Promise<ExerciseImportEntity> {
    const repository = this.dataSource.getRepository(ExerciseImportEntity);
    return repository.save(repository.create(row));
  }

  /** Summaries without the document, newest first; `organisationIds` undefined means every one. */
  listImports(organisationIds: string[] | undefined): Promise<ExerciseImportEntity[]> {
    return this.dataSource.getRepository(ExerciseImportEntity).find({
      select: SUMMARY,
      where: organisationIds ? { organisationId: In(organisationIds) } : {},
      order: { importedAt: 'DESC', id: 'ASC' },
    });
  }

  /** An import and its document without the log, which can be large: that is read page by page. */
  async findImport(
    importId: string,
  ): Promise<{ summary: ExerciseImportEntity; document: Omit<ExerciseExport, 'log'> } | undefined> {
    const summary = await this.dataSource
      .getRepository(ExerciseImportEntity)
      .findOne({ where: { id: importId }, select: SUMMARY });
    if (!summary) return undefined;
    const [{ document }]: { document: Omit<ExerciseExport, 'log'> }[] = await this.dataSource.query(
      `SELECT document - 'log' AS document FROM exercise_import WHERE id = $1`,
      [importId],
    );
    return { summary, document };
  }

  /** An import's summary, for the access check before its log is read. */
  async importSummary(importId: string): Promise<ExerciseImportEntity | undefined> {
    return (
      (await this.dataSource
        .getRepository(ExerciseImportEntity)
        .findOne({ where: { id: importId }, select: SUMMARY })) ?? undefined
    );
  }

  /** A page of the imported log, in sequence order, read inside the database. */
  async importedEvents(importId: string, afterSeq: number, limit: number): Promise<ExportedEvent[]> {
    const rows: { event: ExportedEvent }[] = await this.dataSource.query(
      `SELECT e.value AS event
         FROM exercise_import i, jsonb_array_elements(i.document->'log'->'events') WITH ORDINALITY AS e(value, n)
        WHERE i.id = $1 AND (e.value->>'seq')::bigint > $2
        ORDER BY e.n LIMIT $3`,
      [importId, afterSeq, limit],
    );
    return rows.map((r) => r.event);
  }

  private async allEvents(exerciseId: string, manager: EntityManager): Promise<ExerciseEventEntity[]> {
    const events: ExerciseEventEntity[] = [];
    for (let after = 0; ;) {
      const batch = await this.log.list(exerciseId, after, LOG_BATCH, manager);
      events.push(...batch);
      if (batch.length < LOG_BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    return events;
  }
}
