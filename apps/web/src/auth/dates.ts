import { TIME_ZONE } from '../time/format';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A real moment with its date, as it reads in the Netherlands ("3 dec 2026, 12:46"). */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.nl, {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * A calendar date (`YYYY-MM-DD`, e.g. an action's due date) as people write it. It names a day,
 * not a moment: read and shown in UTC, so no time zone moves it to the day before.
 */
export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.nl, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}
