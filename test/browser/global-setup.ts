import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb } from '../../apps/web/scripts/build';
import globalSetup from '../global-setup';
import { BROWSER_SKIPS_ENV, findChromium } from './support/chromium';

/**
 * The browser suites need what the e2e suites need — a PostgreSQL server and a migrated template —
 * and the web console built (once per run; a build of the same sources is reused).
 */
export default async function globalSetupBrowser(): Promise<void> {
  await globalSetup();
  process.env[BROWSER_SKIPS_ENV] = join(tmpdir(), `driehoek-browser-skips-${process.pid}.txt`);
  writeFileSync(process.env[BROWSER_SKIPS_ENV], '');
  if (!findChromium()) return;
  const state = globalThis as { driehoekWebBuilt?: boolean };
  if (state.driehoekWebBuilt) return;
  const { built, ms } = buildWeb();
  if (built) console.log(`\nweb console built for the browser tests in ${ms} ms`);
  state.driehoekWebBuilt = true;
}
