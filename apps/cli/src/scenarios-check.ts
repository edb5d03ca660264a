import { validateScenarioYaml } from '@driehoek/scenario';
import { checkYamlFiles, runCli } from './yaml-check';

/**
 * `npm run scenarios:check [files…]` — checks scenario files like a compiler checks code:
 * every problem as `file:line:column`, exit status 1 when any file has an error.
 */
runCli(() =>
  checkYamlFiles(process.argv.slice(2), {
    defaultDir: 'scenarios',
    noun: 'scenario',
    check(source) {
      const { scenario: s, errors, warnings } = validateScenarioYaml(source);
      const summary =
        s &&
        `"${s.title}": ${s.roles.length} roles, ${s.injects.length} injects, ${s.decisionPoints?.length ?? 0} decision points, ${s.triggers?.length ?? 0} triggers, ${s.clocks?.length ?? 0} clocks`;
      return { errors, warnings, summary };
    },
  }),
);
