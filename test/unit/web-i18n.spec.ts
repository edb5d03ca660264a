import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_ENDED } from '@driehoek/exercise';
import { CATALOGUES } from '../../apps/web/src/i18n/catalogues';

const SOURCES = join(__dirname, '../../apps/web/src');
const I18N = join(SOURCES, 'i18n');
const { nl, en } = CATALOGUES;
const files = (language: string) =>
  readdirSync(join(I18N, language))
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (language: string, file: string) =>
  JSON.parse(readFileSync(join(I18N, language, file), 'utf8')) as Record<string, unknown>;

/** Every key of a catalogue, as i18next reads it (`player.injects`); plural forms by their base. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the web console message catalogues', () => {
  it('should have the same files in both languages, each merged into the catalogue, no key in two', () => {
    expect(files('en')).toEqual(files('nl'));
    const imports = readFileSync(join(I18N, 'catalogues.ts'), 'utf8');
    for (const language of ['nl', 'en']) {
      const seen = new Map<string, string>();
      for (const file of files(language)) {
        expect(imports).toContain(`'./${language}/${file}'`);
        for (const key of Object.keys(read(language, file))) {
          expect(`${key} in ${seen.get(key) ?? file}`).toBe(`${key} in ${file}`);
          seen.set(key, file);
        }
      }
    }
  });

  it('should have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('should have no empty message', () => {
    for (const catalogue of [nl, en]) {
      const empty = keys(catalogue).filter(
        (key) =>
          !key
            .split('.')
            .reduce<any>((node, part) => node[part], catalogue)
            .trim(),
      );
      expect(empty).toEqual([]);
    }
  });

  it('should have a message for every literal key the console asks for', () => {
    const known = new Set(keys(nl).map(base));
    const files = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    const used = files.flatMap((file) =>
      [...readFileSync(join(SOURCES, file), 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('should say every reason the server can end a connection for, where the console looks it up', () => {
    // t(`accessEnded.${reason}`) for players and evaluators, t(`control.accessEnded.${reason}`) in the control room.
    const known = new Set(keys(nl));
    const missing = ['accessEnded', 'control.accessEnded'].flatMap((prefix) =>
      Object.keys(ACCESS_ENDED)
        .map((reason) => `${prefix}.${reason}`)
        .filter((key) => !known.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
