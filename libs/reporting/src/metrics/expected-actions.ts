import { CLOCK_STAGES } from '@driehoek/clocks';
import { offsetToSeconds, type Scenario, type ScenarioFulfilledBy } from '@driehoek/scenario';
import { str, type LoggedEvent } from '../model/logged-event';

export type ExpectedActionStatus = 'met' | 'met-late' | 'not-met' | 'not-checked';

export interface ExpectedActionResult {
  objectiveId: string;
  expectedActionId: string;
  description: string;
  roles: string[];
  within: string | null;
  withinMs: number | null;
  fulfilledBy: ScenarioFulfilledBy | null;
  /** not-checked: the scenario does not say what fulfils it; evaluators judge it alone. */
  status: ExpectedActionStatus;
  /** The first event that fulfils it. */
  seq: number | null;
  offsetMs: number | null;
}

type Matcher = (e: LoggedEvent) => boolean;

function matcher(by: ScenarioFulfilledBy, scenario: Scenario): Matcher {
  if ('decision' in by)
    return (e) =>
      e.type === 'decision.recorded' &&
      str(e.payload, 'decisionPointId') === by.decision &&
      (by.option === undefined || str(e.payload, 'optionId') === by.option);
  if ('clockStage' in by) {
    const regime = scenario.clocks?.find((c) => c.id === by.clockStage.clock)?.regime;
    const stage = by.clockStage.stage ?? (regime ? CLOCK_STAGES[regime][0] : undefined);
    return (e) =>
      str(e.payload, 'clockId') === by.clockStage.clock &&
      str(e.payload, 'stage') === stage &&
      (e.type === 'report.submitted' ||
        (e.type === 'regulatory-clock.status' &&
          ['met', 'met-late'].includes(str(e.payload, 'status') ?? '')));
  }
  if ('playbookStep' in by)
    return (e) =>
      e.type === 'playbook.step' &&
      str(e.payload, 'playbookId') === by.playbookStep.playbook &&
      str(e.payload, 'stepId') === by.playbookStep.step;
  return (e) =>
    e.type === 'inject.acknowledged' &&
    str(e.payload, 'injectId') === by.injectAcknowledged &&
    (by.role === undefined || str(e.payload, 'role') === by.role);
}

/** Every expected action of the scenario, with whether and when the log fulfilled it. */
export function expectedActionResults(
  events: readonly LoggedEvent[],
  scenario: Scenario,
): ExpectedActionResult[] {
  return (scenario.objectives ?? []).flatMap((objective) =>
    objective.expectedActions.map((action) => {
      const seconds = action.within === undefined ? undefined : offsetToSeconds(action.within);
      const withinMs = seconds === undefined ? null : seconds * 1000;
      const base = {
        objectiveId: objective.id,
        expectedActionId: action.id,
        description: action.description,
        roles: [...action.roles],
        within: action.within ?? null,
        withinMs,
        fulfilledBy: action.fulfilledBy ?? null,
      };
      if (!action.fulfilledBy) return { ...base, status: 'not-checked' as const, seq: null, offsetMs: null };
      const matches = matcher(action.fulfilledBy, scenario);
      const hit = events.find(matches);
      if (!hit) return { ...base, status: 'not-met' as const, seq: null, offsetMs: null };
      const late = withinMs !== null && hit.offsetMs > withinMs;
      return {
        ...base,
        status: late ? ('met-late' as const) : ('met' as const),
        seq: hit.seq,
        offsetMs: hit.offsetMs,
      };
    }),
  );
}
