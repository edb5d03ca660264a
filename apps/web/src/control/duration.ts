import type { TFunction } from 'i18next';

/**
 * A stretch of time in words, to the minute (to the second under ten minutes): "2 d 3 u 5 min",
 * "4 min 12 s". Countdowns read it; a screen reader reads the words, not a clock face.
 */
export function formatDuration(ms: number, t: TFunction): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (days) parts.push(t('control.duration.days', { count: days }));
  if (hours) parts.push(t('control.duration.hours', { count: hours }));
  if (minutes || (total >= 600 && !days && !hours))
    parts.push(t('control.duration.minutes', { count: minutes }));
  if (total < 600 && (seconds || !parts.length))
    parts.push(t('control.duration.seconds', { count: seconds }));
  return parts.join(' ');
}
