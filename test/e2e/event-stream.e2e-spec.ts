import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { LISTENER_APPLICATION_NAME } from '@driehoek/core';
import { TEST_SERVER_URL_ENV, scenarioFixture, withClient } from '@driehoek/testing';
import { HealthResponse } from '../../apps/api/src/http/responses';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

interface LoggedEvent {
  seq: number;
  type: string;
  audience: string[];
  payload: Record<string, any>;
}

const ROLES = ['burgemeester', 'teamchef-politie', 'officier-van-justitie'];

/**
 * The api process loses its LISTEN connection mid-exercise — twice in a row, and once for longer
 * while the facilitator keeps firing injects — and every participant still gets every event it
 * may see, in order, exactly once. The exercise runs at real speed: the facilitator's commands
 * make the events, not the clock.
 */
describe('live delivery across a lost event stream', () => {
  let t: TestApp;
  let a: Organisation;
  let url: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('stream-test')));
    admin = new Client({ connectionString: t.db.url });
    await admin.connect();
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    if (t) await allowConnections(true);
    await admin?.end();
    await t?.close();
  }, 60_000);

  /** Opened before the database refuses new connections, like the app's own pool. */
  let admin: Client;
  const sql = async (text: string, params: unknown[] = []) => (await admin.query(text, params)).rows;
  /** Whether new connections to the test database are accepted (existing ones stay). */
  const allowConnections = (allow: boolean) =>
    withClient(process.env[TEST_SERVER_URL_ENV]!, (client) =>
      client.query(`ALTER DATABASE ${client.escapeIdentifier(t.db.name)} ALLOW_CONNECTIONS ${allow}`),
    );
  const listeners = async (): Promise<number[]> =>
    (
      await sql(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [LISTENER_APPLICATION_NAME],
      )
    ).map((row: { pid: number }) => row.pid);
  const terminateListener = async (): Promise<number> =>
    (
      await sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = $1 AND datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      )
    ).length;
  const health = async () => {
    const response = await t.http().get('/health');
    return { status: response.status, body: HealthResponse.parse(response.body) };
  };
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });

  it('should deliver every visible event exactly once and in order through two outages of the listener', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(facilitator())
      .send({ scenarioId: 'stream-test', speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const code = (role: string) =>
      created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
    const players = ROLES.map((role) => ({
      role,
      ...connectParticipant(url, { joinCode: code(role) }, sockets),
    }));
    const staff = connectParticipant(url, { token: a.tokens.evaluator, exerciseId: id }, sockets);
    await Promise.all([...players, staff].map((p) => p.snapshot));
    const everyone = [...players, staff];
    const adHoc = (title: string, audience: string[] | 'all') =>
      t
        .http()
        .post(`/api/exercises/${id}/injects`)
        .set(facilitator())
        .send({ title, content: `${title}.`, channel: 'mail', audience })
        .expect(201);

    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await waitFor(
      async () => everyone.every((p) => p.received.some((e) => e.type === 'clock.started')),
      'the start for everyone',
    );
    expect((await health()).status).toBe(200);

    // A longer outage: the listener is cut off and cannot come back while injects are fired.
    await allowConnections(false);
    try {
      expect(await terminateListener()).toBe(1);
      const down = await waitFor(async () => {
        const h = await health();
        return h.body.checks.eventStream?.status === 'down' && h;
      }, '/health to report the event stream down');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({
        status: 'degraded',
        checks: { eventStream: { status: 'down', error: expect.stringContaining('reconnecting') } },
      });
      await t
        .http()
        .post(`/api/exercises/${id}/injects/i-reserve/fire`)
        .set(facilitator())
        .send({})
        .expect(200);
      await adHoc('Alleen politie en OM', ['teamchef-politie', 'officier-van-justitie']);
      await adHoc('Alleen de burgemeester', ['burgemeester']);
      // Still down: what was just committed has not been announced to anyone.
      expect((await health()).body.checks.eventStream?.status).toBe('down');
    } finally {
      await allowConnections(true);
    }
    const afterFirst = await waitFor(async () => (await listeners())[0], 'the listener to reconnect');
    await waitFor(async () => (await health()).status === 200, '/health ok again');

    // Twice in a row: cut it again right after it came back, with events committed meanwhile.
    expect(await terminateListener()).toBe(1);
    await waitFor(async () => {
      const pids = await listeners();
      return pids.length === 1 && pids[0] !== afterFirst;
    }, 'the listener to reconnect once more');
    expect(await terminateListener()).toBe(1);
    await t
      .http()
      .post(`/api/exercises/${id}/injects/i-politie/fire`)
      .set(facilitator())
      .send({})
      .expect(200);
    await adHoc('Voor iedereen', 'all');
    await waitFor(async () => (await health()).status === 200, '/health ok after the second outage');

    const log: LoggedEvent[] = (
      await t.http().get(`/api/exercises/${id}/events?limit=1000`).set(facilitator()).expect(200)
    ).body;
    const visible = (role?: string) =>
      log.filter((e) => !role || e.audience.includes('*') || e.audience.includes(role)).map((e) => e.seq);
    const lastSeq = log.at(-1)!.seq;
    await waitFor(
      async () =>
        players.every((p) => (p.received.at(-1)?.seq ?? 0) >= Math.max(...visible(p.role))) &&
        staff.received.at(-1)?.seq === lastSeq,
      'every participant to receive what was committed during the outages',
    );
    // The facilitator's injects really happened while the listener was away, and reached the players.
    expect(log.filter((e) => e.type === 'inject.delivered')).toHaveLength(5);

    for (const player of players) expect(player.received.map((e) => e.seq)).toEqual(visible(player.role));
    expect(staff.received.map((e) => e.seq)).toEqual(visible());
    // Need-to-know held through the catch-up: the mayor never saw the police's inject.
    expect(players[0].received.map((e) => e.payload.title)).not.toContain('Alleen politie en OM');
    expect(t.logs.some((line) => line.includes('listener connection lost'))).toBe(true);
  }, 60_000);
});
