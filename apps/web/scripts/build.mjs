// @ts-check
// The console's build (vite, into apps/web/dist), run by `npm start` only when its sources changed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, buildIfChanged, main } from '../../../scripts/build-if-changed.mjs';

const WEB = join(ROOT, 'apps/web');
export const WEB_DIST = join(WEB, 'dist');

/** What the bundle is made of: a change in any of these (or in package-lock.json) means a new build. */
const INPUTS = ['index.html', 'vite.config.ts', 'public', 'src'].map((path) => join(WEB, path));

/**
 * Builds apps/web into apps/web/dist unless the build there is of these very sources.
 * @param {{ force?: boolean }} [options]
 */
export function buildWeb({ force = false } = {}) {
  return buildIfChanged({
    inputs: INPUTS,
    output: join(WEB_DIST, 'index.html'),
    stamp: join(WEB_DIST, '.source-hash'),
    force,
    build: () => {
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
      if (vite.status !== 0)
        throw new Error(`building the web console failed:\n${vite.stdout}\n${vite.stderr}`);
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main('web console', (force) => buildWeb({ force }));
