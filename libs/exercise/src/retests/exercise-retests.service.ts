import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@driehoek/core';
import type { Principal } from '@driehoek/identity';
import { ImprovementPlan, type NewRetest, type RetestView } from '@driehoek/improvement';
import { ScenarioLibraryService } from '@driehoek/scenario';
import { ExerciseService } from '../exercise.service';

/**
 * An objective of an exercise that re-tests an improvement action of its organisation: the
 * exercise knows its objectives (its scenario version's), the plan keeps the link and its history.
 */
@Injectable()
export class ExerciseRetests {
  constructor(
    private readonly exercises: ExerciseService,
    private readonly library: ScenarioLibraryService,
    private readonly plan: ImprovementPlan,
  ) {}

  async link(principal: Principal, exerciseId: string, input: NewRetest): Promise<RetestView> {
    const exercise = await this.exercises.get(exerciseId);
    if (exercise.status === 'archived')
      throw new AppException(ErrorCode.Conflict, 'The exercise is archived');
    const { scenario } = await this.library.resolveVersionId(exercise.scenarioVersionId);
    if (!(scenario.objectives ?? []).some((o) => o.id === input.objectiveId))
      throw new AppException(ErrorCode.ValidationFailed, 'The retest is not valid', [
        {
          path: 'objectiveId',
          message: `is not an objective of this exercise's scenario (${
            (scenario.objectives ?? []).map((o) => o.id).join(', ') || 'it has none'
          })`,
          code: 'invalid-value',
        },
      ]);
    return this.plan.linkRetest(principal, exercise.organisationId, input.actionId, {
      exerciseId,
      objectiveId: input.objectiveId,
    });
  }

  list(exerciseId: string): Promise<RetestView[]> {
    return this.plan.retestsIn(exerciseId);
  }
}
