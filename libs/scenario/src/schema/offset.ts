/**
 * Offsets on the exercise clock, written the way an oefenleider thinks about them:
 * `"01:10"` (1 h 10 min after the start), `"00:05:30"`, or with days for a time jump: `"1d 08:30"`.
 */
export const OFFSET_PATTERN = /^(?:(\d+)d\s*)?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * An offset that may lie before the start, for facts the players inherit: `"-14:00"` is the
 * evening before a 08:00 start, `"-1d 02:00"` is 26 hours before it. The sign covers the whole offset.
 */
export const SIGNED_OFFSET_PATTERN = /^-?(?:(\d+)d\s*)?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

export const OFFSET_HINT =
  'write it as "HH:MM", "HH:MM:SS" or "<days>d HH:MM", for example "01:10" or "1d 08:30"';

export const SIGNED_OFFSET_HINT = `${OFFSET_HINT}; put a minus sign in front for a moment before the start, for example "-14:00"`;

/** Seconds after the scenario start; undefined when the text is not a (non-negative) offset. */
export function offsetToSeconds(offset: string): number | undefined {
  return toSeconds(OFFSET_PATTERN.exec(offset.trim()));
}

/** Seconds after the scenario start, negative before it; undefined when the text is not an offset. */
export function signedOffsetToSeconds(offset: string): number | undefined {
  const text = offset.trim();
  const seconds = toSeconds(SIGNED_OFFSET_PATTERN.exec(text));
  // `|| 0`: "-00:00" is the start itself, not a negative zero.
  return seconds !== undefined && text.startsWith('-') ? -seconds || 0 : seconds;
}

/** The inverse, for messages: 4200 → "01:10", 117000 → "1d 08:30", -50400 → "-14:00". */
export function formatOffset(totalSeconds: number): string {
  if (totalSeconds < 0) return `-${formatOffset(-totalSeconds)}`;
  const days = Math.floor(totalSeconds / 86_400);
  const rest = totalSeconds % 86_400;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const hh = pad(Math.floor(rest / 3600));
  const mm = pad(Math.floor((rest % 3600) / 60));
  const ss = rest % 60;
  return `${days ? `${days}d ` : ''}${hh}:${mm}${ss ? `:${pad(ss)}` : ''}`;
}

function toSeconds(match: RegExpExecArray | null): number | undefined {
  if (!match) return undefined;
  const [, days, hours, minutes, seconds] = match;
  return ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0);
}
