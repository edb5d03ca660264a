import { join } from 'node:path';
import { Client } from 'pg';
import { Clock } from '@driehoek/core';
import { zonedTimeToUtc } from '@driehoek/clocks';
import { ChainVerdictResponse, ClockResponse, EventResponse } from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

describe('exercise lifecycle, clock and tamper-evident log', () => {
  let t: TestApp;
  let a: Organisation;
  let clock: Clock;
  let now: number;
  // Simulated wall time, a day ahead of the real clock: the scheduler's timers run on the real
  // clock, so a wake-up armed on simulated time does not go off while the test moves it.
  const base = Date.now() + 24 * 3_600_000;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });
  const at = (seconds: number) => {
    now = base + seconds * 1000;
  };

  const newExercise = async (speed?: number): Promise<string> =>
    (
      await t
        .http()
        .post('/api/exercises')
        .set(facilitator())
        .send({ scenarioId: 'ransomware-gemeente', ...(speed && { speed }) })
        .expect(201)
    ).body.id;

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios'), ACCESS_TOKEN_TTL: '86400' });
    clock = t.app.get(Clock);
    at(0);
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
    // A firing prepared for an instant commits on it; on simulated time that instant has come.
    jest.spyOn(clock, 'waitUntil').mockResolvedValue();
    // Signed in on simulated time, so the tokens live as long on it.
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('should run draft → running ⇄ paused → ended with scenario time following the recorded controls', async () => {
    const id = await newExercise(60);
    const clockNow = async () =>
      ClockResponse.parse(
        (await t.http().get(`/api/exercises/${id}/clock`).set(facilitator()).expect(200)).body,
      );
    expect(await clockNow()).toMatchObject({ status: 'not-started', offsetMs: 0 });

    at(0);
    expect(
      (await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200)).body,
    ).toMatchObject({ status: 'running', speed: 60 });
    at(70); // 70 s at 60× = 01:10 of scenario time
    expect(await clockNow()).toMatchObject({ offsetMs: 4_200_000, offset: '01:10' });
    // The fictional date-time: the scenario's local start in its zone, plus the offset.
    const scenario = (await t.http().get('/api/scenarios/ransomware-gemeente').set(facilitator()).expect(200))
      .body.scenario;
    const start = zonedTimeToUtc(scenario.startsAt, scenario.timeZone).getTime();
    expect((await clockNow()).scenarioTime).toBe(new Date(start + 4_200_000).toISOString());

    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(200);
    at(500);
    expect(await clockNow()).toMatchObject({ status: 'paused', offset: '01:10' });
    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(409);

    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '1d 08:30', speed: 3600 })
      .expect(200);
    expect(await clockNow()).toMatchObject({ offset: '1d 08:30', speed: 3600, status: 'paused' });
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(200);
    at(501);
    expect(await clockNow()).toMatchObject({ offset: '1d 09:30' });

    await t.http().post(`/api/exercises/${id}/end`).set(facilitator()).expect(200);
    at(900);
    expect(await clockNow()).toMatchObject({ status: 'stopped', offset: '1d 09:30' });
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(409);
    await t.http().post(`/api/exercises/${id}/archive`).set(facilitator()).expect(200);

    const events = EventResponse.array().parse(
      (await t.http().get(`/api/exercises/${id}/events`).set(facilitator()).expect(200)).body,
    );
    // Injects fire as the clock passes them; the sequence stays gapless throughout.
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const controls = events.filter((e) => e.type.startsWith('clock.'));
    expect(controls.map((e) => [e.type, e.offsetMs])).toEqual([
      ['clock.started', 0],
      ['clock.paused', 4_200_000],
      ['clock.speed-changed', 4_200_000],
      ['clock.jumped', 4_200_000],
      ['clock.resumed', (24 + 8.5) * 3_600_000],
      ['clock.stopped', (24 + 9.5) * 3_600_000],
    ]);
    expect(controls[0]).toMatchObject({
      actor: 'facilitator@gemeentehofstede.test',
      audience: ['*'],
      payload: { speed: 60 },
    });
    const after = (await t.http().get(`/api/exercises/${id}/events?after=4`).set(facilitator()).expect(200))
      .body;
    expect(after.map((e: { seq: number }) => e.seq)).toEqual(events.slice(4).map((e) => e.seq));
  });

  it('should refuse invalid clock changes with the field named, and record nothing', async () => {
    const id = await newExercise();
    await t.http().patch(`/api/exercises/${id}/clock`).set(facilitator()).send({ speed: 2 }).expect(409);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({ speed: 5000 }).expect(422);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    const tooFar = await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '99d 00:00' })
      .expect(422);
    expect(tooFar.body.errors).toEqual([
      { path: 'jumpTo', message: expect.stringMatching(/past the end of the scenario/) },
    ]);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: 'morgen' })
      .expect(422);
    await t.http().patch(`/api/exercises/${id}/clock`).set(facilitator()).send({}).expect(422);
    await t.http().post(`/api/exercises/${id}/start`).set(as(a.tokens.evaluator)).send({}).expect(403);
    const logged = (await t.http().get(`/api/exercises/${id}/events`).set(facilitator()).expect(200)).body;
    expect(logged.filter((e: { type: string }) => e.type.startsWith('clock.'))).toHaveLength(1);
  });

  it('should keep the log append-only, gapless under concurrent controls, and verifiable', async () => {
    const id = await newExercise();
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t
          .http()
          .patch(`/api/exercises/${id}/clock`)
          .set(facilitator())
          .send({ speed: i + 1 })
          .expect(200),
      ),
    );
    const events = (await t.http().get(`/api/exercises/${id}/events`).set(facilitator()).expect(200))
      .body as { seq: number; hash: string; type: string }[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type.startsWith('clock.'))).toHaveLength(11);

    const verdict = ChainVerdictResponse.parse(
      (await t.http().get(`/api/exercises/${id}/events/verify`).set(as(a.tokens.evaluator)).expect(200)).body,
    );
    expect(verdict).toEqual({ valid: true, count: events.length, headHash: events.at(-1)!.hash });

    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      await expect(
        db.query(`UPDATE exercise_event SET payload = '{"speed": 99}' WHERE exercise_id = $1 AND seq = 3`, [
          id,
        ]),
      ).rejects.toThrow(/immutable: UPDATE refused/);
      await expect(db.query('DELETE FROM exercise_event WHERE exercise_id = $1', [id])).rejects.toThrow(
        /immutable: DELETE refused/,
      );
    } finally {
      await db.end();
    }
  });

  it("should report an event altered behind the application's back, with its sequence number", async () => {
    const id = await newExercise();
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(200);
    await t.http().post(`/api/exercises/${id}/resume`).set(facilitator()).expect(200);

    // Someone with database superuser rights switches the guard off and rewrites history.
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      await db.query('ALTER TABLE exercise_event DISABLE TRIGGER exercise_event_immutable');
      await db.query(
        `UPDATE exercise_event SET actor = 'burgemeester@gemeentehofstede.test' WHERE exercise_id = $1 AND seq = 2`,
        [id],
      );
      await db.query('ALTER TABLE exercise_event ENABLE TRIGGER exercise_event_immutable');
    } finally {
      await db.end();
    }
    const verdict = (await t.http().get(`/api/exercises/${id}/events/verify`).set(facilitator()).expect(200))
      .body;
    expect(verdict).toMatchObject({
      valid: false,
      count: 2,
      brokenAt: { seq: 2, reason: 'content does not match its hash' },
    });
  });
});
