import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditActor {
  userId: string | null;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

export interface AuditRecord {
  actor: AuditActor;
  organisationId?: string | null;
  action: string;
  target: { type: string; id?: string | null };
  details?: Record<string, unknown>;
}

/** The audit log of administrative actions. Pass the transaction's manager to record atomically. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const event = manager.create(AuditEventEntity, {
      actorUserId: entry.actor.userId,
      actorLabel: entry.actor.label,
      organisationId: entry.organisationId ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id ?? null,
      details: entry.details ?? {},
    });
    await manager.save(AuditEventEntity, event);
  }

  /** Newest first; `organisationIds` undefined means every organisation (platform admins). */
  list(filter: { organisationIds?: string[]; limit: number; before?: string }): Promise<AuditEventEntity[]> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(filter.limit);
    if (filter.organisationIds)
      query.where('a.organisation_id IN (:...ids)', {
        ids: filter.organisationIds.length
          ? filter.organisationIds
          : ['00000000-0000-0000-0000-000000000000'],
      });
    if (filter.before) query.andWhere('a.id < :before', { before: filter.before });
    return query.getMany();
  }
}
