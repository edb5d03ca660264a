/** Summary of durations in ms; integers, so the report's numbers never depend on float printing. */
export interface DurationStats {
  count: number;
  medianMs: number | null;
  meanMs: number | null;
  maxMs: number | null;
}

export function durationStats(samples: readonly number[]): DurationStats {
  if (!samples.length) return { count: 0, medianMs: null, meanMs: null, maxMs: null };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const sum = sorted.reduce((total, s) => total + s, 0);
  return {
    count: sorted.length,
    medianMs: Math.round(median),
    meanMs: Math.round(sum / sorted.length),
    maxMs: sorted[sorted.length - 1],
  };
}

/** Keys in the order of `preferred` first (the scenario's roles), then any others alphabetically. */
export function orderedKeys(keys: Iterable<string>, preferred: readonly string[]): string[] {
  const present = new Set(keys);
  const first = preferred.filter((k) => present.has(k));
  const rest = [...present].filter((k) => !preferred.includes(k)).sort();
  return [...first, ...rest];
}
