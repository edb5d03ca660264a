import { Body, Query, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { AppException, ErrorCode, ZodValidationPipe, openApiSchema } from '@driehoek/core';
import type { z } from 'zod';
import { addApiErrors } from './api-response.decorator';
import { JSON_LIMIT, YAML_LIMIT } from './body-parsers';

export interface ZodBodyOptions {
  description?: string;
  /** A text body (e.g. YAML) instead of JSON: anything else answers 415. */
  mediaTypes?: readonly string[];
  /** The body limit of this route when it has its own (see body-parsers.ts), for the document. */
  limit?: string;
}

/**
 * The one way to take a request body: validated by the zod schema (422 with a path and code per
 * field) and documented from the same schema. Without a body the schema sees `undefined`, so a
 * schema that accepts that makes the body optional, in the document too.
 */
export function ZodBody<T>(schema: z.ZodType<T>, options: ZodBodyOptions = {}): ParameterDecorator {
  const { description, mediaTypes, limit } = options;
  const pipes: PipeTransform[] = [new ZodValidationPipe(schema)];
  if (mediaTypes) pipes.unshift(textBody(mediaTypes, description ?? 'the body'));
  const body = Body(...pipes);
  return (target, key, index) => {
    body(target, key, index);
    const descriptor = Object.getOwnPropertyDescriptor(target, key!)!;
    ApiBody({
      required: !schema.safeParse(undefined).success,
      ...(description && { description }),
      schema: openApiSchema(schema, { io: 'input' }),
    })(target, key!, descriptor);
    if (mediaTypes) ApiConsumes(...mediaTypes)(target, key!, descriptor);
    const tooLarge = (limit: string) => ({
      code: ErrorCode.PayloadTooLarge,
      description: `The body is larger than ${limit}`,
    });
    addApiErrors(
      descriptor.value as object,
      ...(mediaTypes
        ? [
            { code: ErrorCode.UnsupportedMediaType, description: `Not sent as ${mediaTypes.join(', ')}` },
            tooLarge(YAML_LIMIT),
          ]
        : [
            { code: ErrorCode.BadRequest, description: 'The body is not JSON' },
            tooLarge(limit ?? JSON_LIMIT),
            {
              code: ErrorCode.ValidationFailed,
              description: 'The body is not valid: `errors` has a `path`, `message` and `code` per field',
            },
          ]),
    );
  };
}

/**
 * The query string, validated by the zod object schema; each of its fields is documented as a
 * query parameter (by @nestjs/swagger, from the schema, through the document's converter).
 */
export function ZodQuery<T>(schema: z.ZodType<T>): ParameterDecorator {
  const query = Query({ schema, pipes: [new ZodValidationPipe(schema)] });
  return (target, key, index) => {
    query(target, key, index);
    addApiErrors((target as Record<PropertyKey, object>)[key!], {
      code: ErrorCode.ValidationFailed,
      description: 'The query is not valid: `errors` names each parameter',
    });
  };
}

function textBody(mediaTypes: readonly string[], description: string): PipeTransform {
  return {
    // The text parser only reads the media types given; any other body arrives parsed or absent.
    transform(value: unknown): unknown {
      if (typeof value === 'string') return value;
      throw new AppException(
        ErrorCode.UnsupportedMediaType,
        `Send ${description.charAt(0).toLowerCase()}${description.slice(1)} with Content-Type: ${mediaTypes[0]}`,
      );
    },
  };
}
