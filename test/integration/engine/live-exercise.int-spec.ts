import { scenarioFixture } from '@driehoek/testing';
import { InjectEngine, LiveExercise } from '@driehoek/exercise';
import { startEngine, wallMsFor, type EngineHarness } from '../../support/engine-harness';

/**
 * The live engine with a fake clock and a manual scheduler on a real PostgreSQL: time moves only
 * when the test says so, so what is checked is exact, at 1× and at 3600× alike.
 */
describe(LiveExercise.name, () => {
  let sut: EngineHarness;

  beforeAll(async () => {
    sut = await startEngine();
  });

  afterAll(async () => {
    await sut?.close();
  });

  const decide = {
    beeld: 'Servers versleuteld.',
    oordeel: 'Loskoppelen beperkt de schade.',
    besluit: 'Alles gaat los.',
    decidedBy: 'Burgemeester De Vries',
  };

  const started = (events: { type: string; payload: Record<string, unknown> }[], clockId: string) =>
    events.find((e) => e.type === 'regulatory-clock.started' && e.payload.clockId === clockId);

  async function clockOf(exerciseId: string, clockId: string) {
    return (await sut.regulatory.current(exerciseId)).clocks.find((c) => c.id === clockId)!;
  }

  describe.each([1, 3600])('declared times at %d×', (speed) => {
    it('should start a clock declared inside a jumped-over interval at its declared offset', async () => {
      const id = await sut.exercise(
        {
          ...scenarioFixture(`jump-${speed}`),
          clocks: [{ id: 'nis2', regime: 'nis2', startsAt: '00:20', role: 'burgemeester' }],
        },
        speed,
      );
      await sut.run.start(sut.principal, id);
      await sut.run.adjust(sut.principal, id, { jumpToMs: 50 * 60_000 });
      await sut.advance(0);

      const clock = await clockOf(id, 'nis2');
      // The scenario starts at 2026-03-12 08:00 in Amsterdam (07:00 UTC): t0 is 07:20 UTC, not 07:50.
      expect(clock.startedAt).toBe('2026-03-12T07:20:00.000Z');
      expect(clock.stages.find((s) => s.stage === 'early-warning')!.operationalDue).toBe(
        '2026-03-13T07:20:00.000Z',
      );
      const event = started(await sut.events(id), 'nis2')!;
      expect(event.payload).toMatchObject({ t0OffsetMs: 20 * 60_000, cause: { declared: true } });
    });

    it('should record a late wake-up with the due offset of what it fires', async () => {
      const id = await sut.exercise(scenarioFixture(`late-${speed}`), speed);
      await sut.run.start(sut.principal, id);
      // The wake-up for i-start (00:10) comes far too late, as on a machine that stalled.
      await sut.advance(wallMsFor('00:40', speed));

      const events = await sut.events(id);
      const delivered = events.find(
        (e) => e.type === 'inject.delivered' && e.payload.injectId === 'i-start',
      )!;
      expect(delivered.payload.dueOffsetMs).toBe(10 * 60_000);
      expect(started(events, 'nis2')!.payload.t0OffsetMs).toBe(30 * 60_000);
      expect((await clockOf(id, 'nis2')).startedAt).toBe('2026-03-12T07:30:00.000Z');
    });
  });

  it('should take a clock fact from before the exercise start (a negative offset) at start', async () => {
    const id = await sut.exercise({
      ...scenarioFixture('avond-ervoor'),
      clocks: [
        { id: 'nis2', regime: 'nis2', startsAt: '00:30', role: 'burgemeester' },
        { id: 'avg', regime: 'avg', startsAt: '-14:00', role: 'burgemeester' },
      ],
    });
    await sut.run.start(sut.principal, id);
    const clock = await clockOf(id, 'avg');
    // The breach was found at 18:00 the evening before (17:00 UTC): 72 h from then.
    expect(clock.startedAt).toBe('2026-03-11T17:00:00.000Z');
    expect(clock.stages[0].operationalDue).toBe('2026-03-14T17:00:00.000Z');
  });

  describe('decision timing', () => {
    const held = () => {
      const scenario = scenarioFixture('dp-held');
      // Only the held inject raises a point now: the branches of the fixture's own point go.
      const injects = (scenario.injects as { id: string }[]).filter(
        (i) => !['i-tak-a', 'i-tak-b', 'i-klok'].includes(i.id),
      );
      return {
        ...scenario,
        decisionPoints: [
          {
            id: 'dp-reserve',
            question: 'Wat nu?',
            owner: 'burgemeester',
            raisedBy: 'i-reserve',
            dueAfter: '00:30',
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        ],
        injects,
        triggers: [{ id: 't-laat', when: { overdue: 'dp-reserve' }, schedule: [{ inject: 'i-te-laat' }] }],
        clocks: [],
      };
    };

    it('should count dueAfter from when a held inject raises the point, and never go overdue before it opens', async () => {
      const id = await sut.exercise(held(), 60);
      await sut.run.start(sut.principal, id);
      await sut.advance(wallMsFor('01:30', 60));
      expect((await sut.events(id)).some((e) => e.type.startsWith('decision.'))).toBe(false);

      await sut.injects.fireNow(sut.principal.email, id, 'i-reserve');
      const opened = (await sut.events(id)).find((e) => e.type === 'decision.opened')!;
      expect(opened.payload).toMatchObject({ openedAtOffsetMs: 90 * 60_000, dueOffsetMs: 120 * 60_000 });

      await sut.advance(wallMsFor('00:29', 60));
      expect((await sut.events(id)).some((e) => e.type === 'decision.overdue')).toBe(false);
      await sut.advance(wallMsFor('00:02', 60));
      const events = await sut.events(id);
      const overdue = events.find((e) => e.type === 'decision.overdue')!;
      expect(overdue.payload.dueOffsetMs).toBe(120 * 60_000);
      expect(overdue.seq).toBeGreaterThan(opened.seq);
      expect(events.some((e) => e.type === 'inject.delivered' && e.payload.injectId === 'i-te-laat')).toBe(
        true,
      );
    });

    it('should open, then make overdue, a point whose deadline a jump passed over, in that order', async () => {
      const id = await sut.exercise(scenarioFixture('dp-jump'), 60);
      await sut.run.start(sut.principal, id);
      await sut.run.adjust(sut.principal, id, { jumpToMs: 60 * 60_000 });
      await sut.advance(0);
      const types = (await sut.events(id))
        .filter((e) => e.type.startsWith('decision.') || e.payload.injectId === 'i-start')
        .map((e) => e.type);
      expect(types).toEqual(['inject.delivered', 'decision.opened', 'decision.overdue']);
      // Late, but a decision still counts (the log shows it came after the deadline).
      await expect(
        sut.decisions.record(id, 'burgemeester', { ...decide, decisionPointId: 'dp-keuze', optionId: 'a' }),
      ).resolves.toEqual({ seq: expect.any(Number) });
    });
  });

  it('should refuse every write to an archived exercise with CONFLICT, and log nothing', async () => {
    const id = await sut.exercise(scenarioFixture('archief'), 60);
    await sut.run.start(sut.principal, id);
    await sut.advance(wallMsFor('00:11', 60));
    const delivered = (await sut.events(id)).find((e) => e.type === 'inject.delivered')!;
    await sut.run.end(sut.principal, id);
    await sut.exercises.archive(sut.principal, id);
    const before = (await sut.events(id)).length;

    const writes: [string, () => Promise<unknown>][] = [
      ['ack', () => sut.acks.ack(id, 'burgemeester', delivered.seq)],
      ['decision', () => sut.decisions.record(id, 'burgemeester', decide)],
      [
        'report',
        () =>
          sut.reports.submit(id, 'burgemeester', {
            clockId: 'nis2',
            stage: 'early-warning',
            report: {},
            submittedBy: 'X',
          }),
      ],
      ['fire', () => sut.injects.fireNow(sut.principal.email, id, 'i-reserve')],
      [
        'ad hoc',
        () =>
          sut.injects.adHoc(sut.principal.email, id, {
            title: 't',
            content: 'c',
            channel: 'mail',
            audience: 'all',
          }),
      ],
      ['skip', () => sut.injects.skip(sut.principal.email, id, 'i-politie')],
      ['clock', () => sut.run.adjust(sut.principal, id, { speed: 2 })],
      ['resume', () => sut.run.resume(sut.principal, id)],
      ['clock request', () => sut.reports.request(id, sut.principal.email, 'nis2', 60_000)],
    ];
    for (const [name, write] of writes)
      await expect(write().then(() => name)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('archived'),
      });
    expect(await sut.events(id)).toHaveLength(before);
  });

  it('should leave nothing pending after the end', async () => {
    const id = await sut.exercise(scenarioFixture('einde'), 60);
    await sut.run.start(sut.principal, id);
    await sut.run.end(sut.principal, id);
    const schedule = await sut.app.get(InjectEngine).schedule(id);
    expect(schedule.filter((i) => i.status === 'pending')).toEqual([]);
    expect(schedule.some((i) => i.status === 'cancelled')).toBe(true);
    expect(sut.scheduler.armed.has(id)).toBe(false);
  });

  it('should refuse a backwards jump, and fire an already fired held inject again only when asked', async () => {
    const id = await sut.exercise(scenarioFixture('terug'), 60);
    await sut.run.start(sut.principal, id);
    await sut.run.adjust(sut.principal, id, { jumpToMs: 30 * 60_000 });
    await expect(sut.run.adjust(sut.principal, id, { jumpToMs: 10 * 60_000 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'jumpTo', message: expect.stringContaining('forward') }],
    });
    await sut.injects.fireNow(sut.principal.email, id, 'i-reserve');
    await expect(sut.injects.fireNow(sut.principal.email, id, 'i-reserve')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await sut.injects.fireNow(sut.principal.email, id, 'i-reserve', true);
    const reserve = (await sut.events(id)).filter((e) => e.payload.injectId === 'i-reserve');
    expect(reserve.map((e) => e.payload.occurrence)).toEqual([1, 2]);
  });

  it('should show the current speed on the exercise after a speed change', async () => {
    const id = await sut.exercise(scenarioFixture('snelheid'), 60);
    await sut.run.start(sut.principal, id);
    await sut.run.adjust(sut.principal, id, { speed: 120 });
    expect((await sut.exercises.get(id)).speed).toBe(120);
  });
});
