import { z } from 'zod';

/** A zod schema as an OpenAPI 3.0 schema object, so the API document shows the real wire format. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    unrepresentable: 'any',
  });
  return rest;
}
