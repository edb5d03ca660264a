import type { components } from '../api/schema';

type ErrorResponse = components['schemas']['ErrorResponse'];
export type FieldError = components['schemas']['FieldErrorResponse'];

/** A staff request the server refused (or never got), with what it said (docs/api.md, "Errors"). */
export class RequestFailed extends Error {
  constructor(
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    /** The API's stable code (`VALIDATION_FAILED`, `CONFLICT` …), `NETWORK` or `UNKNOWN`. */
    readonly code: string,
    message: string,
    /** With VALIDATION_FAILED: each field the server refused, by its path. */
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && 'code' in body && 'message' in body;
}

/** An openapi-fetch call answered with its data, or thrown as RequestFailed. */
export async function answer<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result;
  try {
    result = await request;
  } catch {
    throw new RequestFailed(0, 'NETWORK', 'network');
  }
  if (result.response.ok) return result.data as T;
  const body = result.error;
  if (isErrorResponse(body))
    throw new RequestFailed(result.response.status, body.code, body.message, body.errors);
  throw new RequestFailed(result.response.status, 'UNKNOWN', `HTTP ${result.response.status}`);
}

const KNOWN = new Set(['NETWORK', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'VALIDATION_FAILED', 'UNAUTHORIZED']);

/** A refusal in the person's language; the server's own (English) words follow as the detail. */
export function problemText(
  t: (key: string, options?: Record<string, unknown>) => string,
  error: unknown,
): string {
  const code = error instanceof RequestFailed && KNOWN.has(error.code) ? error.code : 'UNKNOWN';
  const message = error instanceof Error ? error.message : String(error);
  return t(`staff.problem.${code}`, { message });
}

/**
 * The server's word on one field, in the person's language where its code says what it means
 * (`missing-field`); otherwise the server's own message beside a plain lead-in.
 */
export function fieldText(
  t: (key: string, options?: Record<string, unknown>) => string,
  error: RequestFailed | null | undefined,
  path: string,
): string | undefined {
  const found = error?.fields.find(
    (f) => f.path === path || f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[`),
  );
  if (!found) return undefined;
  if (found.code === 'missing-field') return t('staff.problem.fieldMissing');
  return t('staff.problem.fieldInvalid', { message: found.message });
}
