import type { FieldError } from '@driehoek/core';
import type { Scenario } from '@driehoek/scenario';
import type { ObservationInput } from './observation.input';

/**
 * The field errors of an observation against its exercise: the scenario version's objectives,
 * expected actions and roles, and the seqs of the log so far (`headSeq`: the log is gapless).
 */
export function observationProblems(
  scenario: Scenario,
  input: ObservationInput,
  headSeq: number,
): FieldError[] {
  const problems: FieldError[] = [];
  const objectives = scenario.objectives ?? [];
  const objective = input.objectiveId && objectives.find((o) => o.id === input.objectiveId);
  if (input.objectiveId !== undefined && !objective)
    problems.push({
      path: 'objectiveId',
      message: `The scenario has no objective "${input.objectiveId}"${known(objectives.map((o) => o.id))}`,
    });
  if (input.expectedActionId !== undefined) {
    const owner = objectives.find((o) => o.expectedActions.some((a) => a.id === input.expectedActionId));
    if (!owner)
      problems.push({
        path: 'expectedActionId',
        message: `The scenario has no expected action "${input.expectedActionId}"${known(
          objectives.flatMap((o) => o.expectedActions.map((a) => a.id)),
        )}`,
      });
    else if (objective && owner.id !== objective.id)
      problems.push({
        path: 'expectedActionId',
        message: `Expected action "${input.expectedActionId}" belongs to objective "${owner.id}", not "${objective.id}"`,
      });
  }
  const roles = new Set(scenario.roles.map((r) => r.id));
  input.roles.forEach((role, i) => {
    if (!roles.has(role))
      problems.push({
        path: `roles[${i}]`,
        message: `The scenario has no role "${role}"${known([...roles])}`,
      });
  });
  input.seqs.forEach((seq, i) => {
    if (seq > headSeq)
      problems.push({
        path: `seqs[${i}]`,
        message: `The log of this exercise has no event ${seq}; it ends at ${headSeq}`,
      });
  });
  return problems;
}

function known(ids: string[]): string {
  if (!ids.length) return '';
  const shown = ids.slice(0, 10).map((id) => `"${id}"`);
  return `; known: ${shown.join(', ')}${ids.length > shown.length ? ', …' : ''}`;
}
