import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenarioYaml } from '@driehoek/scenario';
import {
  descriptionOf,
  propertiesOf,
  referencedList,
  schemaAt,
  typeLabel,
  valuesOf,
  type JsonSchema,
} from '../../apps/web/src/editor/schema-walk';
import { SCENARIO_TEMPLATE } from '../../apps/web/src/editor/template';
import { cursorContext, formatPath, outline, pathAt } from '../../apps/web/src/editor/yaml-path';

const schema = JSON.parse(readFileSync(join(__dirname, '../../scenarios/schema.json'), 'utf8')) as JsonSchema;

/** The document with `¦` marking the cursor: its lines, and the cursor's line and column. */
function at(text: string): { lines: string[]; line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('¦'));
  const column = lines[line].indexOf('¦');
  lines[line] = lines[line].replace('¦', '');
  return { lines, line, column };
}

const context = (text: string) => {
  const { lines, line, column } = at(text);
  return cursorContext(lines, line, column);
};

describe('the scenario editor', () => {
  describe('its template', () => {
    it('should be a valid scenario without warnings', () => {
      const result = validateScenarioYaml(SCENARIO_TEMPLATE);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.scenario?.language).toBe('nl');
    });
  });

  describe(cursorContext.name, () => {
    it('should place a key being typed in its mapping, under list items', () => {
      expect(context('roles:\n  - id: a\n    name: A\n    org¦')).toEqual({
        kind: 'entry',
        path: ['roles', 0],
        typed: 'org',
        from: 4,
        column: 4,
      });
      expect(context('roles:\n  - id: a\n  - id: b\n    ¦')).toMatchObject({ path: ['roles', 1], typed: '' });
      expect(context('id: x\nti¦')).toMatchObject({ kind: 'entry', path: [], typed: 'ti' });
    });

    it('should read compact lists (the dash at the key’s column) and new items on the line', () => {
      expect(context('roles:\n- id: a\n- na¦')).toMatchObject({
        kind: 'entry',
        path: ['roles', 1],
        typed: 'na',
      });
      expect(context('injects:\n  - id: a\n    audience:\n      - burg¦')).toMatchObject({
        kind: 'entry',
        path: ['injects', 0, 'audience', 0],
        typed: 'burg',
      });
    });

    it('should read a value being typed after its key', () => {
      expect(context('roles:\n  - id: a\n    organisation: gem¦')).toEqual({
        kind: 'value',
        path: ['roles', 0, 'organisation'],
        typed: 'gem',
        from: 18,
        column: 4,
      });
    });

    it('should leave block scalars and comments alone', () => {
      expect(context('summary: |\n  Er is: ie¦')).toEqual({ kind: 'none' });
      expect(context('# een: opmerk¦')).toEqual({ kind: 'none' });
      expect(context('summary: >-\n  tekst\nti¦')).toMatchObject({ kind: 'entry', path: [] });
    });
  });

  describe(pathAt.name, () => {
    it('should name the key a position is on, with its columns', () => {
      const { lines, line, column } = at('injects:\n  - id: a\n    chan¦nel: mail');
      expect(pathAt(lines, line, column)).toEqual({
        path: ['injects', 0, 'channel'],
        from: 4,
        to: 11,
        onKey: true,
      });
      expect(formatPath(['injects', 0, 'audience', 1])).toBe('injects[0].audience[1]');
    });
  });

  describe(outline.name, () => {
    it('should list the keys in order with their parents and values', () => {
      const keys = outline([
        'roles:',
        '  - id: burgemeester # de baas',
        "    name: 'Burge''meester'",
      ]).entries;
      expect(keys.map((e) => [formatPath([...e.parent, e.key]), e.value])).toEqual([
        ['roles', ''],
        ['roles[0].id', 'burgemeester'],
        ['roles[0].name', "'Burge''meester'"],
      ]);
    });
  });

  it('should read every key of the shipped scenarios at a path the schema knows', () => {
    const dir = join(__dirname, '../../scenarios');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const entries = outline(lines).entries;
      expect(entries.length).toBeGreaterThan(50);
      const unknown = entries
        .map((e) => [...e.parent, e.key])
        .filter((path) => !schemaAt(schema, path))
        .map((path) => `${file}: ${formatPath(path)}`);
      expect(unknown).toEqual([]);
    }
  });

  describe('the schema walk', () => {
    it('should find what the published schema says at a path, through alternatives', () => {
      expect(valuesOf(schemaAt(schema, ['roles', 0, 'organisation']))).toContain('gemeente');
      expect(descriptionOf(schemaAt(schema, ['roles', 0, 'organisation']))).toBe(
        'The organisation the role belongs to',
      );
      expect(valuesOf(schemaAt(schema, ['injects', 0, 'audience']))).toEqual(['all']);
      expect(typeLabel(schemaAt(schema, ['injects', 0, 'audience']))).toBe('"all" | array of string');
      expect(referencedList(schemaAt(schema, ['injects', 0, 'audience', 0]))).toBe('roles');
      expect(referencedList(schemaAt(schema, ['injects', 0, 'channel']))).toBe('channels');
      expect(schemaAt(schema, ['roles', 0, 'bestaat-niet'])).toBeUndefined();
    });

    it('should offer the keys a mapping may have, required ones first', () => {
      const names = propertiesOf(schemaAt(schema, ['roles', 0]));
      expect(names.slice(0, 3).map((p) => [p.name, p.required])).toEqual([
        ['id', true],
        ['name', true],
        ['organisation', true],
      ]);
      expect(propertiesOf(schemaAt(schema, ['triggers', 0, 'when'])).map((p) => p.name)).toEqual(
        expect.arrayContaining(['decision', 'option', 'clock', 'overdue']),
      );
    });
  });
});
