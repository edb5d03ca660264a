import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { components } from '../api/schema';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';

export type IncidentView = components['schemas']['IncidentViewResponse'];
export type IncidentClock = IncidentView['clocks'][number];
export type IncidentStage = IncidentClock['stages'][number];

/**
 * One incident as GET /api/incidents/:id shows it (every clock and stage, both readings, the
 * timeline, the playbooks), read again whenever the register's channel says its line changed
 * (`version`: after every write to it, and when time alone moved a deadline).
 */
export function useIncident(
  incidentId: string,
  query: { organisationId: string } | undefined,
  version: number,
) {
  const incident = useQuery({
    queryKey: incidentKey(incidentId, query),
    queryFn: () =>
      answer(staffApi.GET('/api/incidents/{incidentId}', { params: { path: { incidentId }, query } })),
  });
  const read = useRef(version);
  const { refetch } = incident;
  useEffect(() => {
    if (version === read.current) return;
    read.current = version;
    void refetch();
  }, [version, refetch]);
  return incident;
}

const incidentKey = (incidentId: string, query: { organisationId: string } | undefined) => [
  'incident',
  incidentId,
  query?.organisationId ?? null,
];

/** What a write answered (the incident as it stands after it): shown at once, without a read. */
export function useShowIncident(incidentId: string, query: { organisationId: string } | undefined) {
  const client = useQueryClient();
  const organisationId = query?.organisationId;
  return useCallback(
    (view: IncidentView) =>
      client.setQueryData(incidentKey(incidentId, organisationId ? { organisationId } : undefined), view),
    [client, incidentId, organisationId],
  );
}
