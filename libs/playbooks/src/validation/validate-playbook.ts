import { validateYaml, type YamlProblem } from '@driehoek/scenario';
import { Playbook } from '../schema/playbook.schema';
import { playbookChecks } from './playbook-checks';

export type PlaybookProblem = YamlProblem;

export interface PlaybookValidation {
  /** The typed playbook, present only when there are no errors. */
  playbook?: Playbook;
  errors: PlaybookProblem[];
  warnings: PlaybookProblem[];
}

/**
 * YAML text → typed playbook, or every problem with its line and column: the same three layers
 * (YAML syntax, schema, semantic checks) and the same messages as scenarios.
 */
export function validatePlaybookYaml(source: string): PlaybookValidation {
  const { value, errors, warnings } = validateYaml(source, {
    schema: Playbook,
    semanticChecks: playbookChecks,
    notAMapping: {
      code: 'not-a-playbook',
      message:
        'A playbook file must be a YAML mapping with id, title, roles, steps …; see playbooks/schema.json.',
    },
  });
  return value ? { errors, warnings, playbook: value } : { errors, warnings };
}
