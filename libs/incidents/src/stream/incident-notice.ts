import { notificationChannel } from '@driehoek/core';
import type { EntityManager } from 'typeorm';

/**
 * PostgreSQL NOTIFY channel announcing a committed write to an incident. The notice is sent in
 * the writing transaction, so PostgreSQL delivers it exactly when that commits (never for a
 * rollback) to every api process's listener (PgListener; IncidentStream subscribes). It says only
 * which incident of which organisation changed; what it now says is read back from the log, which
 * stays the truth.
 */
export const INCIDENTS_CHANNEL = notificationChannel('driehoek_incidents');

export interface IncidentNotice {
  organisationId: string;
  incidentId: string;
}

export async function announceIncidentChange(manager: EntityManager, notice: IncidentNotice): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [
    INCIDENTS_CHANNEL,
    `${notice.organisationId}:${notice.incidentId}`,
  ]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseIncidentNotice(payload: string | undefined): IncidentNotice | undefined {
  const [organisationId, incidentId, ...rest] = (payload ?? '').split(':');
  if (rest.length || !UUID.test(organisationId) || !UUID.test(incidentId ?? '')) return undefined;
  return { organisationId, incidentId };
}
