import type { PipeTransform } from '@nestjs/common';
import type { ZodType, z } from 'zod';
import { AppException, type FieldError } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';
import { formatZodPath } from './format-zod-path';

/** What went wrong with a field, in the words scenario findings use too; clients branch on these. */
export const FIELD_ERROR_CODES = ['missing-field', 'unknown-field', 'wrong-type', 'invalid-value'] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Validates a REST body or parameter with the same library as scenarios and socket payloads. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  /** `field` names a single value (a route parameter) in errors; objects name their own paths. */
  constructor(
    private readonly schema: ZodType<T>,
    private readonly field?: string,
  ) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new AppException(
      ErrorCode.ValidationFailed,
      'The request is not valid',
      fieldErrors(result.error.issues, value, this.field),
    );
  }
}

/** Zod issues as field errors: path, message and a stable code. */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  field?: string,
): FieldError[] {
  return issues.map((issue) => ({
    path: formatZodPath([...(field ? [field] : []), ...issue.path]),
    message: issue.message,
    code: fieldErrorCode(issue, input),
  }));
}

function fieldErrorCode(issue: z.core.$ZodIssue, input: unknown): FieldErrorCode {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'missing-field' : 'wrong-type';
    default:
      return 'invalid-value';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}
