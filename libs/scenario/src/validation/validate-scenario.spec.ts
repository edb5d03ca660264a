import { positionOf, scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { validateScenarioYaml } from './validate-scenario';

type Fixture = ReturnType<typeof scenarioFixture> & Record<string, any>;

function check(mutate: (s: Fixture) => void) {
  const scenario = scenarioFixture() as Fixture;
  mutate(scenario);
  const source = scenarioYaml(scenario);
  return { source, result: validateScenarioYaml(source) };
}

describe(validateScenarioYaml.name, () => {
  it('should accept the fixture without errors or warnings', () => {
    const { result } = check(() => undefined);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.scenario?.id).toBe('test-scenario');
  });

  describe('YAML syntax', () => {
    it('should report a syntax error with its line and column', () => {
      const result = validateScenarioYaml('id: x\nroles:\n  - id: a\n    name: b\n   organisation: c\n');
      expect(result.errors).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 5, column: 1 })]);
      expect(result.scenario).toBeUndefined();
      expect(validateScenarioYaml('id: x\n\ttitle: y\n').errors[0]).toMatchObject({
        line: 2,
        message: expect.stringMatching(/Tabs/),
      });
    });

    it('should report a duplicate key where the second one is', () => {
      const result = validateScenarioYaml('id: x\ntitle: a\ntitle: b\n');
      expect(result.errors[0]).toMatchObject({ code: 'yaml-syntax', line: 3, column: 1 });
      expect(result.errors[0].message).toMatch(/unique/i);
    });

    it('should refuse a document that is not a mapping', () => {
      expect(validateScenarioYaml('- a\n- b\n').errors[0]).toMatchObject({
        code: 'not-a-scenario',
        line: 1,
        column: 1,
      });
    });

    it('should refuse alias bombs', () => {
      const bomb = [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
        ),
      ].join('\n');
      expect(validateScenarioYaml(bomb).errors).toEqual([
        expect.objectContaining({
          code: 'aliases-too-large',
          // a: 10 nodes, b: 10², … e: 10⁵, where the expansion passes the limit
          line: 5,
          message: expect.stringContaining('more than 50,000 nodes'),
        }),
      ]);
    });
  });

  describe('schema', () => {
    it('should name a missing required field at the mapping that lacks it', () => {
      const { source, result } = check((s) => delete s.roles[1].organisation);
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'missing-field',
          path: 'roles[1].organisation',
          ...positionOf(source, 'id: teamchef-politie'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(/Missing required field "organisation"/);
    });

    it('should point at an unknown field and suggest the right name', () => {
      const { source, result } = check((s) => (s.injects[0].audiense = 'all'));
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'unknown-field',
          path: 'injects[0].audiense',
          ...positionOf(source, 'audiense'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(/Did you mean "audience"/);
    });

    it('should point at a value of the wrong type', () => {
      const { source, result } = check((s) => (s.injects[0].hold = 'ja'));
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'wrong-type', path: 'injects[0].hold', ...positionOf(source, 'ja') }),
      ]);
    });

    it('should explain a malformed offset', () => {
      const { source, result } = check((s) => (s.injects[1].offset = '20 minuten'));
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'invalid-value',
          path: 'injects[1].offset',
          ...positionOf(source, '20 minuten'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(/"01:10"/);
    });

    it('should refuse an unknown organisation, listing the allowed ones', () => {
      const { source, result } = check((s) => (s.roles[0].organisation = 'provincie'));
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'invalid-value', ...positionOf(source, 'provincie') }),
      ]);
      expect(result.errors[0].message).toMatch(/gemeente, politie, om/);
    });

    it('should refuse an id with capitals or spaces', () => {
      const { source, result } = check((s) => (s.channels[0].id = 'E mail'));
      expect(result.errors[0]).toMatchObject({
        code: 'invalid-value',
        path: 'channels[0].id',
        ...positionOf(source, 'E mail'),
      });
    });

    it('should refuse a decision point with one option', () => {
      const { source, result } = check((s) => s.decisionPoints[0].options.pop());
      expect(result.errors[0]).toMatchObject({
        code: 'invalid-value',
        path: 'decisionPoints[0].options',
        ...positionOf(source, '- id: a'),
      });
    });

    it('should refuse a trigger condition of an unknown form', () => {
      const { source, result } = check((s) => (s.triggers[0].when = { afterInject: 'i-start' }));
      expect(result.errors[0]).toMatchObject({
        code: 'invalid-value',
        path: 'triggers[0].when',
        ...positionOf(source, 'afterInject'),
      });
    });

    it('should refuse an unknown time zone', () => {
      const { source, result } = check((s) => (s.timeZone = 'Europe/Amsterdan'));
      expect(result.errors[0]).toMatchObject({ path: 'timeZone', ...positionOf(source, 'Europe/Amsterdan') });
    });
  });

  describe('semantic checks', () => {
    it.each([
      [
        'an audience role',
        (s: Fixture) => (s.injects[1].audience[0] = 'teamchef-politei'),
        'injects[1].audience[0]',
        'teamchef-politei',
        /Unknown role "teamchef-politei". Did you mean "teamchef-politie"/,
      ],
      [
        'a channel',
        (s: Fixture) => (s.injects[0].channel = 'sms'),
        'injects[0].channel',
        'sms',
        /Unknown channel "sms". Known channels: mail, telefoon/,
      ],
      [
        'a phase',
        (s: Fixture) => (s.injects[0].phase = 'herstel'),
        'injects[0].phase',
        'herstel',
        /Unknown phase "herstel"/,
      ],
      [
        'an expected action',
        (s: Fixture) => (s.injects[0].expects = ['ea-besluiten']),
        'injects[0].expects[0]',
        'ea-besluiten',
        /Did you mean "ea-besluit"/,
      ],
      [
        'a role of an expected action',
        (s: Fixture) => (s.objectives[0].expectedActions[0].roles = ['ciso']),
        'objectives[0].expectedActions[0].roles[0]',
        'ciso',
        /Unknown role "ciso"/,
      ],
      [
        'a raising inject',
        (s: Fixture) => (s.decisionPoints[0].raisedBy = 'i-begin'),
        'decisionPoints[0].raisedBy',
        'i-begin',
        /Unknown inject "i-begin"/,
      ],
      [
        'a trigger decision',
        (s: Fixture) => (s.triggers[0].when.decision = 'dp-kuze'),
        'triggers[0].when.decision',
        'dp-kuze',
        /Did you mean "dp-keuze"/,
      ],
      [
        'a trigger option',
        (s: Fixture) => (s.triggers[0].when.option = 'c'),
        'triggers[0].when.option',
        ['c', 'option: c'],
        /has no option "c". Its options are: a, b/,
      ],
      [
        'a scheduled inject',
        (s: Fixture) => (s.triggers[1].schedule[0].inject = 'i-tak-c'),
        'triggers[1].schedule[0].inject',
        'i-tak-c',
        /Unknown inject "i-tak-c"/,
      ],
      [
        'a clock',
        (s: Fixture) => (s.triggers[3].when.clock = 'avg'),
        'triggers[3].when.clock',
        ['avg', 'clock: avg'],
        /Unknown clock "avg"/,
      ],
      [
        'a clock stage',
        (s: Fixture) => (s.triggers[3].when.stage = 'early-warnign'),
        'triggers[3].when.stage',
        'early-warnign',
        /Did you mean "early-warning"/,
      ],
      [
        'an overdue decision',
        (s: Fixture) => (s.triggers[2].when.overdue = 'dp-x'),
        'triggers[2].when.overdue',
        'dp-x',
        /Unknown decision point "dp-x"/,
      ],
    ])('should locate an unknown reference to %s', (_what, mutate, path, needle, message) => {
      const { source, result } = check(mutate);
      const [text, after] = [needle].flat();
      expect(result.errors).toEqual([expect.objectContaining({ path, ...positionOf(source, text, after) })]);
      expect(result.errors[0].message).toMatch(message);
      expect(result.scenario).toBeUndefined();
    });

    it('should report a decision point whose owner role does not exist', () => {
      const { source, result } = check((s) => (s.decisionPoints[0].owner = 'burgermeester'));
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'unknown-owner',
          path: 'decisionPoints[0].owner',
          ...positionOf(source, 'burgermeester'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(
        /owned by role "burgermeester", which does not exist. Did you mean "burgemeester"/,
      );
    });

    it.each([
      ['roles', (s: Fixture) => s.roles.push({ ...s.roles[0] }), 'roles[3].id', 'role'],
      ['injects', (s: Fixture) => (s.injects[1].id = 'i-start'), 'injects[1].id', 'inject'],
      [
        'options',
        (s: Fixture) => (s.decisionPoints[0].options[1].id = 'a'),
        'decisionPoints[0].options[1].id',
        'option of "dp-keuze"',
      ],
      ['triggers', (s: Fixture) => (s.triggers[1].id = 't-a'), 'triggers[1].id', 'trigger'],
    ])('should report a duplicate id in %s at the second occurrence', (_what, mutate, path, kind) => {
      const { result } = check(mutate);
      const duplicate = result.errors.find((e) => e.code === 'duplicate-id');
      expect(duplicate).toMatchObject({ path });
      expect(duplicate!.message).toContain(`Duplicate ${kind} id`);
    });

    it('should locate the second of two duplicate inject ids exactly', () => {
      const { source, result } = check((s) => (s.injects[1].id = 'i-start'));
      // The second inject's id is on the line above its title.
      expect(result.errors[0]).toMatchObject({
        code: 'duplicate-id',
        line: positionOf(source, 'title: Politie-info').line - 1,
        column: 9,
      });
    });

    it.each([
      ['an inject offset', (s: Fixture) => (s.injects[1].offset = '04:30'), 'injects[1].offset', '04:30'],
      [
        'a phase start',
        (s: Fixture) => (s.phases[1].startsAt = '1d 01:00'),
        'phases[1].startsAt',
        '1d 01:00',
      ],
      [
        'a decision deadline',
        (s: Fixture) => (s.decisionPoints[0].dueAt = '05:00'),
        'decisionPoints[0].dueAt',
        '05:00',
      ],
      [
        'a clock start',
        (s: Fixture) => (s.clocks[0].startsAt = '04:00:01'),
        'clocks[0].startsAt',
        '04:00:01',
      ],
      [
        'an expected action',
        (s: Fixture) => (s.objectives[0].expectedActions[0].within = '06:00'),
        'objectives[0].expectedActions[0].within',
        '06:00',
      ],
    ])('should report %s after the end of the scenario', (_what, mutate, path, needle) => {
      const { source, result } = check(mutate);
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'offset-out-of-range', path, ...positionOf(source, needle) }),
      ]);
      expect(result.errors[0].message).toMatch(/after the end of the scenario \(duration 04:00\)/);
    });

    it('should report a trigger cycle with the whole loop', () => {
      const { source, result } = check((s) => (s.triggers[1].schedule[0].inject = 'i-start'));
      const cycle = result.errors.find((e) => e.code === 'trigger-cycle');
      expect(cycle).toMatchObject({
        path: 'triggers[1].schedule',
        ...positionOf(source, '- inject: i-start'),
      });
      expect(cycle!.message).toContain(
        'inject "i-start" → decision point "dp-keuze" → trigger "t-b" → inject "i-start"',
      );
    });

    it('should report an inject that no path can reach', () => {
      const { source, result } = check((s) => (s.triggers[0].schedule[0].inject = 'i-tak-b'));
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'unreachable-inject',
          path: 'injects[2].id',
          ...positionOf(source, 'i-tak-a'),
        }),
      ]);
      expect(result.errors[0].message).toMatch(/can never fire.*set hold: true/);
    });

    it('should report injects behind an unreachable decision point', () => {
      const { result } = check((s) => {
        delete s.injects[0].offset;
      });
      expect(result.errors.map((e) => e.code)).toEqual(
        expect.arrayContaining(['unreachable-inject', 'unreachable-decision']),
      );
      expect(result.errors.filter((e) => e.code === 'unreachable-inject').map((e) => e.path)).toEqual([
        'injects[0].id',
        'injects[2].id',
        'injects[3].id',
        'injects[4].id',
      ]);
    });

    it('should report a decision point that never opens', () => {
      const { source, result } = check((s) => delete s.decisionPoints[0].raisedBy);
      expect(result.errors.find((e) => e.code === 'never-opens')).toMatchObject({
        path: 'decisionPoints[0]',
        ...positionOf(source, 'id: dp-keuze'),
      });
    });

    it('should report a deadline before the opening', () => {
      const { result } = check((s) =>
        Object.assign(s.decisionPoints[0], { opensAt: '01:00', dueAt: '00:50' }),
      );
      expect(result.errors.find((e) => e.code === 'due-before-open')).toMatchObject({
        path: 'decisionPoints[0].dueAt',
      });
    });

    it('should report an overdue trigger on a decision point without a deadline', () => {
      const { result } = check((s) => delete s.decisionPoints[0].dueAt);
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'never-overdue', path: 'triggers[2].when.overdue' }),
      ]);
    });

    it('should require period and label on custom clocks and refuse a period on fixed ones', () => {
      expect(check((s) => (s.clocks[0].regime = 'custom')).result.errors.map((e) => e.code)).toEqual(
        expect.arrayContaining(['custom-clock-period', 'custom-clock-label']),
      );
      expect(check((s) => (s.clocks[0].period = '24:00')).result.errors).toEqual([
        expect.objectContaining({ code: 'fixed-clock-period', path: 'clocks[0].period' }),
      ]);
    });

    it('should refuse a clock with two starts', () => {
      const { result } = check((s) => (s.clocks[0].startsOn = { decision: 'dp-keuze', option: 'a' }));
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'clock-start-twice', path: 'clocks[0].startsOn' }),
      ]);
    });

    it('should check the option of a clock started by a decision', () => {
      const { result } = check((s) => {
        delete s.clocks[0].startsAt;
        s.clocks[0].startsOn = { decision: 'dp-keuze', option: 'z' };
      });
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'unknown-option', path: 'clocks[0].startsOn.option' }),
      ]);
    });
  });

  describe('decision timing', () => {
    const branchDecision = (extra: Record<string, unknown>) => (s: Fixture) => {
      s.decisionPoints.push({
        id: 'dp-vervolg',
        question: 'En nu?',
        owner: 'burgemeester',
        raisedBy: 'i-tak-a',
        options: [
          { id: 'door', label: 'Doorgaan' },
          { id: 'stop', label: 'Stoppen' },
        ],
        ...extra,
      });
      s.triggers.push({
        id: 't-vervolg',
        when: { decision: 'dp-vervolg', option: 'stop' },
        schedule: [{ inject: 'i-reserve' }],
      });
    };

    it.each([
      [
        'a dueAt before its opensAt',
        (s: Fixture) =>
          Object.assign(s.decisionPoints[0], { opensAt: '01:30', dueAt: '00:30', raisedBy: undefined }),
        'due-before-open',
        'decisionPoints[0].dueAt',
        'Decision point "dp-keuze" is due at 00:30, before it opens at 01:30. Set dueAt later than 01:30.',
      ],
      [
        'a dueAt before the offset of the inject that raises it',
        (s: Fixture) => (s.decisionPoints[0].dueAt = '00:05'),
        'due-before-open',
        'decisionPoints[0].dueAt',
        'Decision point "dp-keuze" is due at 00:05, before inject "i-start" raises it at 00:10. Set dueAt later than 00:10, or use dueAfter to count from the moment it is raised.',
      ],
      [
        'a dueAt before its opensAt though after the raising inject',
        (s: Fixture) => (s.decisionPoints[0].opensAt = '01:00'),
        'due-before-open',
        'decisionPoints[0].dueAt',
        'Decision point "dp-keuze" is due at 00:45, before it opens at 01:00. Set dueAt later than 01:00.',
      ],
      [
        'a dueAt at the very moment the point opens',
        (s: Fixture) => (s.decisionPoints[0].dueAt = '00:10'),
        'due-before-open',
        'decisionPoints[0].dueAt',
        'Decision point "dp-keuze" is due at 00:10, the very moment inject "i-start" raises it, which leaves no time to decide. Set dueAt later than 00:10.',
      ],
      [
        'both dueAt and dueAfter',
        (s: Fixture) => (s.decisionPoints[0].dueAfter = '00:30'),
        'due-twice',
        'decisionPoints[0].dueAfter',
        'Decision point "dp-keuze" has both dueAt and dueAfter; keep one: dueAt for a fixed moment on the exercise clock, dueAfter for a time counted from the moment the question is put.',
      ],
      [
        'a dueAfter of no time at all',
        (s: Fixture) => Object.assign(s.decisionPoints[0], { dueAt: undefined, dueAfter: '00:00' }),
        'due-before-open',
        'decisionPoints[0].dueAfter',
        'Decision point "dp-keuze" has dueAfter 00:00, which makes it due the moment it opens and leaves no time to decide. Give the owner time, for example dueAfter: "00:30".',
      ],
      [
        'a dueAfter that ends after the scenario',
        (s: Fixture) => Object.assign(s.decisionPoints[0], { dueAt: undefined, dueAfter: '03:55' }),
        'offset-out-of-range',
        'decisionPoints[0].dueAfter',
        'Decision point "dp-keuze" is due at 04:05, 03:55 after inject "i-start" raises it at 00:10, which is after the end of the scenario (duration 04:00). Shorten dueAfter, or lengthen duration.',
      ],
    ])('should refuse %s, naming the decision point', (_what, mutate, code, path, message) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([expect.objectContaining({ code, path, message })]);
    });

    it.each([
      [
        'a held inject',
        (s: Fixture) => (s.decisionPoints[0].raisedBy = 'i-reserve'),
        'decisionPoints[0].dueAt',
        /raised by inject "i-reserve", which the facilitator fires by hand, .* Use dueAfter instead/,
      ],
      [
        'a branch inject',
        branchDecision({ dueAt: '02:00' }),
        'decisionPoints[1].dueAt',
        /raised by inject "i-tak-a", a branch inject that only a trigger schedules, .* Use dueAfter instead/,
      ],
    ])(
      'should suggest dueAfter for a fixed dueAt on a point raised by %s',
      (_what, mutate, path, message) => {
        const { result } = check(mutate);
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([
          expect.objectContaining({
            code: 'fixed-due-unknown-opening',
            path,
            message: expect.stringMatching(message),
          }),
        ]);
      },
    );

    it.each([
      ['a branch inject', branchDecision({ dueAfter: '00:20' })],
      [
        'a held inject',
        (s: Fixture) =>
          Object.assign(s.decisionPoints[0], { raisedBy: 'i-reserve', dueAt: undefined, dueAfter: '00:30' }),
      ],
    ])('should accept dueAfter on a point raised by %s, overdue trigger included', (_what, mutate) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
    });

    it('should report an overdue trigger on a decision point without dueAt or dueAfter', () => {
      const { result } = check((s) => delete s.decisionPoints[0].dueAt);
      expect(result.errors[0].message).toBe(
        'Decision point "dp-keuze" has no deadline, so it can never be overdue. Give it a dueAt or a dueAfter.',
      );
    });

    it('should warn when the owner does not receive the inject that raises the point', () => {
      const { source, result } = check((s) => (s.decisionPoints[0].raisedBy = 'i-politie'));
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([
        expect.objectContaining({
          code: 'owner-not-in-audience',
          path: 'decisionPoints[0].owner',
          ...positionOf(source, 'burgemeester', 'owner:'),
          message:
            'Decision point "dp-keuze" is owned by role "burgemeester", which does not receive inject "i-politie" that raises it, so the owner would be asked about an inject it never saw. Add "burgemeester" to the audience of "i-politie", or let another inject raise the question.',
        }),
      ]);
    });
  });

  describe('clock declarations', () => {
    const customClock = (extra: Record<string, unknown>) => (s: Fixture) =>
      s.clocks.push({
        id: 'klok-raad',
        regime: 'custom',
        label: 'Verantwoording aan de raad',
        period: '02:00',
        ...extra,
      });

    it.each([
      ['a startsAt the evening before the start', (s: Fixture) => (s.clocks[0].startsAt = '-14:00')],
      ['a startsAt days before the start', (s: Fixture) => (s.clocks[0].startsAt = '-1d 02:00')],
      ['audience: all', (s: Fixture) => (s.clocks[0].audience = 'all')],
      ['an audience of roles', (s: Fixture) => (s.clocks[0].audience = ['burgemeester', 'teamchef-politie'])],
      ['a description', (s: Fixture) => (s.clocks[0].description = 'Meldplicht van de gemeente')],
      ['a recipient on a custom clock', customClock({ recipient: 'De gemeenteraad' })],
    ])('should accept %s', (_what, mutate) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
    });

    it.each([
      [
        'a negative offset anywhere but a clock start',
        (s: Fixture) => (s.injects[1].offset = '-00:10'),
        'invalid-value',
        'injects[1].offset',
        'Field "offset" of inject "i-politie" must not lie before the start of the scenario; only the startsAt of a clock may be negative.',
      ],
      [
        'a malformed clock start',
        (s: Fixture) => (s.clocks[0].startsAt = 'gisteravond'),
        'invalid-value',
        'clocks[0].startsAt',
        /^Field "startsAt" of clock "nis2" must be a time on the exercise clock; .*"-14:00"\.$/,
      ],
      [
        'an unknown role in a clock audience',
        (s: Fixture) => (s.clocks[0].audience = ['burgemeester', 'cisso']),
        'unknown-reference',
        'clocks[0].audience[1]',
        /^Unknown role "cisso"\./,
      ],
      [
        'an empty clock audience',
        (s: Fixture) => (s.clocks[0].audience = []),
        'invalid-value',
        'clocks[0].audience',
        'Field "audience" of clock "nis2" must name at least one role, or be "all".',
      ],
      [
        'a recipient on a clock whose regime names it',
        (s: Fixture) => (s.clocks[0].recipient = 'Het CSIRT'),
        'fixed-clock-recipient',
        'clocks[0].recipient',
        'Clock "nis2" follows the nis2 rules, which say to whom each report goes; remove recipient or use regime: custom.',
      ],
      [
        'an empty recipient',
        customClock({ recipient: ' ' }),
        'invalid-value',
        'clocks[1].recipient',
        'Field "recipient" of clock "klok-raad" must not be empty.',
      ],
      [
        'a clock start after the end',
        (s: Fixture) => (s.clocks[0].startsAt = '1d 00:00'),
        'offset-out-of-range',
        'clocks[0].startsAt',
        'Clock "nis2" starts at 1d 00:00, after the end of the scenario (duration 04:00). Move it to 04:00 or earlier, or lengthen duration.',
      ],
    ])('should refuse %s', (_what, mutate, code, path, message) => {
      const { result } = check(mutate);
      expect(result.errors).toEqual([
        expect.objectContaining({
          code,
          path,
          message: typeof message === 'string' ? message : expect.stringMatching(message),
        }),
      ]);
    });

    it('should keep a negative clock start as written', () => {
      const { result } = check((s) => (s.clocks[0].startsAt = '-1d 02:00'));
      expect(result.scenario?.clocks?.[0].startsAt).toBe('-1d 02:00');
    });
  });

  describe('messages', () => {
    it.each<[string, (s: Fixture) => void, string]>([
      [
        'a missing field',
        (s) => delete s.injects[0].audience,
        'Missing required field "audience" in inject "i-start": add it here. It must be "all" or a list of role ids.',
      ],
      [
        'a missing field of a nested mapping',
        (s) => delete s.triggers[3].when.status,
        'Missing required field "status" in "when" of trigger "t-klok": add it here. It must be "met" or "missed".',
      ],
      [
        'a value of the wrong type',
        (s) => (s.injects[0].hold = 'ja'),
        'Field "hold" of inject "i-start" must be true or false, not the text "ja".',
      ],
      [
        'a number where text belongs',
        (s) => (s.title = 2026),
        'Field "title" must be text, not the number 2026; put it in quotes to make it a string.',
      ],
      [
        'a malformed offset',
        (s) => (s.injects[1].offset = '20 minuten'),
        'Field "offset" of inject "i-politie" must be a time on the exercise clock; write it as "HH:MM", "HH:MM:SS" or "<days>d HH:MM", for example "01:10" or "1d 08:30".',
      ],
      [
        'an id with capitals',
        (s) => (s.channels[0].id = 'E mail'),
        'Channel id "E mail" must consist of lower-case letters, digits and dashes, for example "burgemeester".',
      ],
      [
        'a list entry',
        (s) => (s.injects[1].audience = ['teamchef-politie', 7]),
        'Entry 2 of "audience" of inject "i-politie" must be the id of a role.',
      ],
      [
        'a bad value in the one form a union was meant as',
        (s) => (s.triggers[3].when.status = 'te-laat'),
        'Field "when.status" of trigger "t-klok" must be "met" or "missed".',
      ],
      [
        'a value of no known form',
        (s) => (s.injects[0].audience = 'iedereen'),
        'Field "audience" of inject "i-start" must be "all" or a list of role ids.',
      ],
      ['a built-in choice', (s) => (s.language = 'de'), 'Field "language" must be "nl" or "en".'],
      [
        'an unknown field in a nested mapping',
        (s) => (s.clocks[0].startsOn = { decision: 'dp-keuze', opton: 'a' }),
        'Unknown field "opton" in "startsOn" of clock "nis2". Did you mean "option"? Remove it or check its spelling; allowed here: decision, option.',
      ],
      [
        'a clock stage',
        (s) => (s.triggers[3].when.stage = 'melding'),
        'Clock "nis2" follows the nis2 rules, which have no stage "melding". The stages of nis2 are: early-warning, notification, intermediate-report, final-report, progress-report.',
      ],
      [
        'an inject outside its phase',
        (s) => (s.injects[1].phase = 'escalatie'),
        'Inject "i-politie" fires at 00:20, outside its phase "escalatie" (from 01:00). Move the inject, or give it the phase it falls in.',
      ],
    ])('should say what is wrong with %s in a whole sentence', (_what, mutate, message) => {
      const { result } = check(mutate);
      expect([...result.errors, ...result.warnings].map((p) => p.message)).toContain(message);
    });

    it.each<[string, (s: Fixture) => void]>([
      ['a missing title', (s) => delete s.title],
      ['a missing id', (s) => delete s.injects[0].id],
      ['a missing list', (s) => delete s.roles],
      ['an empty list', (s) => (s.roles = [])],
      ['a list of the wrong type', (s) => (s.tags = [1, 2])],
      ['a long id', (s) => (s.roles[0].id = 'a'.repeat(81))],
      ['an empty text', (s) => (s.injects[0].content = ' ')],
      ['a trigger of no form', (s) => (s.triggers[0].when = { afterInject: 'i-start' })],
      ['a mapping where text belongs', (s) => (s.summary = { nl: 'x' })],
      ['a trigger cycle', (s) => (s.triggers[1].schedule[0].inject = 'i-start')],
    ])('should phrase %s as whole sentences, never as a fragment', (_what, mutate) => {
      const { result } = check(mutate);
      expect(result.errors.length).toBeGreaterThan(0);
      for (const { message } of result.errors) {
        expect(message).toMatch(/^[A-Z].*[.?]$/s);
        expect(message).not.toMatch(/invalid input|expected \w+, received|\bit (invalid|expected)\b/i);
      }
    });
  });

  describe('warnings', () => {
    it('should warn, not fail, about a decision point that does not branch', () => {
      const { result } = check((s) => (s.triggers = s.triggers.slice(3)));
      expect(result.errors.filter((e) => e.code !== 'unreachable-inject')).toEqual([]);
      const clean = check((s) => {
        s.triggers = s.triggers.slice(3);
        s.injects = s.injects.filter(
          (i: { id: string }) => !['i-tak-a', 'i-tak-b', 'i-te-laat'].includes(i.id),
        );
      }).result;
      expect(clean.errors).toEqual([]);
      expect(clean.warnings).toEqual([
        expect.objectContaining({ code: 'no-branch', path: 'decisionPoints[0].id' }),
      ]);
      expect(clean.scenario).toBeDefined();
    });

    it('should warn about idle roles, unused channels and injects outside their phase', () => {
      const { result } = check((s) => {
        s.roles.push({ id: 'ciso', name: 'CISO', organisation: 'gemeente' });
        for (const inject of s.injects) if (inject.audience === 'all') inject.audience = ['burgemeester'];
        s.channels.push({ id: 'nieuws', name: 'Nieuws', kind: 'news' });
        s.injects[1].phase = 'escalatie';
      });
      expect(result.errors).toEqual([]);
      expect(result.warnings.map((w) => w.code).sort()).toEqual([
        'idle-role',
        'phase-mismatch',
        'unused-channel',
      ]);
    });
  });
});
