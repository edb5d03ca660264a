import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { YamlProblem } from '@driehoek/scenario';

/** One checked file: its problems and, when valid, a one-line summary of what it holds. */
export interface FileCheck {
  errors: YamlProblem[];
  warnings: YamlProblem[];
  summary?: string;
}

export interface YamlCheckOptions {
  /** Folder whose `*.yaml` files are checked when no file is named. */
  defaultDir: string;
  /** What the files hold, for messages: "scenario", "playbook". */
  noun: string;
  check: (source: string) => FileCheck;
}

/**
 * Checks YAML-as-code files like a compiler checks code: every problem as `file:line:column`,
 * exit status 1 when any file has an error. Shared by scenarios:check and playbooks:check.
 * Files are named as the user gave them, so that the editor's "go to file:line" finds them.
 */
export async function checkYamlFiles(args: string[], options: YamlCheckOptions): Promise<number> {
  // `npm run` starts in the package root; a path given on the command line is relative to where
  // the user typed it, which npm keeps in INIT_CWD. The default folder is the package's own.
  const base = args.length ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();
  const files = args.length ? args : await yamlFiles(options.defaultDir);
  if (!files.length) {
    console.error(`No ${options.noun} files found.`);
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let source: string;
    try {
      source = await readFile(resolve(base, file), 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      errors++;
      continue;
    }
    const result = options.check(source);
    for (const problem of [...result.errors, ...result.warnings].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    )) {
      console.log(format(file, problem));
    }
    errors += result.errors.length;
    warnings += result.warnings.length;
    if (result.summary) console.log(`${file}: ok — ${result.summary}`);
  }
  console.log(`\n${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`);
  return errors ? 1 : 0;
}

/** Runs a command's main and sets the exit status: its own code, or 2 when it crashed. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}

function format(file: string, problem: YamlProblem): string {
  const where = problem.path ? ` (${problem.path})` : '';
  return `${file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}${where}  [${problem.code}]`;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}
