// @ts-check
// The server's build (`nest build api`: apps and libs to dist/ with swc), run by `npm start` only
// when its sources changed since the build in dist/ — a restart then costs no compiler.
import { spawnSync } from 'node:child_process';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, buildIfChanged, main } from './build-if-changed.mjs';

const DIST = join(ROOT, 'dist');
const WEB = join(ROOT, 'apps/web') + sep;

/** What nest-cli.json's swc builder compiles, and the settings it compiles them with. */
const INPUTS = ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'].map((path) =>
  join(ROOT, path),
);
/** The console has its own build (apps/web/scripts/build.mjs); tests are not compiled. */
const skip = (/** @type {string} */ file) => file.startsWith(WEB) || file.endsWith('.spec.ts');

/**
 * Builds the server into dist/ unless the build there is of these very sources.
 * @param {{ force?: boolean }} [options]
 */
export function buildApi({ force = false } = {}) {
  return buildIfChanged({
    inputs: INPUTS,
    skip,
    output: join(DIST, 'apps/api/src/main.js'),
    // In dist/ itself: `nest build` empties dist/ first (deleteOutDir), so a build that stops
    // half-way leaves no stamp behind.
    stamp: join(DIST, '.source-hash'),
    force,
    build: () => {
      const nest = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      if (nest.status !== 0) throw new Error(`building the server failed:\n${nest.stdout}\n${nest.stderr}`);
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main('server', (force) => buildApi({ force }));
