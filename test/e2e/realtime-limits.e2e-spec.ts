import { io, type Socket } from 'socket.io-client';
import { scenarioFixture } from '@driehoek/testing';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';

/**
 * The realtime channel's limits, with small values so that a test reaches them quickly. Nothing
 * here depends on timing: the buckets refill over a minute, far longer than a test takes.
 */
describe('realtime limits', () => {
  let t: TestApp;
  let a: Organisation;
  let url: string;
  const sockets: Socket[] = [];
  const LIMITS = {
    REALTIME_WRITES_PER_MINUTE: '1',
    REALTIME_RESYNCS_PER_MINUTE: '3',
    REALTIME_CONNECTIONS_PER_JOIN_CODE: '3',
    REALTIME_JOIN_FAILURES_PER_MINUTE: '5',
    REALTIME_HANDSHAKES_PER_ADDRESS: '4',
  };

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('limits-test'), LIMITS));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  const exercise = async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ scenarioId: 'limits-test', speed: 1 })
      .expect(201);
    const code = (role: string) =>
      created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
    await t
      .http()
      .post(`/api/exercises/${created.body.id}/start`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({})
      .expect(200);
    return { exerciseId: created.body.id as string, code };
  };
  const connect = async (auth: Record<string, string>) => {
    const participant = connectParticipant(url, auth, sockets);
    await participant.snapshot;
    return participant;
  };
  const decision = (n: number) => ({
    beeld: `Beeld ${n}`,
    oordeel: 'Oordeel',
    besluit: 'Besluit',
    decidedBy: 'Burgemeester',
  });

  it('should answer RATE_LIMITED past a connection’s bucket, and past the role’s across connections', async () => {
    const { exerciseId, code } = await exercise();
    const first = await connect({ joinCode: code('burgemeester') });
    const second = await connect({ joinCode: code('burgemeester') });
    // One write a minute per connection, in a burst of three minutes' worth; twice that for the
    // role's connections together.
    for (const n of [1, 2, 3])
      expect(await first.send('decision.record', decision(n))).toMatchObject({ ok: true });
    const limited = await first.send('decision.record', decision(4));
    expect(limited).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) },
    });
    expect(limited.error.retryAfterMs).toBeGreaterThan(0);
    for (const n of [5, 6, 7])
      expect(await second.send('decision.record', decision(n))).toMatchObject({ ok: true });
    // A fresh connection of the same role finds the role's bucket empty.
    const third = await connect({ joinCode: code('burgemeester') });
    expect(await third.send('decision.record', decision(8))).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    // Resyncs have their own bucket: a limited writer can still catch up.
    expect(await first.send('resync', { afterSeq: 0 })).toMatchObject({ ok: true });
    const logged = await t
      .http()
      .get(`/api/exercises/${exerciseId}/events`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(200);
    expect(logged.body.filter((e: { type: string }) => e.type === 'decision.recorded')).toHaveLength(6);
  });

  it('should cap the connections of one join code', async () => {
    const { code } = await exercise();
    for (let i = 0; i < 3; i++) await connect({ joinCode: code('teamchef-politie') });
    const fourth = connectParticipant(url, { joinCode: code('teamchef-politie') }, sockets);
    const reason = await new Promise<string>((resolve) =>
      fourth.socket.once('access.ended', (notice: { reason: string }) => resolve(notice.reason)),
    );
    expect(reason).toBe('connection-limit');
    // Another role's code is not affected.
    await connect({ joinCode: code('burgemeester') });
  });

  it('should refuse connections to the default namespace', async () => {
    const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toContain('/exercise');
  });

  it('should refuse unstorable text and over-deep payloads with VALIDATION_FAILED naming the field', async () => {
    const { code } = await exercise();
    const mayor = await connect({ joinCode: code('officier-van-justitie') });
    expect(await mayor.send('decision.record', { ...decision(1), beeld: 'a\u0000b' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'beeld', code: 'invalid_text' }] },
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 3100; i++) deep = { a: deep };
    expect(
      await mayor.send('report.submit', { clockId: 'c', stage: 's', submittedBy: 'x', report: deep }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: [{ code: 'too_deep' }] } });
    expect(await mayor.send('resync', { afterSeq: 2 ** 31 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'afterSeq' }] },
    });
  });

  // On an application of its own: the failures it makes would refuse this address's joins in the
  // other tests for a minute.
  describe('on an application of its own', () => {
    let own: Awaited<ReturnType<typeof startLiveApp>>;
    beforeAll(async () => {
      own = await startLiveApp(scenarioFixture('limits-test'), LIMITS);
    });
    afterAll(async () => {
      await own?.t.close();
    });

    it('should count failed joins before the lookup, so a parallel burst of guesses is cut off', async () => {
      const attempts = Array.from({ length: 40 }, (_, i) => {
        const guess = connectParticipant(
          own.baseUrl,
          { joinCode: `AAAA-BBBB-${String(i).padStart(4, '0')}` },
          sockets,
        );
        return guess.snapshot.then(
          () => 'connected',
          (error: Error) => error.message,
        );
      });
      const answers = await Promise.all(attempts);
      expect(answers).not.toContain('connected');
      // At most the limit of 5 reached the database and said so; the rest were refused before.
      expect(answers.filter((m) => m === 'invalid code').length).toBeLessThanOrEqual(5);
      expect(answers.filter((m) => m === 'too many attempts').length).toBeGreaterThanOrEqual(35);
    });
  });
});
