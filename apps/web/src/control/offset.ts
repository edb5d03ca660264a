/**
 * Offsets on the exercise clock as the API writes them (docs/api.md, `PATCH …/clock`): "01:10",
 * "00:05:30", "1d 08:30". The same pattern as the server's (libs/scenario, offset.ts), so the
 * form refuses here what the server would refuse, before it is sent.
 */
const OFFSET_PATTERN = /^(?:(\d+)d\s*)?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

/** Milliseconds after the scenario start, or null when the text is not an offset. */
export function parseOffset(text: string): number | null {
  const match = OFFSET_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, days, hours, minutes, seconds] = match;
  return (
    (((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000
  );
}

/** The inverse: 4_200_000 → "01:10", 117_000_000 → "1d 08:30" (seconds only when there are some). */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const rest = total % 86_400;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = rest % 60;
  return `${days ? `${days}d ` : ''}${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}${
    seconds ? `:${pad(seconds)}` : ''
  }`;
}
