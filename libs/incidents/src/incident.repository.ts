import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { IncidentStatus } from './incident-regimes';
import { IncidentEntity } from './incident.entity';

/** The only place that touches incident rows; their logs are IncidentLog's. */
@Injectable()
export class IncidentRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async create(
    incident: Pick<IncidentEntity, 'organisationId' | 'title' | 'description' | 'regimes' | 'createdBy'>,
    manager: EntityManager,
  ): Promise<IncidentEntity> {
    const entity = manager.create(IncidentEntity, { ...incident, status: 'open' });
    await manager.insert(IncidentEntity, entity);
    return manager.findOneByOrFail(IncidentEntity, { id: entity.id });
  }

  /** Another organisation's incident is not found, exactly like one that does not exist. */
  find(organisationId: string, id: string): Promise<IncidentEntity | null> {
    return this.dataSource.getRepository(IncidentEntity).findOneBy({ id, organisationId });
  }

  /** The incident under a row lock for the rest of the transaction: one writer at a time per log. */
  lock(organisationId: string, id: string, manager: EntityManager): Promise<IncidentEntity | null> {
    return manager
      .getRepository(IncidentEntity)
      .findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first. */
  list(organisationId: string): Promise<IncidentEntity[]> {
    return this.dataSource
      .getRepository(IncidentEntity)
      .find({ where: { organisationId }, order: { createdAt: 'DESC' } });
  }

  async setStatus(id: string, status: IncidentStatus, manager: EntityManager): Promise<void> {
    await manager.update(IncidentEntity, { id }, { status });
  }
}
