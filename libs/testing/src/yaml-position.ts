/** 1-based line and column of the first occurrence of `needle` at or after `after`, for YAML error tests. */
export function positionOf(source: string, needle: string, after = ''): { line: number; column: number } {
  const start = after ? source.indexOf(after) : 0;
  const index = source.indexOf(needle, start);
  if (index < 0) throw new Error(`"${needle}" not in source`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
