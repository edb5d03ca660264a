import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Runs `npm run <script> -- <args>` in the repository as a developer would; exit status and all output. */
export function runNpmScript(script: string, ...args: string[]): { status: number | null; output: string } {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}
