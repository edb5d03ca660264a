import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { LISTENER_APPLICATION_NAME } from '@driehoek/core';
import { TEST_SERVER_URL_ENV, withClient } from '@driehoek/testing';
import { CONTROLLERS } from '../../apps/api/src/app.module';
import { IncidentNoticeResponse, IncidentSummaryResponse } from '../../apps/api/src/http/responses';
import { routeTable } from '../../apps/api/src/http/route-table';
import { ACTORS, expectedAccess, type Actor } from '../support/access-matrix';
import { connectRegister, type Refusal, type RegisterClient } from '../support/register-client';
import {
  ADMIN,
  acceptInvitation,
  addMember,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';

const HOUR = 3_600_000;

/**
 * The incident register's live channel (`/incidents`) on two api processes sharing one database:
 * process A takes every write over REST, and the sockets of most tests are on process B, so what
 * they receive can only have come through PostgreSQL.
 */
describe('the incident register channel', () => {
  let t: TestApp;
  let other: TestApp;
  let aUrl: string;
  let bUrl: string;
  let platformAdmin: string;
  let a: Organisation;
  let b: Organisation;
  const sockets: Socket[] = [];
  let users = 0;

  const urlOf = (app: TestApp) =>
    `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    other = await startTestApp({}, t.db);
    await other.app.listen(0, '127.0.0.1');
    [aUrl, bUrl] = [urlOf(t), urlOf(other)];
    platformAdmin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, platformAdmin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, platformAdmin, 'Gemeente Waalkerke');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await other?.app.close();
    await t?.close();
  });

  const connect = (auth: Record<string, string>, url = bUrl) => connectRegister(url, auth, sockets);
  const connected = async (auth: Record<string, string>, url = bUrl): Promise<RegisterClient> => {
    const client = connect(auth, url);
    await client.snapshot;
    return client;
  };
  const refused = (auth: Record<string, string>) =>
    connect(auth).snapshot.then(
      () => undefined,
      (e: Refusal) => e,
    );

  const get = async (path: string, token: string) =>
    (await t.http().get(path).auth(token, { type: 'bearer' }).expect(200)).body;
  const open = async (owner: Organisation, title: string): Promise<string> =>
    (
      await t
        .http()
        .post('/api/incidents')
        .query({ organisationId: owner.id })
        .auth(owner.tokens.facilitator, { type: 'bearer' })
        .send({ title, regimes: ['nis2', 'avg'] })
        .expect(201)
    ).body.id;
  const aware = (owner: Organisation, incidentId: string, at: Date) =>
    t
      .http()
      .post(`/api/incidents/${incidentId}/awareness`)
      .auth(owner.tokens.facilitator, { type: 'bearer' })
      .send({ at: at.toISOString(), by: 'J. de Vries', role: 'ciso' })
      .expect(200);

  /** A new account in the organisation, signed in: ending it touches no other test. */
  const member = async (owner: Organisation, role: 'admin' | 'facilitator' | 'evaluator' = 'evaluator') => {
    const email = `lid${++users}@register.test`;
    const password = `wachtwoord-van-lid-${users}`;
    const added = await addMember(t, owner.tokens.admin, owner.id, {
      email,
      name: `Lid ${users}`,
      password,
      role,
    });
    return { ...added, email, password };
  };

  /** Resolves with the reason the server gives when it ends the connection. */
  const ended = (client: RegisterClient) =>
    new Promise<string>((resolve) => {
      client.socket.once('access.ended', (notice: { reason: string; message: string }) => {
        expect(notice.message).toEqual(expect.any(String));
        client.socket.once('disconnect', () => resolve(notice.reason));
      });
    });

  it('should send a member the register as GET /api/incidents and GET /api/incidents/notices answer it', async () => {
    const incidentId = await open(a, 'Storing DigiD-koppeling');
    // Aware 21 h ago: the NIS2 early warning (24 h) is due soon.
    await aware(a, incidentId, new Date(Date.now() - 21 * HOUR));
    const client = connect({ token: a.tokens.evaluator });
    const snapshot = await client.snapshot;
    expect(snapshot.organisationId).toBe(a.id);
    expect(IncidentSummaryResponse.strict().array().parse(snapshot.incidents)).toEqual(
      await get('/api/incidents', a.tokens.evaluator),
    );
    expect(IncidentNoticeResponse.strict().array().parse(snapshot.notices)).toEqual(
      await get('/api/incidents/notices', a.tokens.evaluator),
    );
    expect(snapshot.notices).toContainEqual(
      expect.objectContaining({
        incident: expect.objectContaining({ id: incidentId }),
        stage: 'early-warning',
      }),
    );
  });

  it('should push the line and the new notices when awareness is recorded, to sockets on every process', async () => {
    const onB = await connected({ token: a.tokens.evaluator });
    const onA = await connected({ token: a.tokens.admin }, aUrl);
    const opened = onB.next('incident.changed', (line) => line.title === 'Ransomware op de bestandsserver');
    const incidentId = await open(a, 'Ransomware op de bestandsserver');
    expect(IncidentSummaryResponse.strict().parse(await opened)).toMatchObject({
      awareAt: null,
      noticeCount: 0,
    });

    const lineOnB = onB.next('incident.changed', (line) => line.id === incidentId);
    const noticesOnB = onB.next('incident.notices', (n) =>
      n.notices.some((notice: { incident: { id: string } }) => notice.incident.id === incidentId),
    );
    const noticesOnA = onA.next('incident.notices', (n) =>
      n.notices.some((notice: { incident: { id: string } }) => notice.incident.id === incidentId),
    );
    // Aware 70 h ago: the early warning is missed, the AVG notification (72 h) and the NIS2
    // notification (72 h) are due soon.
    const awareAt = new Date(Date.now() - 70 * HOUR);
    await aware(a, incidentId, awareAt);

    expect(IncidentSummaryResponse.strict().parse(await lineOnB)).toMatchObject({
      id: incidentId,
      awareAt: awareAt.toISOString(),
      noticeCount: 3,
      nextDeadline: { regime: 'nis2', stage: 'early-warning', status: 'missed' },
    });
    const pushed = await noticesOnB;
    expect(pushed.organisationId).toBe(a.id);
    expect(IncidentNoticeResponse.strict().array().parse(pushed.notices)).toEqual(
      await get('/api/incidents/notices', a.tokens.facilitator),
    );
    expect((await noticesOnA).notices).toEqual(pushed.notices);
  });

  it('should send a member of another organisation nothing of it, and refuse them its organisationId', async () => {
    const theirs = await connected({ token: b.tokens.evaluator });
    const ours = await connected({ token: a.tokens.evaluator });
    const oursMoved = ours.next(
      'incident.changed',
      (line) => line.title === 'DDoS op de gemeentelijke website',
    );
    const inA = await open(a, 'DDoS op de gemeentelijke website');
    await oursMoved;
    // Their own register still moves; what they received is theirs alone (sent in order, after A's).
    const theirsMoved = theirs.next('incident.changed', (line) => line.title === 'Phishing bij burgerzaken');
    await open(b, 'Phishing bij burgerzaken');
    await theirsMoved;
    expect(theirs.changed.map((line) => line.organisationId)).toEqual([b.id]);
    expect(theirs.notices.flatMap((n) => n.notices).map((n) => n.incident.id)).not.toContain(inA);

    for (const role of ['admin', 'facilitator', 'evaluator'] as const)
      expect(await refused({ token: b.tokens[role], organisationId: a.id })).toMatchObject({
        message: 'Organisation not found: no organisation of yours has this organisationId',
        data: { code: 'NOT_FOUND' },
      });
    // The same answer for an organisation that does not exist at all.
    expect(
      await refused({ token: b.tokens.admin, organisationId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ data: { code: 'NOT_FOUND' } });
  });

  it('should refuse a handshake without a valid access token', async () => {
    expect(await refused({})).toMatchObject({
      message: 'send {token, organisationId?} in the handshake auth',
      data: { code: 'UNAUTHORIZED' },
    });
    expect(await refused({ token: 'x'.repeat(43) })).toMatchObject({
      message: 'unauthorized',
      data: { code: 'UNAUTHORIZED' },
    });
    expect(await refused({ joinCode: '7KQ2-M9XD-4HTA' })).toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('should ask a member of several organisations which register, as ?organisationId= does', async () => {
    const shared = await member(a);
    await t
      .http()
      .post(`/api/organisations/${b.id}/members`)
      .auth(b.tokens.admin, { type: 'bearer' })
      .send({ email: shared.email, name: 'Gedeeld', password: 'niet-gebruikt-wachtwoord', role: 'evaluator' })
      .expect(202);
    await acceptInvitation(t, shared.token, { organisationId: b.id });
    const token = await t.login(shared.email, shared.password);
    expect(await refused({ token })).toMatchObject({
      data: { code: 'VALIDATION_FAILED', details: [{ path: 'organisationId', code: 'missing-field' }] },
    });
    expect((await connect({ token, organisationId: b.id }).snapshot).organisationId).toBe(b.id);
  });

  it('should answer resync with the snapshot, and refuse a body it does not know or a flood', async () => {
    const client = await connected({ token: a.tokens.facilitator });
    expect(await client.send('resync', {})).toMatchObject({ ok: true, organisationId: a.id });
    expect(await client.send('resync', { afterSeq: 3 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    const answers: { ok: boolean; error?: { code: string } }[] = [];
    // 12 a minute, three minutes' worth in the bucket (docs/security.md).
    for (let i = 0; i < 40 && answers.at(-1)?.ok !== false; i++)
      answers.push(await client.send('resync', {}));
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('should end the socket of a member removed from the organisation, on the other process', async () => {
    const leaving = await member(a);
    const client = await connected({ token: leaving.token });
    const reason = ended(client);
    await t
      .http()
      .delete(`/api/organisations/${a.id}/members/${leaving.userId}`)
      .auth(a.tokens.admin, { type: 'bearer' })
      .expect(204);
    expect(await reason).toBe('membership-ended');
    expect(await refused({ token: leaving.token })).toMatchObject({ data: { code: expect.any(String) } });
  });

  it('should end the socket of a session that logs out, and not the same user’s other session', async () => {
    const user = await member(a, 'facilitator');
    const [first, second] = [user.token, await t.login(user.email, user.password)];
    const leaving = await connected({ token: first });
    const staying = await connected({ token: second });
    const reason = ended(leaving);
    await t.http().post('/api/auth/logout').auth(first, { type: 'bearer' }).expect(204);
    expect(await reason).toBe('signed-out');
    expect(await staying.send('resync', {})).toMatchObject({ ok: true });
  });

  it("should end a shared member's register socket in the revoking organisation only", async () => {
    const shared = await member(a);
    await t
      .http()
      .post(`/api/organisations/${b.id}/members`)
      .auth(b.tokens.admin, { type: 'bearer' })
      .send({ email: shared.email, name: 'Gedeeld', password: 'niet-gebruikt-wachtwoord', role: 'evaluator' })
      .expect(202);
    await acceptInvitation(t, shared.token, { organisationId: b.id });
    const inA = await connected({ token: shared.token, organisationId: a.id });
    const inB = await connected({ token: shared.token, organisationId: b.id });
    const reason = ended(inB);
    await t
      .http()
      .post(`/api/organisations/${b.id}/members/${shared.userId}/revoke-sessions`)
      .auth(b.tokens.admin, { type: 'bearer' })
      .expect(200);
    expect(await reason).toBe('membership-ended');
    expect(await inA.send('resync', {})).toMatchObject({ ok: true, organisationId: a.id });
  });

  it('should push a write made while the listener was away once it is back', async () => {
    const client = await connected({ token: a.tokens.evaluator });
    // Opened before the database refuses new connections, like the apps' own pools.
    const admin = new Client({ connectionString: t.db.url });
    await admin.connect();
    const allowConnections = (allow: boolean) =>
      withClient(process.env[TEST_SERVER_URL_ENV]!, (c) =>
        c.query(`ALTER DATABASE ${c.escapeIdentifier(t.db.name)} ALLOW_CONNECTIONS ${allow}`),
      );
    try {
      await allowConnections(false);
      const terminated = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = $1 AND datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      );
      // Both processes' listeners are gone and cannot come back: this write's notice is heard by none.
      expect(terminated.rowCount).toBe(2);
      const line = client.next('incident.changed', (l) => l.title === 'Storing tijdens de storing');
      const incidentId = await open(a, 'Storing tijdens de storing');
      await allowConnections(true);
      expect(await line).toMatchObject({ id: incidentId, organisationId: a.id });
    } finally {
      await allowConnections(true);
      await admin.end();
    }
  });

  describe('handshake policy: the same as GET /api/incidents/notices', () => {
    const policy = () => routeTable(CONTROLLERS).find((r) => r.path === '/api/incidents/notices')!.policy!;
    const tokenOf = (actor: Actor): string | undefined =>
      actor === 'anonymous' ? undefined : actor === 'platform-admin' ? platformAdmin : a.tokens[actor];
    const EXPECTED_CODE = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' } as const;

    it.each(
      ACTORS.flatMap((actor) => (['own', 'other'] as const).map((ownership) => [actor, ownership] as const)),
    )('should treat %s on the %s organisation’s register as REST does', async (actor, ownership) => {
      const expected = expectedAccess(policy(), actor, ownership, true);
      const token = tokenOf(actor);
      const auth = { ...(token && { token }), organisationId: (ownership === 'own' ? a : b).id };
      const client = connect(auth);
      const outcome = await client.snapshot.then(
        (snapshot) => ({ organisationId: snapshot.organisationId }),
        (refusal: Refusal) => refusal.data?.code,
      );
      if (expected === 'allowed') expect(outcome).toEqual({ organisationId: auth.organisationId });
      else expect(outcome).toBe(EXPECTED_CODE[expected]);
    });
  });
});
