/**
 * The seam for the improvement plan's current state (libs/improvement provides it): the report
 * lists it as a labelled appendix and depends on nothing else of that lib. Provide an
 * `ImprovementPlanAppendixProvider` under `IMPROVEMENT_PLAN_APPENDIX` to fill it; without one the
 * appendix says the plan is kept elsewhere.
 */
export const IMPROVEMENT_PLAN_APPENDIX = Symbol('IMPROVEMENT_PLAN_APPENDIX');

/** One action in HSEEP's improvement-plan columns; every field is shown as given (untrusted text). */
export interface ImprovementAppendixAction {
  objective: string | null;
  areaForImprovement: string;
  correctiveAction: string;
  capabilityElement: string | null;
  responsibleOrganisation: string | null;
  contact: string | null;
  start: string | null;
  due: string | null;
  status: string;
}

export interface ImprovementPlanAppendix {
  /** When the provider read the plan (ISO); the appendix says it is the state at that moment. */
  asOf: string;
  actions: ImprovementAppendixAction[];
}

export interface ImprovementPlanAppendixProvider {
  forExercise(exercise: { id: string; organisationId: string }): Promise<ImprovementPlanAppendix | null>;
}
