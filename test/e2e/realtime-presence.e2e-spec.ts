import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import type { ExercisePresence } from '@driehoek/exercise';
import { describeWithRedis, scenarioFixture } from '@driehoek/testing';
import { connectParticipant } from '../support/participant';
import { startLiveApp, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

type Participant = ReturnType<typeof connectParticipant>;

/** A staff member's line: the presence of its snapshot, then of each `presence.changed`. */
function watchPresence(participant: Participant) {
  let latest: ExercisePresence | undefined;
  participant.socket.on('presence.changed', (presence: ExercisePresence) => (latest = presence));
  void participant.snapshot.then((snapshot) => {
    latest ??= (snapshot as { presence?: ExercisePresence }).presence;
  });
  return {
    get latest() {
      return latest;
    },
    /** Waits until the latest presence has these connection counts per role (others 0) and staff. */
    until: (roles: Record<string, number>, staff?: ExercisePresence['staff']) =>
      waitFor(
        async () => {
          if (!latest) return false;
          const counts = Object.fromEntries(latest.roles.map((r) => [r.role, r.connections]));
          const wanted = Object.fromEntries(latest.roles.map((r) => [r.role, roles[r.role] ?? 0]));
          if (JSON.stringify(counts) !== JSON.stringify(wanted)) return false;
          if (staff && JSON.stringify(latest.staff) !== JSON.stringify(staff)) return false;
          return latest;
        },
        `presence ${JSON.stringify(roles)} ${JSON.stringify(staff ?? {})}`,
      ),
  };
}

/** Everything a player received by name, so that none is missed (presence must never be one). */
function recordNames(participant: Participant): string[] {
  const names: string[] = [];
  participant.socket.onAny((name: string) => names.push(name));
  return names;
}

async function createExercise(t: TestApp, a: Organisation) {
  const created = await t
    .http()
    .post('/api/exercises')
    .auth(a.tokens.facilitator, { type: 'bearer' })
    .send({ scenarioId: 'presence-test', speed: 1 })
    .expect(201);
  const code = (role: string) =>
    created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
  return { exerciseId: created.body.id as string, code };
}

const closed = (participant: Participant) =>
  new Promise<void>((resolve) => {
    if (participant.socket.disconnected) return resolve();
    participant.socket.once('disconnect', () => resolve());
  });

/**
 * Who is connected, per role, as staff see it: counted from the live sockets, pushed when it
 * changes, never told to a player. Nothing here waits for a fixed time: each step waits for the
 * count it expects.
 */
describe('realtime presence: who is connected, for staff only', () => {
  let t: TestApp;
  let a: Organisation;
  let url: string;
  const sockets: Socket[] = [];
  const connect = (auth: Record<string, string>) => connectParticipant(url, auth, sockets);

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('presence-test')));
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should count each role’s connections up and down, with the staff by role', async () => {
    const { exerciseId, code } = await createExercise(t, a);
    const facilitator = connect({ token: a.tokens.facilitator, exerciseId });
    const seen = watchPresence(facilitator);
    const snapshot = (await facilitator.snapshot) as { you: unknown; presence?: ExercisePresence };
    expect(snapshot.you).toEqual({ kind: 'staff', role: 'facilitator' });
    expect(snapshot.presence).toEqual({
      roles: [
        { role: 'burgemeester', connections: 0, latestJoinedAt: null },
        { role: 'teamchef-politie', connections: 0, latestJoinedAt: null },
        { role: 'officier-van-justitie', connections: 0, latestJoinedAt: null },
      ],
      staff: { facilitator: 1, evaluator: 0 },
      complete: true,
    });

    const before = Date.now();
    const mayor = connect({ joinCode: code('burgemeester') });
    const police = connect({ joinCode: code('teamchef-politie') });
    const mayorNames = recordNames(mayor);
    const policeNames = recordNames(police);
    await Promise.all([mayor.snapshot, police.snapshot]);
    const both = await seen.until({ burgemeester: 1, 'teamchef-politie': 1 });
    const mayorSince = both.roles[0].latestJoinedAt!;
    expect(Date.parse(mayorSince)).toBeGreaterThanOrEqual(before - 1000);
    expect(both.roles[2]).toEqual({ role: 'officier-van-justitie', connections: 0, latestJoinedAt: null });

    // A second tablet of the mayor: two connections, the later join time.
    const mayorTablet = connect({ joinCode: code('burgemeester') });
    await mayorTablet.snapshot;
    const two = await seen.until({ burgemeester: 2, 'teamchef-politie': 1 });
    expect(Date.parse(two.roles[0].latestJoinedAt!)).toBeGreaterThanOrEqual(Date.parse(mayorSince));

    const evaluator = connect({ token: a.tokens.evaluator, exerciseId });
    const evaluatorSnapshot = (await evaluator.snapshot) as { you: unknown; presence?: ExercisePresence };
    expect(evaluatorSnapshot.you).toEqual({ kind: 'staff', role: 'evaluator' });
    expect(evaluatorSnapshot.presence?.staff).toEqual({ facilitator: 1, evaluator: 1 });
    await seen.until({ burgemeester: 2, 'teamchef-politie': 1 }, { facilitator: 1, evaluator: 1 });

    mayorTablet.socket.disconnect();
    await seen.until({ burgemeester: 1, 'teamchef-politie': 1 }, { facilitator: 1, evaluator: 1 });
    evaluator.socket.disconnect();
    mayor.socket.disconnect();
    await seen.until({ 'teamchef-politie': 1 }, { facilitator: 1, evaluator: 0 });

    // The player's own line never carried presence: not in its snapshot, not as an event (asked
    // after the staff saw every change, and answered on the same line after anything sent before).
    expect(await police.snapshot).not.toHaveProperty('presence');
    const resynced = await police.send('resync', { afterSeq: 0 });
    expect(resynced).toMatchObject({ ok: true, you: { kind: 'player', role: 'teamchef-politie' } });
    expect(resynced).not.toHaveProperty('presence');
    expect(policeNames).not.toContain('presence.changed');
    expect(mayorNames).not.toContain('presence.changed');
  });

  it('should drop a connection whose join code was revoked from presence', async () => {
    const { exerciseId, code } = await createExercise(t, a);
    const facilitator = connect({ token: a.tokens.facilitator, exerciseId });
    const seen = watchPresence(facilitator);
    await facilitator.snapshot;
    const mayor = connect({ joinCode: code('burgemeester') });
    const prosecutor = connect({ joinCode: code('officier-van-justitie') });
    await Promise.all([mayor.snapshot, prosecutor.snapshot]);
    await seen.until({ burgemeester: 1, 'officier-van-justitie': 1 });

    const ended = new Promise<string>((resolve) =>
      prosecutor.socket.once('access.ended', ({ reason }: { reason: string }) => resolve(reason)),
    );
    await t
      .http()
      .delete(`/api/exercises/${exerciseId}/join-codes/officier-van-justitie`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(204);
    expect(await ended).toBe('join-code-revoked');
    await closed(prosecutor);
    const after = await seen.until({ burgemeester: 1 });
    expect(after.roles[2]).toEqual({ role: 'officier-van-justitie', connections: 0, latestJoinedAt: null });

    // A staff resync says the same.
    const resynced = await facilitator.send('resync', { afterSeq: 0 });
    expect(resynced.presence.roles[2].connections).toBe(0);
    expect(resynced.presence.roles[0].connections).toBe(1);
  });
});

/**
 * Two api processes on one database and one Redis (the distributed setup): each counts the
 * sockets of both, so staff on either see the sum, and a change on one reaches staff on the other.
 */
describeWithRedis('realtime presence across two api processes', (redisUrl) => {
  let t: TestApp;
  let other: TestApp;
  let a: Organisation;
  let url: string;
  let otherUrl: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('presence-test'), { REDIS_URL: redisUrl }));
    // The same database, hence the same REDIS_PREFIX: the second process shares the adapter.
    other = await startTestApp({ REDIS_URL: redisUrl }, t.db);
    await other.app.listen(0, '127.0.0.1');
    otherUrl = `http://127.0.0.1:${(other.app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await other?.app.close();
    await t?.close();
  });

  it('should count the connections of both processes, for staff on either', async () => {
    const { exerciseId, code } = await createExercise(t, a);
    const staffHere = connectParticipant(url, { token: a.tokens.facilitator, exerciseId }, sockets);
    const staffThere = connectParticipant(otherUrl, { token: a.tokens.evaluator, exerciseId }, sockets);
    const here = watchPresence(staffHere);
    const there = watchPresence(staffThere);
    await Promise.all([staffHere.snapshot, staffThere.snapshot]);
    const staff = { facilitator: 1, evaluator: 1 };
    await Promise.all([here.until({}, staff), there.until({}, staff)]);

    const mayorHere = connectParticipant(url, { joinCode: code('burgemeester') }, sockets);
    const mayorThere = connectParticipant(otherUrl, { joinCode: code('burgemeester') }, sockets);
    const policeThere = connectParticipant(otherUrl, { joinCode: code('teamchef-politie') }, sockets);
    const names = recordNames(policeThere);
    await Promise.all([mayorHere.snapshot, mayorThere.snapshot, policeThere.snapshot]);
    const sum = { burgemeester: 2, 'teamchef-politie': 1 };
    const [seenHere] = await Promise.all([here.until(sum, staff), there.until(sum, staff)]);
    expect(seenHere.complete).toBe(true);

    // A leave on the other process reaches staff here; a revocation made here ends the socket
    // there and takes it out of both counts.
    mayorThere.socket.disconnect();
    await Promise.all([
      here.until({ burgemeester: 1, 'teamchef-politie': 1 }, staff),
      there.until({ burgemeester: 1, 'teamchef-politie': 1 }, staff),
    ]);
    const ended = new Promise<void>((resolve) => policeThere.socket.once('access.ended', () => resolve()));
    await t
      .http()
      .delete(`/api/exercises/${exerciseId}/join-codes/teamchef-politie`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(204);
    await ended;
    await Promise.all([here.until({ burgemeester: 1 }, staff), there.until({ burgemeester: 1 }, staff)]);

    // Each event reaches a client once, though both processes share the adapter.
    await t
      .http()
      .post(`/api/exercises/${exerciseId}/start`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({})
      .expect(200);
    await waitFor(
      async () => [staffHere, staffThere].every((s) => s.received.some((e) => e.type === 'clock.started')),
      'clock.started on both processes',
    );
    // A round trip on each line: a second copy, sent before the answer, would have arrived by now.
    for (const line of [staffHere, staffThere])
      expect(await line.send('resync', { afterSeq: 0 })).toMatchObject({ ok: true });
    expect(staffThere.received.filter((e) => e.type === 'clock.started')).toHaveLength(1);
    expect(staffHere.received.filter((e) => e.type === 'clock.started')).toHaveLength(1);
    expect(names).not.toContain('presence.changed');
  });
});
