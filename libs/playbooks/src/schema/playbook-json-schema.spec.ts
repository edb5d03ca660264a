import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playbookJsonSchema } from './playbook-json-schema';

describe(playbookJsonSchema.name, () => {
  it('should match the committed playbooks/schema.json (run `npm run playbooks:schema` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../../playbooks/schema.json'), 'utf8'));
    expect(committed).toEqual(playbookJsonSchema());
  });

  it('should require the core fields, forbid unknown ones and offer only regulatory clocks', () => {
    const schema = playbookJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: {
        steps: { items: { properties: { clock: { properties: { regime: { enum: string[] } } } } } };
      };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'summary', 'appliesTo', 'roles', 'steps']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.steps.items.properties.clock.properties.regime.enum).toEqual([
      'nis2',
      'nis2-trust-service',
      'avg',
      'cer',
      'noodverordening',
    ]);
  });
});
