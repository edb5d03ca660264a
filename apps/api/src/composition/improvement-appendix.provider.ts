import { Injectable } from '@nestjs/common';
import { Clock } from '@driehoek/core';
import { ImprovementPlan } from '@driehoek/improvement';
import type { ImprovementPlanAppendix, ImprovementPlanAppendixProvider } from '@driehoek/reporting';

/**
 * The after-action report's appendix: the organisation's improvement plan as it stands now. The
 * report itself depends only on the log; this is the one part that says when it was read.
 */
@Injectable()
export class ImprovementAppendixProvider implements ImprovementPlanAppendixProvider {
  constructor(
    private readonly plan: ImprovementPlan,
    private readonly clock: Clock,
  ) {}

  async forExercise({
    organisationId,
  }: {
    id: string;
    organisationId: string;
  }): Promise<ImprovementPlanAppendix> {
    const actions = await this.plan.list(organisationId);
    return {
      asOf: this.clock.now().toISOString(),
      actions: actions.map((action) => ({
        objective: action.objective?.title ?? null,
        areaForImprovement: action.areaForImprovement,
        correctiveAction: action.correctiveAction,
        capabilityElement: action.capabilityElement,
        responsibleOrganisation: action.responsibleOrganisation,
        contact: action.contactRole,
        start: action.startDate,
        due: action.dueDate,
        status: action.status,
      })),
    };
  }
}
