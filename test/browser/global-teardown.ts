import { readFileSync, rmSync } from 'node:fs';
import globalTeardown from '../global-teardown';
import { BROWSER_SKIPS_ENV } from './support/chromium';

export default async function globalTeardownBrowser(): Promise<void> {
  await globalTeardown();
  const file = process.env[BROWSER_SKIPS_ENV];
  if (!file) return;
  const skipped = readFileSync(file, { encoding: 'utf8', flag: 'a+' }).trim();
  rmSync(file, { force: true });
  if (skipped) {
    console.log(
      `\nSKIPPED because Chromium is not installed (apt-get install chromium; CI always runs these):\n${skipped
        .split('\n')
        .map((name) => `  - ${name}`)
        .join('\n')}\n`,
    );
  }
}
