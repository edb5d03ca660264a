import { z } from 'zod';

export interface OpenApiSchemaOptions {
  /** `input`: what a client sends (defaults make fields optional); `output`: what it receives. */
  io?: 'input' | 'output';
  /** Schemas registered here with an `id` become `definitions` that the result refers to by `$ref`. */
  components?: z.core.$ZodRegistry<{ id?: string }>;
}

/** A zod schema as an OpenAPI 3.0 schema object, so the API document shows the real wire format. */
export function openApiSchema(
  schema: z.ZodType,
  { io = 'output', components }: OpenApiSchemaOptions = {},
): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    unrepresentable: 'any',
    io,
    ...(components && { metadata: withGlobalMetadata(components) }),
    override: ({ zodSchema, jsonSchema }) => {
      // An answer may gain fields as the API grows; only a strict object is closed to more.
      const def = zodSchema._zod.def as { type: string; catchall?: unknown };
      if (io === 'output' && def.type === 'object' && def.catchall === undefined) {
        delete jsonSchema.additionalProperties;
      }
    },
  });
  return rest;
}

/** The ids of `components` over the descriptions every schema keeps in zod's global registry. */
function withGlobalMetadata(
  components: z.core.$ZodRegistry<{ id?: string }>,
): z.core.$ZodRegistry<Record<string, unknown>> {
  const registry = z.registry<Record<string, unknown>>();
  registry.get = (schema) => {
    const global = z.globalRegistry.get(schema);
    const own = components.get(schema);
    return global || own ? { ...global, ...own } : undefined;
  };
  return registry;
}
