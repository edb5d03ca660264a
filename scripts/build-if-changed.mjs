// @ts-check
// Plain JavaScript, so that `npm start` pays no TypeScript loader for a check of a few milliseconds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The file itself, or every file under a folder; nothing when it does not exist.
 * @param {string} path
 * @returns {string[]}
 */
function filesOf(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A hash of the files a build is made of (names and contents) and of the exact dependency
 * versions (package-lock.json).
 * @param {string[]} inputs files and folders, absolute
 * @param {(file: string) => boolean} [skip] files under the inputs that the build leaves out
 * @returns {string}
 */
export function sourceHash(inputs, skip = () => false) {
  const hash = createHash('sha256');
  const files = [...inputs, join(ROOT, 'package-lock.json')].flatMap(filesOf).filter((file) => !skip(file));
  for (const file of files.sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Runs `build` unless the output is of these very sources: the hash of the inputs is kept beside
 * the output (`stamp`) and compared. The stamp is written after a successful build only, so an
 * interrupted build is redone next time.
 * @param {{ inputs: string[], skip?: (file: string) => boolean, output: string, stamp: string,
 *   build: () => void, force?: boolean }} options `output` a file the build makes
 * @returns {{ built: boolean, ms: number }}
 */
export function buildIfChanged({ inputs, skip, output, stamp, build, force = false }) {
  const started = Date.now();
  const hash = sourceHash(inputs, skip);
  const current = existsSync(output) && existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  if (!force && current === hash) return { built: false, ms: Date.now() - started };
  build();
  writeFileSync(stamp, `${hash}\n`);
  return { built: true, ms: Date.now() - started };
}

/**
 * The command-line end of a build script: `--force` builds regardless; one line says what was done.
 * @param {string} what "web console"
 * @param {(force: boolean) => { built: boolean, ms: number }} run
 */
export function main(what, run) {
  try {
    const { built, ms } = run(process.argv.includes('--force'));
    console.log(built ? `${what} built in ${ms} ms` : `${what} up to date (checked in ${ms} ms)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
