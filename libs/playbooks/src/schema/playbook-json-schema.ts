import { publishedJsonSchema } from '@driehoek/scenario';
import { Playbook } from './playbook.schema';

/** The published JSON Schema (playbooks/schema.json), generated from the schema the server checks with. */
export function playbookJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(Playbook, 'https://driehoek.nl/schemas/playbook.json', 'Driehoek playbook');
}
