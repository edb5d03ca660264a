/** Every date and time in the console is shown as it reads in the Netherlands. */
export const TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.nl, { timeZone: TIME_ZONE, ...options });
    formatters.set(key, format);
  }
  return format;
}

/** A scenario's fictional moment: the day matters, since scenarios jump days ("ma 23 nov, 07:40"). */
export function formatScenarioTime(iso: string, language: string): string {
  return formatter(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The real moment something arrived, to the second ("14:03:11"). */
export function formatWallTime(iso: string, language: string): string {
  return formatter(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
}
