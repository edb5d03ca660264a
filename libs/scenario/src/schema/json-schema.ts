import { z } from 'zod';
import { Scenario } from './scenario.schema';

/** The published JSON Schema, generated from the same zod schema the server validates with. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(Scenario, 'https://driehoek.nl/schemas/scenario.json', 'Driehoek scenario');
}

/** A YAML-as-code format's JSON Schema as authors' editors read it: the input side, with defaults. */
export function publishedJsonSchema(schema: z.ZodType, $id: string, title: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id,
    title,
  };
}
