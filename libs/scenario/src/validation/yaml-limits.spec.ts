import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validateScenarioYaml } from './validate-scenario';
import { YAML_LIMITS } from './yaml-limits';

/**
 * The shapes of the attacks on uploads: what each is refused with and how much it reports. No
 * timings here (they are in `npm run bench:uploads`): the reader's limits bound the work by what
 * they count, and these tests check the counting.
 */
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join('\n');

describe('validateScenarioYaml on documents built to be slow', () => {
  it('should refuse 40,000 keys with one finding naming the node limit, where it is passed', () => {
    const result = validateScenarioYaml(`${lines(40_000, (i) => `veld-${i}: x`)}\n`);

    expect(result.errorCount).toBe(1);
    expect(result.errors).toEqual([
      {
        severity: 'error',
        code: 'too-many-nodes',
        path: '',
        // Two nodes a line: node 50,001 is the key on line 25,001.
        line: YAML_LIMITS.nodes / 2 + 1,
        column: 1,
        message: expect.stringContaining('more than 50,000 nodes'),
      },
    ]);
  });

  it.each([
    ['stray closing brackets', `id: x\nroles: ${']'.repeat(200_000)}\n`],
    ['empty flow entries', `id: x\nroles: [${','.repeat(200_000)}]\n`],
    ['line breaks', `id: x\n${'\n'.repeat(200_000)}`],
    ['sequence indicators', `id: x\nroles:\n${'  -\n'.repeat(200_000)}`],
  ])('should refuse a document of %s with one finding naming the token limit', (_, source) => {
    const result = validateScenarioYaml(source);

    expect(result.errorCount).toBe(1);
    expect(result.errors[0]).toMatchObject({
      code: 'too-many-tokens',
      message: expect.stringContaining('more than 150,000 YAML tokens'),
    });
  });

  it('should read a real scenario of nearly 1 MB without meeting a limit', () => {
    // The largest shipped scenario with its injects eleven times over: the body limit lets it through,
    // so the reader's limits must too.
    const shipped = parse(
      readFileSync(join(__dirname, '../../../../scenarios/ransomware-gemeente.yaml'), 'utf8'),
    );
    const copies = Array.from({ length: 10 }, (_, k) =>
      shipped.injects.map((inject: { id: string }) => ({
        ...structuredClone(inject),
        id: `${inject.id}-${k}`,
      })),
    );
    const source = stringify({ ...shipped, injects: [...shipped.injects, ...copies.flat()] });
    expect(source.length).toBeGreaterThan(900_000);

    // (Its copied branch injects are unreachable: the semantic checks got as far as that.)
    const codes = new Set(validateScenarioYaml(source).errors.map((e) => e.code));
    expect([...codes]).toEqual(['unreachable-inject']);
  });

  it('should report the first 100 of 20,000 unknown keys in source order, and count them all', () => {
    const source = `${scenarioYaml(scenarioFixture())}${lines(20_000, (i) => `veld-${i}: x`)}\n`;

    const result = validateScenarioYaml(source);

    expect(result.errorCount).toBe(20_000);
    expect(result.errors).toHaveLength(100);
    expect(new Set(result.errors.map((e) => e.code))).toEqual(new Set(['unknown-field']));
    const first = source.split('\n').indexOf('veld-0: x') + 1;
    expect(result.errors.map((e) => e.line)).toEqual(Array.from({ length: 100 }, (_, i) => first + i));
    expect(result.errors[99].path).toBe('veld-99');
  });

  it('should report 15,000 repeated keys as the yaml package does, at each repeat', () => {
    const result = validateScenarioYaml(`${lines(15_000, () => 'title: nog eens')}\n`);

    expect(result.errorCount).toBe(14_999);
    expect(result.errors).toHaveLength(100);
    expect(result.errors[0]).toEqual({
      severity: 'error',
      code: 'yaml-syntax',
      path: '',
      line: 2,
      column: 1,
      message: 'YAML syntax: Map keys must be unique.',
    });
  });

  it('should treat keys as the same only when their values are, as uniqueKeys does', () => {
    const result = validateScenarioYaml('a: 1\n"a": 2\n1: x\n1.0: y\n"1": z\n? [k]\n: 1\n? [k]\n: 2\n');

    expect(result.errors.filter((e) => e.message.includes('unique')).map((e) => e.line)).toEqual([2, 4]);
  });

  it.each([
    ['flow collections', `roles: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['block mappings', `${lines(200, (i) => `${' '.repeat(i)}k:`)}\n`],
    ['compact sequences', `roles:\n  ${'- '.repeat(50_000)}x\n`],
  ])('should refuse nesting deeper than the limit in %s, before building it', (_, source) => {
    const result = validateScenarioYaml(source);

    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'too-deep', message: expect.stringContaining('more than 32 levels') }),
    ]);
  });

  it('should read nesting at the limit and report on the schema instead', () => {
    const depth = YAML_LIMITS.depth;
    const result = validateScenarioYaml(`id: x\nroles: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`);

    expect(result.errors.map((e) => e.code)).not.toContain('too-deep');
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it('should refuse more aliases than the limit', () => {
    const source = `a: &a x\n${lines(YAML_LIMITS.aliases + 1, (i) => `b${i}: *a`)}\n`;

    expect(validateScenarioYaml(source).errors).toEqual([
      expect.objectContaining({ code: 'too-many-aliases', line: YAML_LIMITS.aliases + 2 }),
    ]);
  });

  it('should count what an alias names: a few aliases of a large mapping pass the node limit', () => {
    const source = `basis: &b\n${lines(10_000, (i) => `  k${i}: x`)}\n${lines(5, (i) => `kopie-${i}: *b`)}\n`;

    expect(validateScenarioYaml(source).errors).toEqual([
      expect.objectContaining({
        code: 'aliases-too-large',
        // basis and its 10,000 keys: 20,002 nodes; each alias of it adds 20,001; the second passes.
        line: 10_003,
        message: expect.stringContaining('*b here'),
      }),
    ]);
  });

  it('should refuse an alias inside the node it names', () => {
    expect(validateScenarioYaml('id: x\nroles: &r\n  - *r\n').errors).toEqual([
      expect.objectContaining({ code: 'recursive-alias', line: 3, column: 5 }),
    ]);
  });

  it('should refuse text PostgreSQL cannot store, where it is', () => {
    const fixture = scenarioYaml(scenarioFixture());
    const surrogate = fixture.replace('title: Testscenario', 'title: "Test \\ud83d"');
    const nul = fixture.replace('title: Testscenario', 'title: "Test\\0"');

    expect(validateScenarioYaml(surrogate).errors).toEqual([
      expect.objectContaining({ code: 'invalid-text', line: 2, column: 8 }),
    ]);
    expect(validateScenarioYaml(nul).errors[0]).toMatchObject({ code: 'invalid-text', line: 2 });
    // A whole pair is a character.
    expect(
      validateScenarioYaml(fixture.replace('title: Testscenario', 'title: "Test \\ud83d\\ude92"')).errors,
    ).toEqual([]);
  });

  it('should keep many unknown references among many roles to short messages', () => {
    const scenario = scenarioFixture() as Record<string, any>;
    scenario.roles = Array.from({ length: 2000 }, (_, i) => ({
      id: `rol-${i}`,
      name: `Rol ${i}`,
      organisation: 'gemeente',
    }));
    scenario.injects[0].audience = Array.from({ length: 20_000 }, (_, i) => `lor-${i}`);

    const result = validateScenarioYaml(stringify(scenario));

    expect(result.errorCount).toBeGreaterThanOrEqual(20_000);
    expect(result.errors).toHaveLength(100);
    expect(result.errors.map((e) => e.message)).toContain(
      'Unknown role "lor-0". Known roles: rol-0, rol-1, rol-2, rol-3, rol-4, rol-5, rol-6, rol-7, rol-8, rol-9, rol-10, rol-11, ….',
    );
    for (const error of result.errors) expect(error.message.length).toBeLessThan(300);
  });

  it('should report a loop through a thousand triggers once, by its ends', () => {
    const n = 1000;
    const scenario = scenarioFixture() as Record<string, any>;
    scenario.injects = Array.from({ length: n }, (_, i) => ({
      id: `i-${i}`,
      title: `Inject ${i}`,
      ...(i === 0 && { offset: '00:10' }),
      audience: 'all',
      channel: 'mail',
      content: 'x',
    }));
    scenario.decisionPoints = Array.from({ length: n }, (_, i) => ({
      id: `dp-${i}`,
      question: 'Wat nu?',
      owner: 'burgemeester',
      raisedBy: `i-${i}`,
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    }));
    scenario.triggers = Array.from({ length: n }, (_, i) => ({
      id: `t-${i}`,
      when: { decision: `dp-${i}`, option: 'a' },
      schedule: [{ inject: `i-${(i + 1) % n}` }],
    }));
    delete scenario.objectives;
    delete scenario.clocks;

    const result = validateScenarioYaml(stringify(scenario));

    const loops = result.errors.filter((e) => e.code === 'trigger-cycle');
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toMatch(
      /^The triggers form a loop: inject "i-0" → decision point "dp-0" → .* … \(2989 more\) → trigger "t-999" → inject "i-0"\./,
    );
    expect(loops[0].message.length).toBeLessThan(800);
  });
});
