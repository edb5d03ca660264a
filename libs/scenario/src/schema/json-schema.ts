import { z } from 'zod';
import { Scenario } from './scenario.schema';

/** The published JSON Schema, generated from the same zod schema the server validates with. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://driehoek.nl/schemas/scenario.json',
    title: 'Driehoek scenario',
  };
}
