import { validatePlaybookYaml } from '@driehoek/playbooks';
import { checkYamlFiles, runCli } from './yaml-check';

/**
 * `npm run playbooks:check [files…]` — checks playbook files like scenarios:check does: every
 * problem as `file:line:column`, exit status 1 when any file has an error.
 */
runCli(() =>
  checkYamlFiles(process.argv.slice(2), {
    defaultDir: 'playbooks',
    noun: 'playbook',
    check(source) {
      const { playbook: p, errors, warnings } = validatePlaybookYaml(source);
      const linked = p?.steps.filter((s) => s.clock).length ?? 0;
      const summary =
        p &&
        `"${p.title}": ${p.roles.length} roles, ${p.phases?.length ?? 0} phases, ${p.steps.length} steps, ${linked} linked to a clock`;
      return { errors, warnings, summary };
    },
  }),
);
