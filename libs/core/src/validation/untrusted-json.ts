import type { FieldError } from '../errors/app.exception';
import { formatZodPath } from './format-zod-path';

/** The largest value of a PostgreSQL `integer`: ids and counters compared with one stay below it. */
export const DB_INT_MAX = 2_147_483_647;

/** Deeper than any payload of the contract nests; past it a value is refused before any schema. */
export const MAX_JSON_DEPTH = 32;

// A NUL, or a UTF-16 surrogate without its partner: PostgreSQL stores neither in text or jsonb.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first problem of a parsed JSON value (a request body, a socket message) that no schema
 * should have to meet: nesting deeper than MAX_JSON_DEPTH, or a key or string that is not storable
 * text. Iterative, so a hostile depth cannot overflow the stack.
 */
export function untrustedJsonProblem(value: unknown): FieldError | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) return unstorable(path);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_JSON_DEPTH)
      return {
        path: formatZodPath(path),
        message: `nests deeper than ${MAX_JSON_DEPTH} levels`,
        code: 'too_deep',
      };
    if (Array.isArray(current)) current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else
      for (const [key, item] of Object.entries(current)) {
        if (UNSTORABLE.test(key)) return unstorable([...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
  }
  return undefined;
}

function unstorable(path: PropertyKey[]): FieldError {
  return {
    path: formatZodPath(path),
    message: 'is not valid text (a NUL character or an unpaired surrogate)',
    code: 'invalid_text',
  };
}
