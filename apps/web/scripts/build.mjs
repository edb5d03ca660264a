// @ts-check
// Plain JavaScript, so that `npm start` pays no TypeScript loader for a check of a few milliseconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WEB = join(ROOT, 'apps/web');
export const WEB_DIST = join(WEB, 'dist');
const HASH_FILE = join(WEB_DIST, '.source-hash');

/** What the bundle is made of: a change in any of these means a new build. */
const INPUTS = ['index.html', 'vite.config.ts', 'public', 'src'].map((path) => join(WEB, path));

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
 * A hash of the console's sources and of the exact dependency versions (package-lock.json), kept
 * beside the build: `npm start` builds only when it differs.
 * @returns {string}
 */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...INPUTS, join(ROOT, 'package-lock.json')].flatMap(filesOf).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds apps/web into apps/web/dist unless the build there is of these very sources.
 * @param {{ force?: boolean }} [options]
 * @returns {{ built: boolean, ms: number }}
 */
export function buildWeb({ force = false } = {}) {
  const started = Date.now();
  const hash = sourceHash();
  const current =
    existsSync(join(WEB_DIST, 'index.html')) && existsSync(HASH_FILE)
      ? readFileSync(HASH_FILE, 'utf8').trim()
      : null;
  if (!force && current === hash) return { built: false, ms: Date.now() - started };
  const vite = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(WEB, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (vite.status !== 0) throw new Error(`building the web console failed:\n${vite.stdout}\n${vite.stderr}`);
  // Written last: an interrupted build leaves no hash, so the next start builds again.
  writeFileSync(HASH_FILE, `${hash}\n`);
  return { built: true, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { built, ms } = buildWeb({ force: process.argv.includes('--force') });
    console.log(built ? `web console built in ${ms} ms` : `web console up to date (checked in ${ms} ms)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
