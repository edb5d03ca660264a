import { describeWithRedis, scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { ScheduledItemResponse } from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

interface LoggedEvent {
  seq: number;
  type: string;
  offsetMs: number;
  wallTime: string;
  audience: string[];
  payload: Record<string, any>;
}

/**
 * The same engine checks, run with the in-process scheduler and with BullMQ. Only the first and
 * the last test need the clock to run by itself (a real scheduler's wake-ups, a restart); they run at
 * a moderate speed and wait for what must come, with room to spare. Exact timing — what fires at
 * which offset, never a millisecond early — is checked on the engine harness
 * (test/integration/engine/exercise-timing.int-spec.ts).
 */
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
    // Ten scenario minutes a second: i-start after 1 s, the deadline at 00:45 after 4.5 s, and the
    // fixture's early-warning clock check (24 h) far beyond the end of the test.
    const id = await create(600);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    const fired = await waitFor(
      async () => {
        const list = await delivered(id);
        return list.length >= 2 && list.slice(0, 2);
      },
      'two timeline injects',
      45_000,
    );
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
      45_000,
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
    // The resume fires what the jump passed over before it answers, at the declared offset.
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(200);
    const fired = await delivered(id);
    expect(fired.map((e) => [e.payload.injectId, e.payload.dueOffsetMs, e.offsetMs])).toEqual([
      ['i-start', 600_000, 900_000],
    ]);
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
    const id = await create(60);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    // i-start is due at 00:10, at 60× ten seconds after the start: no later than this.
    const dueBy = Date.now() + 10_000;
    await t.http().post(`/api/exercises/${id}/injects/i-politie/skip`).set(facilitator()).expect(204);
    // Stop the application (its timers go with it) long before that.
    await t.app.close();
    const closedAt = Date.now();
    // Down, there is nothing to wait for but the wall clock passing the instant i-start is due.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueBy + 100 - Date.now())));
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
    expect(fired.payload.dueOffsetMs).toBe(600_000);
    expect(Date.parse(fired.wallTime)).toBeGreaterThan(closedAt);
    expect((await delivered(id)).filter((e) => e.payload.injectId === 'i-start')).toHaveLength(1);
  });
}

describe('inject engine (in-process scheduler)', () => engineSuite({}));
describeWithRedis('inject engine (BullMQ scheduler)', (redisUrl) => engineSuite({ REDIS_URL: redisUrl }));
