import { CLOCK_STAGES } from '@driehoek/clocks';
import { findCycles, findingCollector, listIds, suggest, type Finding } from '@driehoek/scenario';
import type { Playbook } from '../schema/playbook.schema';

/**
 * Checks that need the whole playbook: duplicate ids, references to roles, phases and steps,
 * clock stages, dependency cycles, and leftovers of an edit (warnings). Pure: a schema-valid
 * playbook in, findings with paths out.
 */
export function playbookChecks(playbook: Playbook): Finding[] {
  const { findings, error, warning, ids, reference } = findingCollector();
  const phases = playbook.phases ?? [];
  const steps = playbook.steps;

  const roleIds = ids('role', listIds('roles', playbook.roles));
  const phaseIds = ids('phase', listIds('phases', phases));
  const stepIds = ids('step', listIds('steps', steps));
  const position = new Map(steps.map((step, i) => [step.id, i]));

  steps.forEach((step, i) => {
    const path = ['steps', i];
    reference('role', roleIds, step.owner, [...path, 'owner']);
    reference('phase', phaseIds, step.phase, [...path, 'phase']);
    if (phases.length && !step.phase)
      warning(
        'missing-phase',
        [...path, 'id'],
        `Step "${step.id}" has no phase while the playbook declares phases; give it phase: <one of ${phases.map((p) => p.id).join(', ')}>.`,
      );
    (step.dependsOn ?? []).forEach((dependency, k) => {
      if (!reference('step', stepIds, dependency, [...path, 'dependsOn', k])) return;
      if (position.get(dependency)! > i)
        warning(
          'dependency-order',
          [...path, 'dependsOn', k],
          `Step "${step.id}" depends on "${dependency}", which is listed after it; a checklist is read from top to bottom, so move "${dependency}" up.`,
        );
    });
    if (step.clock) {
      const stages: readonly string[] = CLOCK_STAGES[step.clock.regime];
      if (!stages.includes(step.clock.stage))
        error(
          'unknown-stage',
          [...path, 'clock', 'stage'],
          `A ${step.clock.regime} clock has no stage "${step.clock.stage}".${suggest(step.clock.stage, stages) || ` Its stages are: ${stages.join(', ')}.`}`,
        );
    }
  });

  // A loop in dependsOn would block every step in it forever. (Unknown ids are dead ends here.)
  const edges = new Map(steps.map((step) => [step.id, step.dependsOn ?? []]));
  for (const cycle of findCycles(edges)) {
    error(
      'dependency-cycle',
      ['steps', position.get(cycle[0])!, 'dependsOn'],
      `Dependency cycle: ${[...cycle, cycle[0]].map((id) => `"${id}"`).join(' waits for ')}. Every step in it would stay blocked; remove one of these dependsOn entries.`,
    );
  }

  // Roles and phases nobody uses are usually leftovers of an edit.
  playbook.roles.forEach((role, i) => {
    if (!steps.some((step) => step.owner === role.id))
      warning(
        'idle-role',
        ['roles', i, 'id'],
        `Role "${role.id}" owns no step; give it a step or remove it.`,
      );
  });
  phases.forEach((phase, i) => {
    if (!steps.some((step) => step.phase === phase.id))
      warning(
        'unused-phase',
        ['phases', i, 'id'],
        `Phase "${phase.id}" has no steps; add steps or remove it.`,
      );
  });
  return findings;
}
