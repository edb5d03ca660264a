import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validateScenarioYaml, type ScenarioProblem } from '@driehoek/scenario';

/**
 * `npm run scenarios:check [files…]` — checks scenario files like a compiler checks code:
 * every problem as `file:line:column`, exit status 1 when any file has an error.
 */
async function main(args: string[]): Promise<number> {
  const files = args.length ? args : await scenarioFiles('scenarios');
  if (!files.length) {
    console.error('No scenario files found.');
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      errors++;
      continue;
    }
    const result = validateScenarioYaml(source);
    const name = relative(process.cwd(), file) || file;
    for (const problem of [...result.errors, ...result.warnings].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    )) {
      console.log(format(name, problem));
    }
    errors += result.errors.length;
    warnings += result.warnings.length;
    if (result.scenario) {
      const s = result.scenario;
      console.log(
        `${name}: ok — "${s.title}": ${s.roles.length} roles, ${s.injects.length} injects, ${s.decisionPoints?.length ?? 0} decision points, ${s.triggers?.length ?? 0} triggers, ${s.clocks?.length ?? 0} clocks`,
      );
    }
  }
  console.log(`\n${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`);
  return errors ? 1 : 0;
}

function format(file: string, problem: ScenarioProblem): string {
  const where = problem.path ? ` (${problem.path})` : '';
  return `${file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}${where}  [${problem.code}]`;
}

async function scenarioFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
