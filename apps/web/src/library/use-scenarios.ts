import { useQuery } from '@tanstack/react-query';
import type { components } from '../api/schema';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';

export type ScenarioSummary = components['schemas']['ScenarioSummaryResponse'];
export type ScenarioOwner = components['schemas']['ScenarioOwnerResponse'];

/** How a copy is named in `?owner=`: `shipped` or the owning organisation's id. */
export function ownerParam(owner: ScenarioOwner): string {
  return owner.kind === 'shipped' ? 'shipped' : owner.organisationId;
}

/** GET /api/scenarios: one entry per copy (shipped, and each organisation's own). */
export function useScenarios() {
  return useQuery({
    queryKey: ['staff', 'scenarios'],
    queryFn: () => answer(staffApi.GET('/api/scenarios')),
  });
}

/** The roles and objectives of a validated scenario (GET /api/scenarios/:id's `scenario`). */
export interface ScenarioOutline {
  title: string;
  summary?: string;
  startsAt?: string;
  timeZone?: string;
  duration?: string;
  roles: Array<{ id: string; name: string; organisation?: string; description?: string }>;
  objectives: Array<{ id: string; title: string; description?: string }>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
}

/** The answer types the scenario as an open object (its format is the published schema): read what the page shows. */
export function outline(scenario: Record<string, unknown>): ScenarioOutline {
  return {
    title: text(scenario.title) ?? '',
    summary: text(scenario.summary),
    startsAt: text(scenario.startsAt),
    timeZone: text(scenario.timeZone),
    duration: text(scenario.duration),
    roles: list(scenario.roles).map((role) => ({
      id: text(role.id) ?? '',
      name: text(role.name) ?? text(role.id) ?? '',
      organisation: text(role.organisation),
      description: text(role.description),
    })),
    objectives: list(scenario.objectives).map((objective) => ({
      id: text(objective.id) ?? '',
      title: text(objective.title) ?? '',
      description: text(objective.description),
    })),
  };
}

/** GET /api/scenarios/:id and …/versions of one copy. */
export function useScenario(id: string, owner: string, version: number | undefined) {
  const detail = useQuery({
    queryKey: ['staff', 'scenario', id, owner, version ?? 'latest'],
    queryFn: () =>
      answer(staffApi.GET('/api/scenarios/{id}', { params: { path: { id }, query: { owner, version } } })),
  });
  const versions = useQuery({
    queryKey: ['staff', 'scenario-versions', id, owner],
    queryFn: () =>
      answer(staffApi.GET('/api/scenarios/{id}/versions', { params: { path: { id }, query: { owner } } })),
  });
  return { detail, versions };
}
