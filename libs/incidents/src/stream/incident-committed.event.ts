/**
 * A write to an incident has committed (an INCIDENTS_CHANNEL notice from any api process),
 * published in-process by IncidentStream — after the commit, never before. `all` follows a
 * reconnect of the shared listener (PgListener): notices sent while it was down are lost, so
 * every organisation followed here is read again.
 */
export class IncidentCommitted {
  static readonly eventName = 'incident.committed';

  constructor(
    readonly scope: { kind: 'incident'; organisationId: string; incidentId: string } | { kind: 'all' },
  ) {}
}
