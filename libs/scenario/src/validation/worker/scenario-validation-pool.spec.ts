import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { validateScenarioYaml } from '../validate-scenario';
import { ScenarioValidationPool, ValidationBusyError } from './scenario-validation-pool';

/** Large enough that no thread checks it within a millisecond: 40,000 unknown keys. */
const slowDocument = (): string =>
  `id: traag\n${Array.from({ length: 40_000 }, (_, i) => `veld-${i}: x`).join('\n')}\n`;

describe(ScenarioValidationPool.name, () => {
  let sut: ScenarioValidationPool;

  afterEach(async () => {
    await sut.close();
  });

  it('should validate on a thread exactly as in-process', async () => {
    sut = new ScenarioValidationPool({ timeoutMs: 30_000, threads: 1 });
    const valid = scenarioYaml(scenarioFixture('draad'));
    const broken = valid.replace('organisation: om', 'organisation: omm');

    const [a, b] = await Promise.all([sut.validate(valid), sut.validate(broken)]);

    expect(a).toEqual(validateScenarioYaml(valid));
    expect(a.scenario?.id).toBe('draad');
    expect(b).toEqual(validateScenarioYaml(broken));
    expect(b.errors[0].code).toBe('invalid-value');
  });

  it('should refuse a document over its time budget and answer the next one on a new thread', async () => {
    sut = new ScenarioValidationPool({ timeoutMs: 1, threads: 1 });

    const first = await sut.validate(slowDocument());
    const second = await sut.validate(slowDocument());

    for (const result of [first, second]) {
      expect(result.scenario).toBeUndefined();
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'took-too-long',
          line: 1,
          column: 1,
          message: expect.stringContaining('longer than 1 ms'),
        }),
      ]);
      expect(result.errorCount).toBe(1);
    }
  });

  it('should refuse a document when the queue is full instead of piling them up', async () => {
    sut = new ScenarioValidationPool({ timeoutMs: 30_000, threads: 1, maxQueue: 1 });
    const source = scenarioYaml(scenarioFixture());

    const waiting = sut.validate(source); // waits for the thread to start
    await expect(sut.validate(source)).rejects.toBeInstanceOf(ValidationBusyError);
    expect((await waiting).scenario).toBeDefined();
  });
});
