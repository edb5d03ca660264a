import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { validateScenarioYaml } from './validate-scenario';

type Fixture = ReturnType<typeof scenarioFixture> & Record<string, any>;

function check(debrief: unknown) {
  const scenario = scenarioFixture() as Fixture;
  scenario.debrief = debrief;
  return validateScenarioYaml(scenarioYaml(scenario));
}

describe('debrief questions', () => {
  it('should accept questions for every role and for some, defaulting kind to text', () => {
    const result = check([
      { id: 'goed', question: 'Wat ging goed?' },
      { id: 'cijfer', question: 'Hoe liep de samenwerking?', kind: 'scale', roles: ['burgemeester'] },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.scenario?.debrief).toEqual([
      { id: 'goed', question: 'Wat ging goed?', kind: 'text' },
      { id: 'cijfer', question: 'Hoe liep de samenwerking?', kind: 'scale', roles: ['burgemeester'] },
    ]);
  });

  it('should name an unknown role where it is written', () => {
    const result = check([{ id: 'goed', question: 'Wat ging goed?', roles: ['burgemeestr'] }]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        path: 'debrief[0].roles[0]',
        message: expect.stringContaining('burgemeester'),
      }),
    ]);
  });

  it('should refuse a repeated question id and an unknown kind', () => {
    expect(
      check([
        { id: 'goed', question: 'Wat ging goed?' },
        { id: 'goed', question: 'Wat kan beter?' },
      ]).errors,
    ).toEqual([expect.objectContaining({ code: 'duplicate-id', path: 'debrief[1].id' })]);
    expect(check([{ id: 'goed', question: 'Wat ging goed?', kind: 'stars' }]).errors).toEqual([
      expect.objectContaining({ path: 'debrief[0].kind' }),
    ]);
  });
});
