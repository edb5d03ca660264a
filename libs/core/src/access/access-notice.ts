import type { EntityManager } from 'typeorm';
import { notificationChannel } from '../notifications/notification-channel';

/**
 * PostgreSQL NOTIFY channel announcing that someone's access may have ended. The notice is sent in
 * the transaction that takes the access away, so PostgreSQL delivers it exactly when that commits
 * (and never for a rollback), to every process's listener (PgListener; EventStream subscribes).
 * It says only whose access to look at again; what is still allowed is read from the database,
 * which stays the truth — a process that missed a notice re-checks on the socket's next message.
 */
export const ACCESS_CHANNEL = notificationChannel('driehoek_access');

/** Whose live connections to check again: one account's, or everyone's in one exercise. */
export type AccessScope = { kind: 'user'; userId: string } | { kind: 'exercise'; exerciseId: string };

export async function announceAccessChange(manager: EntityManager, scope: AccessScope): Promise<void> {
  const payload = scope.kind === 'user' ? `user:${scope.userId}` : `exercise:${scope.exerciseId}`;
  await manager.query('SELECT pg_notify($1, $2)', [ACCESS_CHANNEL, payload]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAccessNotice(payload: string | undefined): AccessScope | undefined {
  const [kind, id, ...rest] = (payload ?? '').split(':');
  if (rest.length || !id || !UUID.test(id)) return undefined;
  if (kind === 'user') return { kind, userId: id };
  if (kind === 'exercise') return { kind, exerciseId: id };
  return undefined;
}
