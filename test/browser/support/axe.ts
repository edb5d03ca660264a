import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core's findings on the page as it is now, against WCAG 2.1 A and AA, that are serious or
 * critical: each as "rule: selector", so a failing test says where to look. `exclude` leaves parts
 * out: a frame with `sandbox=""` (the server's own documents in the staff views) must be, since
 * axe cannot run inside it and waits for it without end.
 */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`),
    );
}
