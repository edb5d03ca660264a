import type { PipeTransform } from '@nestjs/common';
import { AppException } from '@driehoek/core';
import type { z } from 'zod';

/** A path id that cannot exist (malformed) is a 404 like any unknown id, not a validation error. */
export function idPipe(schema: z.ZodType<string>, what: string): PipeTransform<unknown, string> {
  return {
    transform(value: unknown): string {
      if (!schema.safeParse(value).success) throw AppException.notFound(what);
      return value as string;
    },
  };
}
