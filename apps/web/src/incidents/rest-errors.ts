import type { TFunction } from 'i18next';
import { RequestFailed } from '../auth/request';
import { ackErrors, sendFailure, type FormErrors } from '../player/form-fields';

/**
 * A refused or failed REST request as a form's errors: the server's field errors (the same shape
 * as a socket refusal's `details`) at their fields, the rest said with the form, in the reader's
 * language. `prefix` is a path the form does not show (a report's fields arrive as `report.…`).
 */
export function restErrors(error: unknown, t: TFunction, prefix = ''): FormErrors {
  if (error instanceof RequestFailed) {
    if (error.code === 'NETWORK') return sendFailure(new Error('offline'), t);
    return ackErrors({ code: error.code, message: error.message, details: error.fields }, t, prefix);
  }
  return sendFailure(error, t);
}
