import type { components } from '../api/schema';

type ErrorResponse = components['schemas']['ErrorResponse'];
type FieldError = components['schemas']['FieldErrorResponse'];

/** Why a control request did not go through, as the API said it (docs/api.md, "Errors"). */
export class ControlFailure extends Error {
  constructor(
    /** The API's stable code (`CONFLICT`, `VALIDATION_FAILED` …), or `NETWORK` when it was not reached. */
    readonly code: string,
    message: string,
    /** With VALIDATION_FAILED: each field the server refused, by its path (`jumpTo`, `audience`). */
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** The server's word on one field (`jumpTo`, `audience[0]` counts as `audience`), if any. */
  field(path: string): string | undefined {
    return this.fields.find(
      (f) => f.path === path || f.path.startsWith(`${path}[`) || f.path.startsWith(`${path}.`),
    )?.message;
  }

  /** Field errors that belong to none of the form's fields: shown with the form as a whole. */
  otherFields(paths: readonly string[]): FieldError[] {
    return this.fields.filter((f) => !paths.some((p) => f.path === p || f.path.startsWith(`${p}[`)));
  }
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && 'code' in body && 'message' in body;
}

/**
 * An openapi-fetch request, answered with its data, or thrown as a ControlFailure. A request that
 * never reached the server (the network, a closed laptop lid) is `NETWORK`.
 */
export async function answerOf<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T | undefined> {
  let result;
  try {
    result = await request;
  } catch {
    throw new ControlFailure('NETWORK', 'network');
  }
  if (result.response.ok) return result.data;
  const body = result.error;
  if (isErrorResponse(body)) throw new ControlFailure(body.code, body.message, body.errors ?? []);
  throw new ControlFailure('UNKNOWN', `HTTP ${result.response.status}`);
}

const KNOWN = new Set([
  'NETWORK',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'TOO_MANY_REQUESTS',
  'RATE_LIMITED',
]);

/**
 * A failure in the person's language: what kind of refusal it was, with the server's own words
 * (English, from the API) for the detail. `t` is i18next's.
 */
export function failureText(
  t: (key: string, options?: Record<string, unknown>) => string,
  error: unknown,
): string {
  if (error instanceof ControlFailure)
    return t(`control.errors.${KNOWN.has(error.code) ? error.code : 'UNKNOWN'}`, { message: error.message });
  return t('control.errors.UNKNOWN', { message: error instanceof Error ? error.message : String(error) });
}
