import { useQuery } from '@tanstack/react-query';
import type { components } from '../api/schema';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';

export type Action = components['schemas']['ImprovementActionResponse'];
export type ActionStatus = Action['status'];
export type CapabilityElement = Action['capabilityElement'];

export const STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'done', 'dropped'];
export const CAPABILITY_ELEMENTS: readonly CapabilityElement[] = [
  'planning',
  'organisation',
  'equipment',
  'training',
  'exercise',
];

/** GET …/improvement-actions?status=…: the plan, soonest due first. */
export function useActions(organisationId: string | undefined, statuses: readonly ActionStatus[]) {
  const status = STATUSES.filter((s) => statuses.includes(s)).join(',');
  return useQuery({
    queryKey: ['staff', 'improvement', organisationId, status],
    enabled: Boolean(organisationId && status),
    queryFn: () =>
      answer(
        staffApi.GET('/api/organisations/{organisationId}/improvement-actions', {
          params: { path: { organisationId: organisationId! }, query: { status } },
        }),
      ),
  });
}

/** One action and its history (oldest first). */
export function useAction(organisationId: string, actionId: string) {
  const path = { organisationId, actionId };
  const action = useQuery({
    queryKey: ['staff', 'improvement-action', organisationId, actionId],
    queryFn: () =>
      answer(
        staffApi.GET('/api/organisations/{organisationId}/improvement-actions/{actionId}', {
          params: { path },
        }),
      ),
  });
  const history = useQuery({
    queryKey: ['staff', 'improvement-history', organisationId, actionId],
    queryFn: () =>
      answer(
        staffApi.GET('/api/organisations/{organisationId}/improvement-actions/{actionId}/history', {
          params: { path },
        }),
      ),
  });
  return { action, history };
}
