import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { validateScenarioYaml } from './validate-scenario';

type Fixture = ReturnType<typeof scenarioFixture> & Record<string, any>;

function check(fulfilledBy: unknown) {
  const scenario = scenarioFixture() as Fixture;
  scenario.objectives[0].expectedActions[0].fulfilledBy = fulfilledBy;
  return validateScenarioYaml(scenarioYaml(scenario));
}

const at = 'objectives[0].expectedActions[0].fulfilledBy';

describe('expected actions fulfilled by the log', () => {
  it.each([
    [{ decision: 'dp-keuze' }],
    [{ decision: 'dp-keuze', option: 'a' }],
    [{ clockStage: { clock: 'nis2', stage: 'early-warning' } }],
    [{ clockStage: { clock: 'nis2' } }],
    [{ playbookStep: { playbook: 'ransomware-gemeente', step: 'isoleer' } }],
    [{ injectAcknowledged: 'i-start' }],
    [{ injectAcknowledged: 'i-politie', role: 'teamchef-politie' }],
  ])('should accept %j', (fulfilledBy) => {
    const result = check(fulfilledBy);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.scenario?.objectives?.[0].expectedActions[0].fulfilledBy).toEqual(fulfilledBy);
  });

  it('should refuse a shape it does not know, naming the forms', () => {
    const result = check({ report: 'nis2' });
    expect(result.errors[0]).toMatchObject({
      path: at,
      message: expect.stringContaining('{decision, option?}'),
    });
  });

  it('should name an unknown decision point, option, clock and inject where they are written', () => {
    expect(check({ decision: 'dp-kuze' }).errors[0]).toMatchObject({
      code: 'unknown-reference',
      path: `${at}.decision`,
      message: expect.stringContaining('dp-keuze'),
    });
    expect(check({ decision: 'dp-keuze', option: 'c' }).errors[0]).toMatchObject({
      code: 'unknown-option',
      path: `${at}.option`,
    });
    expect(check({ clockStage: { clock: 'avg' } }).errors[0]).toMatchObject({
      code: 'unknown-reference',
      path: `${at}.clockStage.clock`,
    });
    expect(check({ injectAcknowledged: 'i-strat' }).errors[0]).toMatchObject({
      code: 'unknown-reference',
      path: `${at}.injectAcknowledged`,
    });
  });

  it('should name a stage the regime does not have, with the stages it has', () => {
    const result = check({ clockStage: { clock: 'nis2', stage: 'early-warnig' } });
    expect(result.errors[0]).toMatchObject({
      code: 'unknown-stage',
      path: `${at}.clockStage.stage`,
      message: expect.stringContaining('early-warning'),
    });
  });

  it('should refuse an acknowledgement by a role that never receives the inject', () => {
    const result = check({ injectAcknowledged: 'i-politie', role: 'burgemeester' });
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'ack-role-not-in-audience', path: `${at}.role` }),
    ]);
  });
});
