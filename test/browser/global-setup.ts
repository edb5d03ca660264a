import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import globalSetup from '../global-setup';
import { BROWSER_SKIPS_ENV, findChromium } from './support/chromium';

/**
 * The browser suites need what the e2e suites need — a PostgreSQL server and a migrated template —
 * and the web console built (once per run; a build of the same sources is reused). One of them
 * (first-run) boots the built server in dist/ as `npm start` does, so that is built too.
 */
export default async function globalSetupBrowser(): Promise<void> {
  await globalSetup();
  process.env[BROWSER_SKIPS_ENV] = join(tmpdir(), `driehoek-browser-skips-${process.pid}.txt`);
  writeFileSync(process.env[BROWSER_SKIPS_ENV], '');
  if (!findChromium()) return;
  buildConsole();
  buildServer();
}

function buildConsole(): void {
  const state = globalThis as { driehoekWebBuilt?: boolean };
  if (state.driehoekWebBuilt) return;
  // As `npm start` builds it: only when the sources differ from those of the build there.
  const build = spawnSync(process.execPath, [join(__dirname, '../../apps/web/scripts/build.mjs')], {
    encoding: 'utf8',
  });
  if (build.status !== 0)
    throw new Error(`building the web console failed:\n${build.stdout}\n${build.stderr}`);
  if (build.stdout.includes('built in')) console.log(`\n${build.stdout.trim()} for the browser tests`);
  state.driehoekWebBuilt = true;
}

/** The server's build, as `npm start` and the e2e project's global setup make it (shared flag). */
function buildServer(): void {
  const state = globalThis as { driehoekBuilt?: boolean };
  if (state.driehoekBuilt) return;
  const build = spawnSync(process.execPath, [join(__dirname, '../../scripts/build-api.mjs')], {
    cwd: join(__dirname, '../..'),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the server failed:\n${build.stdout}\n${build.stderr}`);
  state.driehoekBuilt = true;
}
