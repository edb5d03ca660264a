import { AppException, ErrorCode } from '@driehoek/core';
import type { EntityManager } from 'typeorm';
import { ExerciseEntity } from './exercise.entity';

/** The exercise row, locked for the transaction: appends to its log and its schedule serialise on it. */
export function lockExercise(manager: EntityManager, exerciseId: string): Promise<ExerciseEntity | null> {
  return manager.findOne(ExerciseEntity, { where: { id: exerciseId }, lock: { mode: 'pessimistic_write' } });
}

/** The exercise, locked, when it is running or paused; otherwise 404 or a conflict naming its status. */
export async function lockLiveExercise(manager: EntityManager, exerciseId: string): Promise<ExerciseEntity> {
  const exercise = await lockExercise(manager, exerciseId);
  if (!exercise) throw AppException.notFound('Exercise');
  if (exercise.status !== 'running' && exercise.status !== 'paused')
    throw new AppException(
      ErrorCode.Conflict,
      `The exercise is ${exercise.status}; it must be running or paused`,
    );
  return exercise;
}
