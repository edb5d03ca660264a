/**
 * The seam through which an export takes the improvement actions linked to an exercise. The
 * improvement plan provides it under this token anywhere in the application; without it an export
 * says `improvementActions: null` (this installation keeps none), never an empty list it cannot vouch for.
 */
export const EXERCISE_IMPROVEMENT_ACTIONS = 'driehoek:exercise-improvement-actions';

export interface ExerciseImprovementActions {
  /** Plain JSON records, as the improvement plan shows them; carried into the export as they are. */
  forExercise(exerciseId: string): Promise<Record<string, unknown>[]>;
}
