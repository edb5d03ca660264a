import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  describeWithRedis,
  scenarioFixture,
  scenarioYaml,
  type TestDatabase,
} from '@driehoek/testing';
import { login, start, stop, type Server } from '../support/server-process';
import { waitFor } from '../support/wait-for';

interface LoggedEvent {
  seq: number;
  type: string;
  payload: { injectId?: string };
}

/**
 * The server process is killed (SIGKILL, no shutdown at all) mid-exercise and started again: no
 * event is lost, no inject fires twice, and the log still verifies.
 */
function crashSuite(extraEnv: () => Record<string, string>): void {
  let db: TestDatabase;
  let dataDir: string;
  let server: Server & { ready: Promise<void> };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'driehoek-crash-'));
  });

  afterAll(async () => {
    if (server?.process.exitCode === null && server.process.signalCode === null) await stop(server);
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const boot = async () => {
    server = start(dataDir, { DATABASE_URL: db.url, REDIS_PREFIX: db.name, ...extraEnv() });
    await server.ready;
    return { url: server.url, auth: await login(server.url) };
  };

  const call = async (
    url: string,
    auth: Record<string, string>,
    method: string,
    path: string,
    body?: unknown,
    type = 'application/json',
  ) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...auth, 'Content-Type': type },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (response.status >= 400)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };

  it('should lose no event and fire no inject twice across an abrupt kill', async () => {
    let { url, auth } = await boot();
    await call(
      url,
      auth,
      'POST',
      '/api/scenarios',
      scenarioYaml(scenarioFixture('crash-test')),
      'application/yaml',
    );
    // 1200×: i-start at 00:10 is 0.5 s in, i-politie at 00:20 is 1 s, the decision is overdue at 2.25 s.
    const { id } = (await call(url, auth, 'POST', '/api/exercises', {
      scenarioId: 'crash-test',
      speed: 1200,
    })) as { id: string };
    await call(url, auth, 'POST', `/api/exercises/${id}/start`, {});
    const events = async () => (await call(url, auth, 'GET', `/api/exercises/${id}/events`)) as LoggedEvent[];
    await waitFor(
      async () => (await events()).some((e) => e.payload.injectId === 'i-start'),
      'i-start before the crash',
    );

    await stop(server, 'SIGKILL');
    // Down while i-politie and the decision deadline fall due.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    ({ url, auth } = await boot());

    const after = await waitFor(async () => {
      const list = await events();
      return list.some((e) => e.payload.injectId === 'i-te-laat') && list;
    }, 'the injects that fell due while the server was down');
    const delivered = after.filter((e) => e.type === 'inject.delivered').map((e) => e.payload.injectId);
    expect(delivered).toEqual(['i-start', 'i-politie', 'i-te-laat']);
    expect(after.map((e) => e.seq)).toEqual(after.map((_, i) => i + 1));
    expect(await call(url, auth, 'GET', `/api/exercises/${id}/events/verify`)).toMatchObject({
      valid: true,
      count: after.length,
    });
  }, 60_000);
}

describe('crash recovery (in-process scheduler)', () => crashSuite(() => ({})));
describeWithRedis('crash recovery (BullMQ scheduler)', (redisUrl) =>
  crashSuite(() => ({ REDIS_URL: redisUrl })),
);
