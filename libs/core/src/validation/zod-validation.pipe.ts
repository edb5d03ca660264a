import type { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';
import { formatZodPath } from './format-zod-path';

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
      result.error.issues.map((issue) => ({
        path: formatZodPath([...(this.field ? [this.field] : []), ...issue.path]),
        message: issue.message,
      })),
    );
  }
}
