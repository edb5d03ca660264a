import type { useExerciseChannel } from '../realtime/use-exercise-channel';

/** The player's line to the exercise, as the realtime hook gives it. */
export type PlayerChannel = ReturnType<typeof useExerciseChannel>;
