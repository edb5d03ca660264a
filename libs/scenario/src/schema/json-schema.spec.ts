import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchema } from './json-schema';

describe(scenarioJsonSchema.name, () => {
  it('should match the committed scenarios/schema.json (run `npm run scenarios:schema` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../../scenarios/schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('should describe every top-level field and forbid unknown ones', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'roles',
        'channels',
        'phases',
        'objectives',
        'injects',
        'decisionPoints',
        'triggers',
        'clocks',
      ]),
    );
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'startsAt', 'duration', 'roles', 'injects']),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
