import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ActionStatus } from './improvement-action';
import { ImprovementActionChangeEntity } from './improvement-action-change.entity';
import { ImprovementActionEntity } from './improvement-action.entity';
import { ImprovementRetestEntity } from './improvement-retest.entity';

type ActionRow = Omit<ImprovementActionEntity, 'id' | 'organisation'> & { id?: string };

/** The only place that touches the improvement plan's tables. */
@Injectable()
export class ImprovementRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertAction(row: ActionRow, manager: EntityManager): Promise<ImprovementActionEntity> {
    const entity = manager.create(ImprovementActionEntity, row);
    await manager.insert(ImprovementActionEntity, entity);
    return manager.findOneByOrFail(ImprovementActionEntity, { id: entity.id });
  }

  async updateAction(
    id: string,
    row: QueryDeepPartialEntity<ImprovementActionEntity>,
    manager: EntityManager,
  ): Promise<ImprovementActionEntity> {
    await manager.update(ImprovementActionEntity, { id }, row);
    return manager.findOneByOrFail(ImprovementActionEntity, { id });
  }

  async appendChange(
    entry: Omit<ImprovementActionChangeEntity, 'action'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.insert(
      ImprovementActionChangeEntity,
      entry as QueryDeepPartialEntity<ImprovementActionChangeEntity>,
    );
  }

  async insertRetest(row: Omit<ImprovementRetestEntity, 'action'>, manager: EntityManager): Promise<void> {
    await manager.insert(ImprovementRetestEntity, row);
  }

  async retestExists(
    key: Pick<ImprovementRetestEntity, 'actionId' | 'exerciseId' | 'objectiveId'>,
    manager: EntityManager,
  ): Promise<boolean> {
    return manager.getRepository(ImprovementRetestEntity).existsBy(key);
  }

  /** Another organisation's action is not found, exactly like one that does not exist. */
  find(
    organisationId: string,
    id: string,
    manager: EntityManager = this.manager,
  ): Promise<ImprovementActionEntity | null> {
    return manager.getRepository(ImprovementActionEntity).findOneBy({ id, organisationId });
  }

  /** The action under a row lock for the rest of the transaction: its history stays gapless. */
  lock(organisationId: string, id: string, manager: EntityManager): Promise<ImprovementActionEntity | null> {
    return manager
      .getRepository(ImprovementActionEntity)
      .findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Soonest due first (undated last), then oldest. */
  list(
    organisationId: string,
    statuses?: readonly ActionStatus[],
    manager: EntityManager = this.manager,
  ): Promise<ImprovementActionEntity[]> {
    const query = manager
      .getRepository(ImprovementActionEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :organisationId', { organisationId })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (statuses) query.andWhere('a.status IN (:...statuses)', { statuses: [...statuses] });
    return query.getMany();
  }

  history(actionId: string): Promise<ImprovementActionChangeEntity[]> {
    return this.manager
      .getRepository(ImprovementActionChangeEntity)
      .find({ where: { actionId }, order: { seq: 'ASC' } });
  }

  retestsOfActions(
    actionIds: string[],
    manager: EntityManager = this.manager,
  ): Promise<ImprovementRetestEntity[]> {
    if (!actionIds.length) return Promise.resolve([]);
    return manager
      .getRepository(ImprovementRetestEntity)
      .find({ where: { actionId: In(actionIds) }, order: { createdAt: 'ASC', objectiveId: 'ASC' } });
  }

  retestsInExercise(exerciseId: string): Promise<ImprovementRetestEntity[]> {
    return this.manager
      .getRepository(ImprovementRetestEntity)
      .find({ where: { exerciseId }, order: { createdAt: 'ASC', objectiveId: 'ASC' } });
  }

  /** Raised in the exercise, or re-tested by one of its objectives: oldest first. */
  linkedToExercise(exerciseId: string): Promise<ImprovementActionEntity[]> {
    return this.manager
      .getRepository(ImprovementActionEntity)
      .createQueryBuilder('a')
      .where('a.source_exercise_id = :exerciseId', { exerciseId })
      .orWhere('a.id IN (SELECT r.action_id FROM improvement_retest r WHERE r.exercise_id = :exerciseId)', {
        exerciseId,
      })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  findMany(ids: string[]): Promise<ImprovementActionEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.manager.getRepository(ImprovementActionEntity).findBy({ id: In(ids) });
  }

  /**
   * Whether the exercise or incident an action names is one of the organisation's. Read by table
   * name: the plan sits below both features, which read it (see the entity).
   */
  async sourceExists(
    organisationId: string,
    source: { table: 'exercise' | 'incident'; id: string },
    manager: EntityManager = this.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM "${source.table}" WHERE "id" = $1 AND "organisation_id" = $2`,
      [source.id, organisationId],
    );
    return rows.length > 0;
  }
}
