import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export const OPENAPI_FILE = join(__dirname, '../../docs/openapi.json');

export function committedOpenApi(): Record<string, unknown> {
  return JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Record<string, unknown>;
}

/**
 * Fails with the places where the app's document differs from docs/openapi.json, and what to do:
 * a reviewer sees every API change as a diff of that file.
 */
export function expectCommittedOpenApi(actual: unknown): void {
  const committed = committedOpenApi();
  const differences = differencesOf(JSON.parse(JSON.stringify(actual)), committed, '');
  if (differences.length) {
    throw new Error(
      `The app's OpenAPI document differs from docs/openapi.json; run \`npm run openapi\` and commit the result.\n` +
        differences
          .slice(0, 20)
          .map((d) => `  ${d}`)
          .join('\n') +
        (differences.length > 20 ? `\n  … and ${differences.length - 20} more` : ''),
    );
  }
}

function differencesOf(actual: unknown, committed: unknown, at: string): string[] {
  if (isDeepStrictEqual(actual, committed)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(actual) || !isObject(committed)) return [`${at || '/'}: differs`];
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(committed)])];
  return keys.flatMap((key) => {
    const path = `${at}/${key}`;
    if (!(key in committed)) return [`${path}: new in the app`];
    if (!(key in actual)) return [`${path}: no longer in the app`];
    return differencesOf(actual[key], committed[key], path);
  });
}

/** Every `$ref` in the document, with where it is. */
export function refsOf(value: unknown, at = ''): { at: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => refsOf(item, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ at, ref: child }] : refsOf(child, `${at}/${key}`),
  );
}
