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
import { login, start, startWorker, stop, type Server } from '../support/server-process';
import { waitFor } from '../support/wait-for';

interface LoggedEvent {
  seq: number;
  type: string;
  payload: { injectId?: string };
}

/**
 * The distributed setup with the firing moved out of the api: an api process with
 * API_RUNS_WORKER=false arms the wake-ups, and a separate apps/worker process takes them.
 */
describeWithRedis('apps/worker takes the scheduled firing', (redisUrl) => {
  let db: TestDatabase;
  let dataDir: string;
  const processes: Server[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'driehoek-worker-'));
  });

  afterAll(async () => {
    for (const p of processes)
      if (p.process.exitCode === null && p.process.signalCode === null) await stop(p);
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should fire nothing from an api without a worker, and everything once a worker runs', async () => {
    const env = { DATABASE_URL: db.url, REDIS_URL: redisUrl, REDIS_PREFIX: db.name };
    const api = start(dataDir, { ...env, API_RUNS_WORKER: 'false' });
    processes.push(api);
    await api.ready;
    expect(api.logs.join('\n')).toMatch(/scheduled firing is left to apps\/worker/);
    const auth = await login(api.url);
    const call = async (method: string, path: string, body?: string, type = 'application/json') => {
      const response = await fetch(`${api.url}${path}`, {
        method,
        headers: { ...auth, 'Content-Type': type },
        body,
      });
      if (response.status >= 400)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<any>;
    };
    await call('POST', '/api/scenarios', scenarioYaml(scenarioFixture('worker-test')), 'application/yaml');
    // 1200×: i-start is due 0.5 s after the start, i-politie after 1 s.
    const { id } = await call(
      'POST',
      '/api/exercises',
      JSON.stringify({ scenarioId: 'worker-test', speed: 1200 }),
    );
    await call('POST', `/api/exercises/${id}/start`, '{}');
    const events = async () => (await call('GET', `/api/exercises/${id}/events`)) as LoggedEvent[];

    // Long past i-start's instant: the api armed it but does not take wake-ups itself.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await events()).filter((e) => e.type === 'inject.delivered')).toEqual([]);

    const worker = startWorker(dataDir, env);
    processes.push(worker);
    await worker.ready;
    const after = await waitFor(async () => {
      const list = await events();
      return list.some((e) => e.payload.injectId === 'i-te-laat') && list;
    }, 'the timeline fired by the worker');
    expect(after.filter((e) => e.type === 'inject.delivered').map((e) => e.payload.injectId)).toEqual([
      'i-start',
      'i-politie',
      'i-te-laat',
    ]);
    expect(await call('GET', `/api/exercises/${id}/events/verify`)).toMatchObject({ valid: true });
  }, 60_000);
});
