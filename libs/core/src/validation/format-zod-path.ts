/** `['injects', 3, 'audience']` → `injects[3].audience`, the way people write paths. */
export function formatZodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
