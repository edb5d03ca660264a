import { useQuery } from '@tanstack/react-query';
import { answer } from '../auth/request';
import { staffApi } from '../auth/session';

/** GET /api/exercises: every exercise of the person's organisations and grants. */
export function useExercises() {
  return useQuery({
    queryKey: ['staff', 'exercises'],
    queryFn: () => answer(staffApi.GET('/api/exercises')),
  });
}

/** GET /api/exercises/:id. */
export function useExercise(exerciseId: string) {
  return useQuery({
    queryKey: ['staff', 'exercise', exerciseId],
    queryFn: () => answer(staffApi.GET('/api/exercises/{exerciseId}', { params: { path: { exerciseId } } })),
  });
}
