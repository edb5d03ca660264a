import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { login, root, start, stop } from '../support/server-process';

describe('npm start without a database configured', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'driehoek-e2e-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should serve health and the shipped library from an embedded PostgreSQL, and keep uploads across restarts', async () => {
    const first = start(dataDir);
    await first.ready;
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const auth = await login(first.url);
    const library = (await (await fetch(`${first.url}/api/scenarios`, { headers: auth })).json()) as {
      id: string;
      latestVersion: number;
    }[];
    expect(library.length).toBeGreaterThanOrEqual(4);
    const upload = await fetch(`${first.url}/api/scenarios`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/yaml' },
      body: scenarioYaml(scenarioFixture('blijft-bewaard')),
    });
    expect(upload.status).toBe(201);

    const { code, signal } = await stop(first);
    expect(code === 0 || signal === 'SIGTERM' || code === 143).toBe(true);
    expect(first.logs.join('\n')).toContain('database closed');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = start(dataDir);
    await second.ready;
    const again = (await (
      await fetch(`${second.url}/api/scenarios`, { headers: await login(second.url) })
    ).json()) as {
      id: string;
      latestVersion: number;
    }[];
    expect(again.find((s) => s.id === 'blijft-bewaard')).toMatchObject({ latestVersion: 1 });
    // Shipped scenarios were not loaded a second time.
    expect(again.filter((s) => s.id !== 'blijft-bewaard')).toEqual(library);
    await stop(second);
  }, 120_000);

  it('should start again after the server process was killed abruptly', async () => {
    const first = start(dataDir);
    await first.ready;
    await stop(first, 'SIGKILL');
    // The embedded PostgreSQL outlived its parent; the next start must take over cleanly.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const second = start(dataDir);
    await second.ready;
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    await stop(second);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('should refuse to start with a bad setting, naming the variable', async () => {
    const server = start(dataDir, { PORT: 'abc', REDIS_URL: 'http://nope' });
    await expect(server.ready).rejects.toThrow();
    const { code } = await server.exited;
    expect(code).toBe(78);
    const output = server.logs.join('\n');
    expect(output).toMatch(/PORT: must be a whole number/);
    expect(output).toMatch(/REDIS_URL: must be a URL starting with redis:/);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  }, 30_000);

  it('should refuse to start the worker without the distributed setup', () => {
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(root, 'dist/apps/worker/src/main.js')], {
      cwd: root,
      env: { ...env, DATABASE_URL: 'postgres://localhost/x' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/REDIS_URL: the worker runs only in the distributed setup/);
  });
});
