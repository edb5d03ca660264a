import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots of every view, per language: test/browser/artefacts (gitignored; CI keeps them). */
export const ARTEFACTS_DIR = process.env.BROWSER_ARTEFACTS_DIR ?? join(__dirname, '../artefacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS_DIR, `${name}.png`), fullPage: true });
}
