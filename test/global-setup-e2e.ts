import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from './global-setup';

/**
 * The e2e suites also start the built server as a process: build it once, before any of them, as
 * `npm start` does (only when the sources changed since the build in dist/).
 */
export default async function globalSetupE2e(): Promise<void> {
  await globalSetup();
  const state = globalThis as { driehoekBuilt?: boolean };
  if (state.driehoekBuilt) return;
  const build = spawnSync(process.execPath, [join(__dirname, '../scripts/build-api.mjs')], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  state.driehoekBuilt = true;
}
