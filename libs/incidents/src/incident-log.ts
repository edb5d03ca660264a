import { Injectable } from '@nestjs/common';
import { chainAfter, verifyChain, type ChainVerdict } from '@driehoek/core';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { IncidentEventEntity } from './incident-event.entity';

export interface NewIncidentEvent {
  type: string;
  actor: string | null;
  payload: object;
}

/** What is hashed of an entry: everything but the two hashes, instants as ISO strings. */
function hashedBody(
  e: Pick<IncidentEventEntity, 'incidentId' | 'seq' | 'type' | 'recordedAt' | 'actor' | 'payload'>,
) {
  return {
    incidentId: e.incidentId,
    seq: e.seq,
    type: e.type,
    recordedAt: e.recordedAt.toISOString(),
    actor: e.actor,
    payload: e.payload,
  };
}

/** The append-only, hash-chained log of each incident. */
@Injectable()
export class IncidentLog {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends in the caller's transaction, which must hold the incident row lock: that lock keeps
   * the sequence gapless and the chain linear with several api processes.
   */
  async append(
    manager: EntityManager,
    incidentId: string,
    recordedAt: Date,
    events: readonly NewIncidentEvent[],
  ): Promise<IncidentEventEntity[]> {
    const head = await manager.findOne(IncidentEventEntity, {
      where: { incidentId },
      order: { seq: 'DESC' },
      select: { seq: true, hash: true },
    });
    const rows = chainAfter(head, events.length, (seq, i) =>
      hashedBody({
        incidentId,
        seq,
        type: events[i].type,
        recordedAt,
        actor: events[i].actor,
        // Through JSON once, so the hash covers exactly what jsonb will hand back (no undefined, no Dates).
        payload: JSON.parse(JSON.stringify(events[i].payload)) as Record<string, unknown>,
      }),
    ).map((linked) => manager.create(IncidentEventEntity, { ...linked, recordedAt }));
    if (rows.length)
      await manager.insert(IncidentEventEntity, rows as QueryDeepPartialEntity<IncidentEventEntity>[]);
    return rows;
  }

  list(incidentId: string, manager: EntityManager = this.dataSource.manager): Promise<IncidentEventEntity[]> {
    return manager.getRepository(IncidentEventEntity).find({ where: { incidentId }, order: { seq: 'ASC' } });
  }

  /** The logs of several incidents at once, each in order, optionally only some types. */
  async listMany(incidentIds: string[], types?: string[]): Promise<Map<string, IncidentEventEntity[]>> {
    const byIncident = new Map<string, IncidentEventEntity[]>(incidentIds.map((id) => [id, []]));
    if (!incidentIds.length) return byIncident;
    const rows = await this.dataSource.getRepository(IncidentEventEntity).find({
      where: { incidentId: In(incidentIds), ...(types && { type: In(types) }) },
      order: { incidentId: 'ASC', seq: 'ASC' },
    });
    for (const row of rows) byIncident.get(row.incidentId)!.push(row);
    return byIncident;
  }

  /** Recomputes the whole chain from the stored rows. */
  async verify(incidentId: string): Promise<ChainVerdict> {
    const rows = await this.list(incidentId);
    return verifyChain(rows.map((e) => ({ ...hashedBody(e), previousHash: e.previousHash, hash: e.hash })));
  }
}
