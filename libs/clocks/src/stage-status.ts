import type { DueSoonWindow } from './clock-definition';

/**
 * pending: not submitted, before the due-soon window (or no fixed deadline); due-soon: inside the
 * window, up to and including the operational due instant; met: submitted at or before it;
 * met-late: submitted after it; missed: now is past it and nothing was submitted.
 */
export type StageStatus = 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';

const HOUR_MS = 3_600_000;

/**
 * The first instant of the due-soon window; null without a deadline or a window. Counted in elapsed
 * time back from the due instant (a day is 24 h, as DueSoonWindow says), never on the calendar.
 */
export function dueSoonFrom(
  window: DueSoonWindow | undefined,
  startedAt: Date | null,
  due: Date | null,
): Date | null {
  if (!window || !due) return null;
  if ('hours' in window) return new Date(due.getTime() - window.hours * HOUR_MS);
  if ('days' in window) return new Date(due.getTime() - window.days * 24 * HOUR_MS);
  if (!startedAt) return null;
  return new Date(due.getTime() - Math.round(window.shareOfPeriod * (due.getTime() - startedAt.getTime())));
}

export function stageStatus(
  stage: { operationalDue: Date | null; dueSoonFrom: Date | null; submittedAt?: Date },
  now: Date,
): StageStatus {
  const { operationalDue: due, dueSoonFrom: soon, submittedAt } = stage;
  if (submittedAt) return due && submittedAt > due ? 'met-late' : 'met';
  if (!due) return 'pending';
  if (now > due) return 'missed';
  return soon && now >= soon ? 'due-soon' : 'pending';
}
