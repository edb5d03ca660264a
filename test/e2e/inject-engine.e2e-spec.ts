import { describeWithRedis, scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { ScheduledItemResponse } from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

interface LoggedEvent {
  seq: number;
  type: string;
  offsetMs: number;
  audience: string[];
  payload: Record<string, any>;
}

/** The same engine checks, run with the in-process scheduler and with BullMQ. */
function engineSuite(env: Record<string, string>): void {
  let t: TestApp;
  let a: Organisation;
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });
  const events = async (id: string): Promise<LoggedEvent[]> =>
    (await t.http().get(`/api/exercises/${id}/events`).set(facilitator()).expect(200)).body;
  const delivered = async (id: string) => (await events(id)).filter((e) => e.type === 'inject.delivered');
  const create = async (speed: number): Promise<string> =>
    (
      await t
        .http()
        .post('/api/exercises')
        .set(facilitator())
        .send({ scenarioId: 'engine-test', speed })
        .expect(201)
    ).body.id;

  beforeAll(async () => {
    t = await startTestApp(env);
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
    await t
      .http()
      .post('/api/scenarios')
      .set(facilitator())
      .set('Content-Type', 'application/yaml')
      .send(scenarioYaml(scenarioFixture('engine-test')))
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should fire the timeline at its offsets, each inject once, only to its audience, and open the decision it raises', async () => {
    const id = await create(3600); // one scenario hour per second
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    const fired = await waitFor(async () => {
      const list = await delivered(id);
      return list.length >= 2 && list;
    }, 'two timeline injects');
    expect(fired.map((e) => [e.payload.injectId, e.audience])).toEqual([
      ['i-start', ['*']],
      ['i-politie', ['teamchef-politie', 'officier-van-justitie']],
    ]);
    // Never before its offset on the scenario clock.
    expect(fired[0].offsetMs).toBeGreaterThanOrEqual(600_000);
    expect(fired[1].offsetMs).toBeGreaterThanOrEqual(1_200_000);
    expect(fired[0].payload).toMatchObject({
      title: 'Melding',
      channel: { id: 'mail', name: 'E-mail', kind: 'mail' },
      content: 'Er is iets aan de hand.',
      occurrence: 1,
    });
    expect(fired[0].payload).not.toHaveProperty('facilitatorNotes');

    const all = await events(id);
    const opened = all.find((e) => e.type === 'decision.opened')!;
    expect(opened).toMatchObject({
      audience: ['burgemeester'],
      payload: { decisionPointId: 'dp-keuze', owner: 'burgemeester', options: [{ id: 'a' }, { id: 'b' }] },
    });
    expect(opened.seq).toBe(fired[0].seq + 1);

    // Held and branch injects stay put; fired ones carry the sequence number of their event.
    // Nobody decided by 00:45: the decision is overdue and its trigger schedules the consequence.
    const late = await waitFor(
      async () => (await delivered(id)).find((e) => e.payload.injectId === 'i-te-laat'),
      'the overdue consequence',
    );
    expect(late.payload.cause).toMatchObject({ trigger: 't-laat' });
    expect((await events(id)).find((e) => e.type === 'decision.overdue')).toMatchObject({
      audience: ['burgemeester'],
      payload: { decisionPointId: 'dp-keuze' },
    });

    const schedule = ScheduledItemResponse.array().parse(
      (await t.http().get(`/api/exercises/${id}/injects`).set(facilitator()).expect(200)).body,
    );
    // The fixture's NIS2 clock runs too; regulatory clocks have their own suite (exercise-clocks).
    const injectsAndDecisions = schedule.filter((i) => !i.kind.startsWith('clock-'));
    expect(injectsAndDecisions.map((i) => [i.kind, i.refId, i.status])).toEqual([
      ['inject', 'i-start', 'fired'],
      ['inject', 'i-politie', 'fired'],
      ['decision-due', 'dp-keuze', 'fired'],
      ['inject', 'i-te-laat', 'fired'],
    ]);
    expect(schedule[0].firedSeq).toBe(fired[0].seq);
    expect(
      (await t.http().get(`/api/exercises/${id}/events/verify`).set(facilitator()).expect(200)).body.valid,
    ).toBe(true);
  });

  it('should hold still while paused, and fire on resume what a jump made due', async () => {
    const id = await create(1);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '00:15' })
      .expect(200);
    expect(await delivered(id)).toEqual([]);
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(200);
    const fired = await waitFor(
      async () => (await delivered(id)).find((e) => e.payload.injectId === 'i-start'),
      'i-start after resume',
    );
    expect(fired.offsetMs).toBeGreaterThanOrEqual(900_000);
    expect((await delivered(id)).map((e) => e.payload.injectId)).toEqual(['i-start']);
  });

  it('should fire held and ad-hoc injects by hand, and skip or postpone queued ones', async () => {
    const id = await create(1);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t.http().post(`/api/exercises/${id}/injects/i-reserve/fire`).set(facilitator()).expect(200);
    // Once fired, firing again has to be asked for: a double tap must not deliver it twice.
    await t.http().post(`/api/exercises/${id}/injects/i-reserve/fire`).set(facilitator()).expect(409);
    await t
      .http()
      .post(`/api/exercises/${id}/injects/i-reserve/fire`)
      .set(facilitator())
      .send({ again: true })
      .expect(200);
    await t.http().post(`/api/exercises/${id}/injects/bestaat-niet/fire`).set(facilitator()).expect(404);
    await t
      .http()
      .post(`/api/exercises/${id}/injects`)
      .set(facilitator())
      .send({ title: 'Telefoon', content: 'De NOS belt.', channel: 'telefoon', audience: ['burgemeester'] })
      .expect(201);
    const bad = await t
      .http()
      .post(`/api/exercises/${id}/injects`)
      .set(facilitator())
      .send({ title: 'X', content: 'Y', channel: 'fax', audience: ['wethouder'] })
      .expect(422);
    expect(bad.body.errors[0].path).toBe('channel');

    await t.http().post(`/api/exercises/${id}/injects/i-politie/skip`).set(facilitator()).expect(204);
    await t.http().post(`/api/exercises/${id}/injects/i-politie/skip`).set(facilitator()).expect(404);
    await t
      .http()
      .post(`/api/exercises/${id}/injects/i-start/postpone`)
      .set(facilitator())
      .send({ by: '00:30' })
      .expect(204);

    const list = await delivered(id);
    expect(list.map((e) => [e.payload.injectId, e.payload.occurrence])).toEqual([
      ['i-reserve', 1],
      ['i-reserve', 2],
      ['adhoc-1', 1],
    ]);
    const staffOnly = (await events(id)).filter(
      (e) => e.type === 'inject.skipped' || e.type === 'inject.postponed',
    );
    expect(staffOnly.map((e) => [e.type, e.audience])).toEqual([
      ['inject.skipped', []],
      ['inject.postponed', []],
    ]);
    const schedule = (await t.http().get(`/api/exercises/${id}/injects`).set(facilitator()).expect(200))
      .body as { refId: string; status: string; dueOffsetMs: number }[];
    expect(schedule.find((i) => i.refId === 'i-politie')!.status).toBe('skipped');
    expect(schedule.find((i) => i.refId === 'i-start')!.dueOffsetMs).toBe(40 * 60_000);
  });

  it('should fire what fell due while the server was down, once, after a restart', async () => {
    const id = await create(3600);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t.http().post(`/api/exercises/${id}/injects/i-politie/skip`).set(facilitator()).expect(204);
    // Stop the application (its timers go with it) before i-start is due at 00:10 (0.6 s).
    await t.app.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    t = await t.restart();
    a = {
      ...a,
      tokens: {
        ...a.tokens,
        facilitator: await t.login('facilitator@gemeentehofstede.test', 'facilitator-wachtwoord-123'),
      },
    };
    const fired = await waitFor(
      async () => (await delivered(id)).find((e) => e.payload.injectId === 'i-start'),
      'i-start after restart',
    );
    expect(fired.offsetMs).toBeGreaterThanOrEqual(600_000);
    expect((await delivered(id)).filter((e) => e.payload.injectId === 'i-start')).toHaveLength(1);
  });
}

describe('inject engine (in-process scheduler)', () => engineSuite({}));
describeWithRedis('inject engine (BullMQ scheduler)', (redisUrl) => engineSuite({ REDIS_URL: redisUrl }));
