import { appendFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Set by test/browser/global-setup.ts: the file the browser suites note their skipping in. */
export const BROWSER_SKIPS_ENV = 'DRIEHOEK_BROWSER_SKIPS';

/**
 * Debian's Chromium (`apt-get install chromium`; .ci/run installs it), or the one CHROMIUM_PATH
 * names. Never a browser downloaded by Playwright.
 */
export function findChromium(): string | null {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8',
  });
  return found.status === 0 ? found.stdout.trim().split('\n')[0] || null : null;
}

/**
 * `describe` for suites that drive a real browser. Without Chromium they are skipped and say so,
 * in the report and at the end of the run; CI installs Chromium, so there they always run.
 */
export function describeWithChromium(name: string, suite: (executablePath: string) => void): void {
  const executablePath = findChromium();
  if (!executablePath) {
    const skips = process.env[BROWSER_SKIPS_ENV];
    if (skips) appendFileSync(skips, `${name}\n`);
    describe.skip(`${name} [SKIPPED: needs Chromium, not installed]`, () => {
      it('should run in Chromium', () => undefined);
    });
    return;
  }
  describe(name, () => suite(executablePath));
}

/**
 * Headless Chromium as CI runs it: no GPU, no sandbox (root in a container), nothing fetched from
 * the network by the browser itself. Playwright gives every launch a fresh, temporary user-data
 * directory, removed on close, so no state carries over between runs.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
