import { playbookFixture, playbookYaml, positionOf } from '@driehoek/testing';
import { validatePlaybookYaml } from './validate-playbook';

type Fixture = ReturnType<typeof playbookFixture> & Record<string, any>;

function check(mutate: (p: Fixture) => void) {
  const playbook = playbookFixture() as Fixture;
  mutate(playbook);
  const source = playbookYaml(playbook);
  return { source, result: validatePlaybookYaml(source) };
}

describe(validatePlaybookYaml.name, () => {
  it('should accept the fixture without errors or warnings, with Dutch as the default language', () => {
    const { result } = check((p) => delete p.language);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.playbook).toMatchObject({ id: 'test-playbook', language: 'nl' });
  });

  describe('YAML syntax', () => {
    it('should report a syntax error with its line and column and no playbook', () => {
      const result = validatePlaybookYaml('id: x\nsteps:\n  - id: a\n    title: b\n   owner: c\n');
      expect(result.errors).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 5, column: 1 })]);
      expect(result.playbook).toBeUndefined();
    });

    it('should refuse a document that is not a mapping', () => {
      expect(validatePlaybookYaml('- a\n- b\n').errors).toEqual([
        expect.objectContaining({ code: 'not-a-playbook', line: 1, column: 1 }),
      ]);
    });
  });

  describe('schema', () => {
    it('should name a missing required field at the mapping that lacks it', () => {
      const { source, result } = check((p) => delete p.steps[1].owner);
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'missing-field',
          path: 'steps[1].owner',
          ...positionOf(source, 'id: bewust'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(/Missing required field "owner"/);
    });

    it('should suggest the closest field name for an unknown field', () => {
      const { source, result } = check((p) => {
        p.steps[1].dependson = p.steps[1].dependsOn;
        delete p.steps[1].dependsOn;
      });
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'unknown-field',
          path: 'steps[1].dependson',
          ...positionOf(source, 'dependson'),
        }),
      ]);
      expect(result.errors[0].message).toContain('Did you mean "dependsOn"?');
    });

    it.each([
      ['an id with capitals', (p: Fixture) => (p.steps[0].id = 'Isoleren'), 'steps[0].id', /lower-case/],
      [
        'an unknown organisation',
        (p: Fixture) => (p.roles[0].organisation = 'stad'),
        'roles[0].organisation',
        /gemeente, politie, om/,
      ],
      [
        'a custom clock',
        (p: Fixture) => (p.steps[2].clock.regime = 'custom'),
        'steps[2].clock.regime',
        /nis2, nis2-trust-service, avg, cer, noodverordening$/,
      ],
      [
        'an empty appliesTo',
        (p: Fixture) => (p.appliesTo = []),
        'appliesTo',
        /at least one kind of incident/,
      ],
      [
        'a legal basis that is not text',
        (p: Fixture) => (p.steps[2].legalBasis = [176]),
        'steps[2].legalBasis[0]',
        /string/,
      ],
      ['an unknown language', (p: Fixture) => (p.language = 'de'), 'language', /"nl"/],
    ])('should refuse %s, naming the field', (_what, mutate, path, message) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([expect.objectContaining({ path })]);
      expect(result.errors[0].message.replace(/\.$/, '')).toMatch(message);
      expect(result.errors[0].line).toBeGreaterThan(1);
    });
  });

  describe('semantic checks', () => {
    it.each([
      [
        'an owner',
        (p: Fixture) => (p.steps[1].owner = 'burgermeester'),
        'steps[1].owner',
        'role',
        'burgemeester',
      ],
      ['a phase', (p: Fixture) => (p.steps[0].phase = 'detecie'), 'steps[0].phase', 'phase', 'detectie'],
      [
        'a dependency',
        (p: Fixture) => (p.steps[2].dependsOn = ['bewst']),
        'steps[2].dependsOn[0]',
        'step',
        'bewust',
      ],
    ])(
      'should report a mistyped reference in %s with a suggestion and its position',
      (_what, mutate, path, kind, meant) => {
        const { source, result } = check(mutate);
        const wrong = String(source.match(new RegExp(`(burgermeester|detecie|bewst)`))![0]);
        expect(result.errors).toEqual([
          expect.objectContaining({ code: 'unknown-reference', path, ...positionOf(source, wrong) }),
        ]);
        expect(result.errors[0].message).toBe(`Unknown ${kind} "${wrong}". Did you mean "${meant}"?`);
      },
    );

    it.each([
      ['roles', (p: Fixture) => p.roles.push({ ...p.roles[0] }), 'roles[2].id', 'role'],
      ['phases', (p: Fixture) => (p.phases[1].id = 'detectie'), 'phases[1].id', 'phase'],
      ['steps', (p: Fixture) => (p.steps[2].id = 'isoleren'), 'steps[2].id', 'step'],
    ])('should report a duplicate id in %s at the second occurrence', (_what, mutate, path, kind) => {
      const duplicate = check(mutate).result.errors.find((e) => e.code === 'duplicate-id');
      expect(duplicate).toMatchObject({ path });
      expect(duplicate!.message).toContain(`Duplicate ${kind} id`);
    });

    it('should report a dependency cycle with the whole loop', () => {
      const { source, result } = check((p) => (p.steps[0].dependsOn = ['waarschuwing']));
      const cycle = result.errors.find((e) => e.code === 'dependency-cycle');
      expect(cycle).toMatchObject({ path: 'steps[0].dependsOn', ...positionOf(source, '- waarschuwing') });
      expect(cycle!.message).toContain(
        '"isoleren" waits for "waarschuwing" waits for "bewust" waits for "isoleren"',
      );
    });

    it('should report a step that depends on itself', () => {
      const { result } = check((p) => (p.steps[0].dependsOn = ['isoleren']));
      expect(result.errors.map((e) => e.code)).toContain('dependency-cycle');
    });

    it('should report a clock stage the regime does not have, with a suggestion', () => {
      const { source, result } = check((p) => (p.steps[2].clock.stage = 'early-warnings'));
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'unknown-stage',
          path: 'steps[2].clock.stage',
          ...positionOf(source, 'early-warnings'),
        }),
      ]);
      expect(result.errors[0].message).toContain('Did you mean "early-warning"?');
      const other = check((p) => (p.steps[2].clock = { regime: 'avg', stage: 'early-warning' })).result;
      expect(other.errors[0].message).toMatch(
        /A avg clock has no stage "early-warning"\. Its stages are: notification, data-subjects\./,
      );
    });
  });

  describe('warnings', () => {
    it.each([
      [
        'a role that owns no step',
        (p: Fixture) => p.roles.push({ id: 'fg', name: 'FG', organisation: 'gemeente' }),
        'idle-role',
        'roles[2].id',
      ],
      [
        'a phase without steps',
        (p: Fixture) => p.phases.push({ id: 'herstel', name: 'Herstel' }),
        'unused-phase',
        'phases[2].id',
      ],
      [
        'a step without a phase while phases exist',
        (p: Fixture) => delete p.steps[1].phase,
        'missing-phase',
        'steps[1].id',
      ],
      [
        'a dependency listed below the step',
        (p: Fixture) => {
          p.steps[0].dependsOn = ['bewust'];
          p.steps[1].dependsOn = [];
        },
        'dependency-order',
        'steps[0].dependsOn[0]',
      ],
    ])('should warn, not fail, about %s', (_what, mutate, code, path) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([expect.objectContaining({ code, path })]);
      expect(result.playbook).toBeDefined();
    });
  });
});
