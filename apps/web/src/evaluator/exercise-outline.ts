import { useQuery } from '@tanstack/react-query';
import type { AfterActionReport } from '@driehoek/reporting';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';

export interface Objective {
  id: string;
  title: string;
  description: string | null;
}

export interface Role {
  id: string;
  name: string;
}

/** What an evaluator rates and observes: the scenario's objectives and roles. */
export interface ExerciseOutline {
  objectives: Objective[];
  roles: Role[];
}

/**
 * The scenario's objectives and roles for an evaluator. The exercise answers only its scenario
 * version's id and the export (which has the scenario) is for facilitators, so this reads them from
 * the after-action report (JSON), which evaluators may read at any time. An exercise's scenario
 * version never changes: read once.
 */
export function useExerciseOutline(exerciseId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['evaluator', exerciseId, 'outline'],
    queryFn: async (): Promise<ExerciseOutline> => {
      const body = await answer(
        staffApi.GET('/api/exercises/{exerciseId}/report', {
          params: { path: { exerciseId }, query: { format: 'json' } },
        }),
      );
      // The JSON format is the report model of @driehoek/reporting (docs/reports.md).
      const report = body as unknown as AfterActionReport;
      return {
        objectives: report.objectives.map(({ id, title, description }) => ({ id, title, description })),
        roles: report.exercise.roles.map(({ id, name }) => ({ id, name })),
      };
    },
    staleTime: Infinity,
  });
}
