import { Scenario } from '../schema/scenario.schema';
import type { ScenarioProblem } from './scenario-problem';
import { semanticChecks } from './semantic-checks';
import { validateYaml } from './validate-yaml';

export interface ScenarioValidation {
  /** The typed scenario, present only when there are no errors. */
  scenario?: Scenario;
  /** The first errors in source order (at most YAML_LIMITS.findings); errorCount counts them all. */
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  errorCount: number;
  warningCount: number;
}

/**
 * YAML text → typed scenario, or every problem with its line and column. Three layers, each only
 * when the previous one passed: YAML syntax, the schema, then the semantic checks.
 */
export function validateScenarioYaml(source: string): ScenarioValidation {
  const { value, ...result } = validateYaml(source, {
    schema: Scenario,
    semanticChecks,
    notAMapping: {
      code: 'not-a-scenario',
      message:
        'A scenario file must be a YAML mapping with id, title, roles, injects …; see scenarios/schema.json.',
    },
  });
  return value ? { ...result, scenario: value } : result;
}
