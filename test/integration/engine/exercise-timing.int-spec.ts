import { scenarioFixture } from '@driehoek/testing';
import { InjectEngine, LiveExercise } from '@driehoek/exercise';
import { offsetToSeconds } from '@driehoek/scenario';
import { startEngine, type EngineHarness } from '../../support/engine-harness';

/**
 * What fires when, at 1× and at 3600×: the timing the e2e suites used to race a fast exercise
 * clock for. The engine runs on a fake Clock and a manual scheduler, so "one wall millisecond
 * before" and "at the instant" are exact on the busiest machine.
 */
describe(`${LiveExercise.name} timing`, () => {
  let sut: EngineHarness;

  beforeAll(async () => {
    sut = await startEngine();
  });

  afterAll(async () => {
    await sut?.close();
  });

  const ms = (offset: string) => (offsetToSeconds(offset) ?? 0) * 1000;

  const decide = {
    beeld: 'Er is iets aan de hand.',
    oordeel: 'A beperkt de schade.',
    besluit: 'We kiezen A.',
    decidedBy: 'Burgemeester De Vries',
  };

  describe.each([1, 3600])('at %d×', (speed) => {
    /**
     * Starts an exercise and returns a way to put the wall clock where the scenario clock (running
     * since the start, never paused) first reaches `offsetMs`, plus `deltaMs` wall milliseconds:
     * the wall instant the scheduler is armed for is rounded up to a whole millisecond.
     */
    async function started(scenario: Record<string, unknown>) {
      const id = await sut.exercise(scenario, speed);
      await sut.run.start(sut.principal, id);
      const startMs = sut.clock.epochMs;
      const advanceTo = (offsetMs: number, deltaMs = 0) =>
        sut.advance(startMs + Math.ceil(offsetMs / speed) + deltaMs - sut.clock.epochMs);
      const events = (type: string) => sut.events(id).then((all) => all.filter((e) => e.type === type));
      const delivered = async (injectId: string) =>
        (await events('inject.delivered')).filter((e) => e.payload.injectId === injectId);
      return { id, advanceTo, events, delivered };
    }

    it('should deliver each inject when the scenario clock reaches its offset, not a wall millisecond before', async () => {
      const { advanceTo, events, delivered } = await started(scenarioFixture(`tijdlijn-${speed}`));

      await advanceTo(ms('00:10'), -1);
      expect(await events('inject.delivered')).toEqual([]);
      await advanceTo(ms('00:10'));
      const [start] = await delivered('i-start');
      expect(start.payload.dueOffsetMs).toBe(ms('00:10'));
      expect(start.offsetMs).toBeGreaterThanOrEqual(ms('00:10'));
      expect(start.offsetMs).toBeLessThan(ms('00:10') + speed);
      // The decision it raises is put in the same firing, with its deadline.
      const [opened] = await events('decision.opened');
      expect(opened.seq).toBe(start.seq + 1);
      expect(opened.payload).toMatchObject({ openedAtOffsetMs: ms('00:10'), dueOffsetMs: ms('00:45') });

      await advanceTo(ms('00:20'), -1);
      expect(await delivered('i-politie')).toEqual([]);
      await advanceTo(ms('00:20'));
      expect(await delivered('i-politie')).toHaveLength(1);
    });

    it('should make an undecided point overdue just after its deadline, and run the overdue branch from the deadline', async () => {
      const { advanceTo, events, delivered } = await started(scenarioFixture(`te-laat-${speed}`));

      await advanceTo(ms('00:45'), -1);
      expect(await events('decision.overdue')).toEqual([]);
      await advanceTo(ms('00:45'));
      const [overdue] = await events('decision.overdue');
      expect(overdue.payload).toMatchObject({ decisionPointId: 'dp-keuze', dueOffsetMs: ms('00:45') });
      const [late] = await delivered('i-te-laat');
      expect(late.payload).toMatchObject({ dueOffsetMs: ms('00:45'), cause: { trigger: 't-laat' } });
      expect(late.seq).toBeGreaterThan(overdue.seq);
    });

    it("should take a decision made a wall millisecond before the deadline: the option's branch after its delay, and no overdue", async () => {
      const { id, advanceTo, events, delivered } = await started(scenarioFixture(`op-tijd-${speed}`));
      await advanceTo(ms('00:45'), -1);
      await sut.decisions.record(id, 'burgemeester', {
        ...decide,
        decisionPointId: 'dp-keuze',
        optionId: 'a',
      });
      const [recorded] = await events('decision.recorded');
      const [fired] = await events('trigger.fired');
      // t-a schedules i-tak-a five scenario minutes after the decision.
      const dueOffsetMs = Math.floor(recorded.offsetMs) + ms('00:05');
      expect(fired.payload).toMatchObject({
        triggerId: 't-a',
        scheduled: [{ injectId: 'i-tak-a', dueOffsetMs }],
      });

      await advanceTo(dueOffsetMs, -1);
      expect(await delivered('i-tak-a')).toEqual([]);
      await advanceTo(dueOffsetMs);
      expect((await delivered('i-tak-a')).map((e) => e.payload.dueOffsetMs)).toEqual([dueOffsetMs]);
      await advanceTo(ms('02:00'));
      expect(await events('decision.overdue')).toEqual([]);
      expect(await delivered('i-te-laat')).toEqual([]);
    });

    it('should let no deadline pass while paused, however long the pause, and take a decision made meanwhile', async () => {
      const { id, advanceTo, events, delivered } = await started(scenarioFixture(`pauze-${speed}`));
      await advanceTo(ms('00:10'));
      await sut.run.pause(sut.principal, id);
      await sut.advance(24 * 3_600_000);
      expect(await events('decision.overdue')).toEqual([]);
      await sut.decisions.record(id, 'burgemeester', {
        ...decide,
        decisionPointId: 'dp-keuze',
        optionId: 'b',
      });
      // t-b has no delay, but nothing fires while the clock stands still: it comes with the resume.
      expect(await delivered('i-tak-b')).toEqual([]);
      await sut.run.resume(sut.principal, id);
      expect(await delivered('i-tak-b')).toHaveLength(1);
      await sut.advance(Math.ceil(ms('02:00') / speed));
      expect(await events('decision.overdue')).toEqual([]);
    });

    it('should fire once, at its declared offset, what fell due while no wake-up came', async () => {
      const { id, delivered } = await started(scenarioFixture(`herstart-${speed}`));
      // The process was down: the armed wake-up never ran, and the reconciler of the next process
      // finds the inject overdue.
      sut.clock.advance(Math.ceil(ms('00:15') / speed) + 10_000);
      const engine = sut.app.get(InjectEngine);
      await engine.reconcile();
      await engine.reconcile();
      const fired = await delivered('i-start');
      expect(fired.map((e) => e.payload.dueOffsetMs)).toEqual([ms('00:10')]);
      expect((await sut.events(id)).filter((e) => e.type === 'decision.opened')).toHaveLength(1);
    });

    it('should start a declared regulatory clock at its offset, and miss a stage just after its due instant, setting off its trigger', async () => {
      const scenario = scenarioFixture(`klokken-${speed}`);
      scenario.duration = '4d 00:00';
      scenario.decisionPoints = [];
      scenario.injects = (scenario.injects as { id: string }[]).filter(
        (i) => !i.id.startsWith('i-tak') && i.id !== 'i-te-laat',
      );
      scenario.clocks = [
        { id: 'nis2', regime: 'nis2', startsAt: '00:30', role: 'burgemeester' },
        { id: 'avg', regime: 'avg', role: 'burgemeester' },
      ];
      scenario.triggers = [
        {
          id: 't-klok',
          when: { clock: 'nis2', stage: 'notification', status: 'missed' },
          schedule: [{ inject: 'i-klok' }],
        },
      ];
      const { id, advanceTo, events, delivered } = await started(scenario);
      const statuses = async (clockId: string, stage: string) =>
        (await events('regulatory-clock.status'))
          .filter((e) => e.payload.clockId === clockId && e.payload.stage === stage)
          .map((e) => e.payload.status);

      await advanceTo(ms('00:30'), -1);
      expect(await events('regulatory-clock.started')).toEqual([]);
      await advanceTo(ms('00:30'));
      const [nis2] = await events('regulatory-clock.started');
      expect(nis2.payload).toMatchObject({ clockId: 'nis2', t0OffsetMs: ms('00:30') });

      // Half an hour later (a whole number of wall ms at either speed): a timely early warning,
      // and awareness of the data breach, which starts the AVG clock at this moment.
      await advanceTo(ms('01:00'));
      await expect(
        sut.reports.submit(id, 'burgemeester', {
          clockId: 'nis2',
          stage: 'early-warning',
          report: { suspectedMalicious: true, crossBorderImpact: false, summary: 'Versleutelde servers' },
          submittedBy: 'A. de Burgemeester',
        }),
      ).resolves.toMatchObject({ late: false });
      await sut.decisions.record(id, 'burgemeester', { ...decide, startsClocks: ['avg'] });
      const avg = (await events('regulatory-clock.started')).find((e) => e.payload.clockId === 'avg')!;
      expect(avg.payload.t0OffsetMs).toBe(ms('01:00'));
      expect(await statuses('nis2', 'early-warning')).toEqual(['met']);

      // The NIS2 notification is due 72 h after t0: missed from the first millisecond after that.
      const missedAt = ms('3d 00:30') + 1;
      await advanceTo(missedAt, -1);
      expect(await statuses('nis2', 'notification')).not.toContain('missed');
      expect(await delivered('i-klok')).toEqual([]);
      await advanceTo(missedAt);
      expect((await statuses('nis2', 'notification')).at(-1)).toBe('missed');
      const [klok] = await delivered('i-klok');
      expect(klok.payload.cause).toMatchObject({ trigger: 't-klok' });
      expect(await statuses('avg', 'notification')).not.toContain('missed');

      await advanceTo(ms('3d 01:00') + 1);
      expect((await statuses('avg', 'notification')).at(-1)).toBe('missed');
      expect(await delivered('i-klok')).toHaveLength(1);
    });
  });
});
