import { ErrorCode } from './error-code';

/** A field-level problem; `line`/`column` (1-based) are set when the input was YAML. */
export interface FieldError {
  path: string;
  message: string;
  /** Stable kind of problem, e.g. `missing-field` or a scenario finding's `unknown-reference`. */
  code?: string;
  line?: number;
  column?: number;
}

/**
 * The one exception type features throw for expected failures. The HTTP filter (and later the
 * socket gateway) turns it into `{code, message, errors?}` with the status of its code.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppException';
  }

  static notFound(what: string): AppException {
    return new AppException(ErrorCode.NotFound, `${what} not found`);
  }
}
