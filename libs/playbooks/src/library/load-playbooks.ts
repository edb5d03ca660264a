import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Playbook } from '../schema/playbook.schema';
import { validatePlaybookYaml, type PlaybookProblem } from '../validation/validate-playbook';

/** A shipped playbook as read at start. */
export interface LoadedPlaybook {
  playbook: Playbook;
  /** sha256 of the YAML source, hex: what an exercise or incident records as "the version followed". */
  contentHash: string;
  file: string;
  warnings: PlaybookProblem[];
}

/** One or more shipped playbooks are broken; the message lists each problem as file:line:column. */
export class PlaybookLoadError extends Error {
  constructor(
    dir: string,
    readonly problems: string[],
  ) {
    super(
      `invalid playbook(s) in ${dir}:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
        'Fix them (npm run playbooks:check shows the same) or point PLAYBOOKS_DIR elsewhere.',
    );
    this.name = 'PlaybookLoadError';
  }
}

/**
 * Reads and validates every `*.yaml` in a folder. All or nothing: one invalid file, or two files
 * with the same playbook id, throws a PlaybookLoadError naming every problem, because a crisis team
 * must never follow a checklist the platform silently left out. A missing folder yields none.
 */
export async function loadPlaybooks(dir: string): Promise<{ playbooks: LoadedPlaybook[]; found: boolean }> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { playbooks: [], found: false };
    throw error;
  }
  const playbooks: LoadedPlaybook[] = [];
  const problems: string[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8');
    const { playbook, errors, warnings } = validatePlaybookYaml(source);
    problems.push(...errors.map((e) => `${file}:${e.line}:${e.column} ${e.message} [${e.code}]`));
    if (!playbook) continue;
    const first = fileOf.get(playbook.id);
    if (first) {
      problems.push(
        `${file}:${lineOfId(source)}:1 Playbook id "${playbook.id}" is also used by ${first}; give each playbook its own id. [duplicate-id]`,
      );
      continue;
    }
    fileOf.set(playbook.id, file);
    const contentHash = createHash('sha256').update(source).digest('hex');
    playbooks.push({ playbook, contentHash, file, warnings });
  }
  if (problems.length) throw new PlaybookLoadError(dir, problems);
  return { playbooks, found: true };
}

function lineOfId(source: string): number {
  return source.split('\n').findIndex((line) => /^id\s*:/.test(line)) + 1 || 1;
}
