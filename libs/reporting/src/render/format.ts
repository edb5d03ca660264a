import type { ReportLanguage, ReportLabels } from './labels';

/** A fixed-decimal number with the language's decimal mark; never locale data, so never drifting. */
export function decimal(value: number, digits: number, lang: ReportLanguage): string {
  const text = value.toFixed(digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** A duration on the scenario clock: "4,5 min", "1 u 05 min" (nl) or "1 h 05 min" (en). */
export function duration(ms: number | null, lang: ReportLanguage, l: ReportLabels): string {
  if (ms === null) return l.unknown;
  const minutes = ms / 60_000;
  if (minutes < 60) return `${decimal(minutes, minutes < 10 ? 1 : 0, lang)} ${l.minutes}`;
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} ${l.hours} ${String(whole % 60).padStart(2, '0')} ${l.minutes}`;
}

export function yesNo(value: boolean | null, l: ReportLabels): string {
  return value === null ? l.unknown : value ? l.yes : l.no;
}
