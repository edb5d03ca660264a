import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { Clock, LISTENER_APPLICATION_NAME } from '@driehoek/core';
import { REFRESH_REUSE_GRACE_MS } from '@driehoek/identity';
import { TEST_SERVER_URL_ENV, scenarioFixture, scenarioYaml, withClient } from '@driehoek/testing';
import {
  acceptInvitation,
  addMember,
  startLiveApp,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

type Participant = ReturnType<typeof connectParticipant>;

/**
 * Taking access away reaches the sockets already connected — on another api process. Every
 * socket here is connected to process B while every change is made through process A; the two
 * share only the database, so the revocation can reach B only as PostgreSQL carries it. No
 * socket sends anything before it is ended: the server pushes the end.
 */
describe('revocation reaches live connections on every api process', () => {
  let t: TestApp;
  let other: TestApp;
  let a: Organisation;
  let otherUrl: string;
  const sockets: Socket[] = [];
  let users = 0;

  beforeAll(async () => {
    ({ t, a } = await startLiveApp(scenarioFixture('revocation-test')));
    other = await startTestApp({}, t.db);
    await other.app.listen(0, '127.0.0.1');
    otherUrl = `http://127.0.0.1:${(other.app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await other?.app.close();
    await t?.close();
  });

  const connect = async (auth: Record<string, string>): Promise<Participant> => {
    const participant = connectParticipant(otherUrl, auth, sockets);
    await participant.snapshot;
    return participant;
  };

  /** Resolves with the reason the server gives when it ends the connection. */
  const ended = (participant: Participant) =>
    new Promise<string>((resolve) => {
      participant.socket.once('access.ended', (notice: { reason: string; message: string }) => {
        expect(notice.message).toEqual(expect.any(String));
        participant.socket.once('disconnect', () => resolve(notice.reason));
      });
    });

  /** Still connected and allowed: a resync answers. */
  const stillIn = async (participant: Participant) => {
    expect(await participant.send('resync', { afterSeq: 0 })).toMatchObject({ ok: true });
    expect(participant.socket.connected).toBe(true);
  };

  const exercise = async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ scenarioId: 'revocation-test', speed: 1 })
      .expect(201);
    const code = (role: string) =>
      created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
    return { exerciseId: created.body.id as string, code };
  };

  /** A new account in organisation A, signed in: revoking it touches no other test. */
  const member = async (role: 'admin' | 'facilitator' | 'evaluator') => {
    const email = `lid${++users}@hofstede.test`;
    const password = `wachtwoord-van-lid-${users}`;
    const added = await addMember(t, a.tokens.admin, a.id, { email, name: `Lid ${users}`, password, role });
    return { userId: added.userId, email, password, login: () => t.login(email, password) };
  };

  it('should end the sockets of a rotated or revoked join code, and only those', async () => {
    const { exerciseId, code } = await exercise();
    const mayor = await connect({ joinCode: code('burgemeester') });
    const police = await connect({ joinCode: code('teamchef-politie') });
    const mayorEnded = ended(mayor);
    await t
      .http()
      .post(`/api/exercises/${exerciseId}/join-codes/burgemeester`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(201);
    expect(await mayorEnded).toBe('join-code-revoked');
    await stillIn(police);

    const policeEnded = ended(police);
    await t
      .http()
      .delete(`/api/exercises/${exerciseId}/join-codes/teamchef-politie`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(204);
    expect(await policeEnded).toBe('join-code-revoked');
    await expect(connect({ joinCode: code('teamchef-politie') })).rejects.toThrow('invalid code');
  });

  it('should end the sockets of a session that logs out, not those of the same user’s other session', async () => {
    const { exerciseId } = await exercise();
    const user = await member('facilitator');
    const [first, second] = [await user.login(), await user.login()];
    const leaving = await connect({ token: first, exerciseId });
    const staying = await connect({ token: second, exerciseId });
    const leavingEnded = ended(leaving);
    await t.http().post('/api/auth/logout').auth(first, { type: 'bearer' }).expect(204);
    expect(await leavingEnded).toBe('signed-out');
    await stillIn(staying);
  });

  it('should end every socket of the account when an admin revokes its sessions', async () => {
    const { exerciseId } = await exercise();
    const user = await member('evaluator');
    const socket = await connect({ token: await user.login(), exerciseId });
    const socketEnded = ended(socket);
    await t
      .http()
      .post(`/api/organisations/${a.id}/members/${user.userId}/revoke-sessions`)
      .auth(a.tokens.admin, { type: 'bearer' })
      .expect(200);
    expect(await socketEnded).toBe('sessions-revoked');
  });

  it("should end a shared member's sockets in the revoking organisation only", async () => {
    // A member of A who accepted a role in C: C's admin signs them out of C.
    const user = await member('evaluator');
    const adminToken = await t.login('beheer@driehoek.test', 'correct-horse-battery');
    const org = await t
      .http()
      .post('/api/organisations')
      .auth(adminToken, { type: 'bearer' })
      .send({ name: `Gemeente Elders ${++users}` })
      .expect(201);
    const c = org.body.id as string;
    await t
      .http()
      .post('/api/scenarios')
      .query({ organisationId: c })
      .auth(adminToken, { type: 'bearer' })
      .set('Content-Type', 'application/yaml')
      .send(scenarioYaml(scenarioFixture('revocation-test')))
      .expect(201);
    const inC = await t
      .http()
      .post('/api/exercises')
      .query({ organisationId: c })
      .auth(adminToken, { type: 'bearer' })
      .send({ scenarioId: 'revocation-test', speed: 1 })
      .expect(201);
    await t
      .http()
      .post(`/api/organisations/${c}/members`)
      .auth(adminToken, { type: 'bearer' })
      .send({ email: user.email, name: 'Gedeeld', password: 'niet-gebruikt-wachtwoord', role: 'evaluator' })
      .expect(202);
    const token = await user.login();
    await acceptInvitation(t, token, { organisationId: c });

    const { exerciseId: inA } = await exercise();
    const socketInA = await connect({ token, exerciseId: inA });
    const socketInC = await connect({ token, exerciseId: inC.body.id });
    const cEnded = ended(socketInC);
    await t
      .http()
      .post(`/api/organisations/${c}/members/${user.userId}/revoke-sessions`)
      .auth(adminToken, { type: 'bearer' })
      .expect(200);
    expect(await cEnded).toBe('access-withdrawn');
    await stillIn(socketInA);
  });

  it('should end the sockets of a session whose rotated-out refresh token is presented again', async () => {
    const { exerciseId } = await exercise();
    const user = await member('facilitator');
    const { body: first } = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const { body: second } = await t
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(200);
    const socket = await connect({ token: second.accessToken, exerciseId });
    const sibling = await connect({ token: await user.login(), exerciseId });
    const socketEnded = ended(socket);
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + REFRESH_REUSE_GRACE_MS + 1000));
    try {
      await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    } finally {
      jest.restoreAllMocks();
    }
    expect(await socketEnded).toBe('sessions-revoked');
    await stillIn(sibling);
  });

  it('should end the other sessions’ sockets on a password change, and keep the changing one', async () => {
    const { exerciseId } = await exercise();
    const user = await member('facilitator');
    const [changing, elsewhere] = [await user.login(), await user.login()];
    const kept = await connect({ token: changing, exerciseId });
    const lost = await connect({ token: elsewhere, exerciseId });
    const lostEnded = ended(lost);
    await t
      .http()
      .post('/api/auth/password')
      .auth(changing, { type: 'bearer' })
      .send({ currentPassword: user.password, newPassword: 'een-heel-nieuw-wachtwoord' })
      .expect(204);
    expect(await lostEnded).toBe('password-changed');
    await stillIn(kept);
  });

  it('should end the sockets of a removed member, and reconnect a member whose role changed', async () => {
    const { exerciseId } = await exercise();
    const removed = await member('evaluator');
    const promoted = await member('evaluator');
    const removedSocket = await connect({ token: await removed.login(), exerciseId });
    const promotedToken = await promoted.login();
    const promotedSocket = await connect({ token: promotedToken, exerciseId });

    const removedEnded = ended(removedSocket);
    await t
      .http()
      .delete(`/api/organisations/${a.id}/members/${removed.userId}`)
      .auth(a.tokens.admin, { type: 'bearer' })
      .expect(204);
    expect(await removedEnded).toBe('access-withdrawn');
    await stillIn(promotedSocket);

    const promotedEnded = ended(promotedSocket);
    await t
      .http()
      .patch(`/api/organisations/${a.id}/members/${promoted.userId}`)
      .auth(a.tokens.admin, { type: 'bearer' })
      .send({ role: 'facilitator' })
      .expect(200);
    expect(await promotedEnded).toBe('role-changed');
    const again = await connect({ token: promotedToken, exerciseId });
    expect(await again.snapshot).toMatchObject({ you: { kind: 'staff', role: 'facilitator' } });
  });

  it('should end the socket of a grantee from another organisation when the grant is withdrawn', async () => {
    const { exerciseId } = await exercise();
    const b = await startGrantee();
    await t
      .http()
      .post(`/api/exercises/${exerciseId}/grants`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ email: b.email, role: 'evaluator' })
      .expect(202);
    await acceptInvitation(t, b.token, { exerciseId });
    const grantee = await connect({ token: b.token, exerciseId });
    const granteeEnded = ended(grantee);
    await t
      .http()
      .delete(`/api/exercises/${exerciseId}/grants/${b.userId}`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(204);
    expect(await granteeEnded).toBe('access-withdrawn');
  });

  it('should end every socket of an archived exercise and refuse new ones', async () => {
    const { exerciseId, code } = await exercise();
    const player = await connect({ joinCode: code('officier-van-justitie') });
    const staffToken = await (await member('evaluator')).login();
    const staff = await connect({ token: staffToken, exerciseId });
    const [playerEnded, staffEnded] = [ended(player), ended(staff)];
    await t
      .http()
      .post(`/api/exercises/${exerciseId}/archive`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(200);
    expect(await playerEnded).toBe('exercise-archived');
    expect(await staffEnded).toBe('exercise-archived');
    await expect(connect({ token: staffToken, exerciseId })).rejects.toThrow('archived');
    await expect(connect({ joinCode: code('burgemeester') })).rejects.toThrow('invalid code');
  });

  it('should refuse the next message of a socket whose revocation was never announced', async () => {
    // As for a process whose listener was down: the code is revoked behind the application's
    // back, without a notice. PostgreSQL is the truth, so the next message is refused.
    const { exerciseId, code } = await exercise();
    const mayor = await connect({ joinCode: code('burgemeester') });
    const sql = new Client({ connectionString: t.db.url });
    await sql.connect();
    try {
      await sql.query(
        "UPDATE join_code SET revoked_at = now() WHERE exercise_id = $1 AND role_id = 'burgemeester'",
        [exerciseId],
      );
    } finally {
      await sql.end();
    }
    const mayorEnded = ended(mayor);
    expect(await mayor.send('resync', { afterSeq: 0 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await mayorEnded).toBe('join-code-revoked');
  });

  it('should check every connection again when its listener comes back from an outage', async () => {
    const { exerciseId, code } = await exercise();
    const mayor = await connect({ joinCode: code('burgemeester') });
    const mayorEnded = ended(mayor);
    const sql = new Client({ connectionString: t.db.url });
    await sql.connect();
    const allowConnections = (allow: boolean) =>
      withClient(process.env[TEST_SERVER_URL_ENV]!, (client) =>
        client.query(`ALTER DATABASE ${client.escapeIdentifier(t.db.name)} ALLOW_CONNECTIONS ${allow}`),
      );
    const listeners = async () =>
      (
        await sql.query(
          'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
          [LISTENER_APPLICATION_NAME],
        )
      ).rowCount;
    await allowConnections(false);
    try {
      await sql.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [LISTENER_APPLICATION_NAME],
      );
      await waitFor(async () => (await listeners()) === 0, 'both listeners to be gone');
      // Revoked, and announced, while nobody listens: the notice reaches no one.
      await sql.query('BEGIN');
      await sql.query(
        "UPDATE join_code SET revoked_at = now() WHERE exercise_id = $1 AND role_id = 'burgemeester'",
        [exerciseId],
      );
      await sql.query("SELECT pg_notify('driehoek_access', $1)", [`exercise:${exerciseId}`]);
      await sql.query('COMMIT');
      expect(mayor.socket.connected).toBe(true);
    } finally {
      await allowConnections(true);
      await sql.end();
    }
    expect(await mayorEnded).toBe('join-code-revoked');
  });

  /** A user of a second organisation, signed in, to be granted access to one exercise of A. */
  async function startGrantee() {
    const adminToken = await t.login('beheer@driehoek.test', 'correct-horse-battery');
    const org = await t
      .http()
      .post('/api/organisations')
      .auth(adminToken, { type: 'bearer' })
      .send({ name: `Politie Oost ${++users}` })
      .expect(201);
    const email = `analist${users}@politie.test`;
    const password = `wachtwoord-analist-${users}`;
    const added = await addMember(t, adminToken, org.body.id, {
      email,
      name: 'Analist',
      password,
      role: 'evaluator',
    });
    return { email, userId: added.userId, token: added.token };
  }
});
