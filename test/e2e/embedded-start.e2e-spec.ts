import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';

const root = join(__dirname, '../..');
const ADMIN_ENV = {
  DRIEHOEK_ADMIN_EMAIL: 'beheer@driehoek.test',
  DRIEHOEK_ADMIN_PASSWORD: 'correct-horse-battery',
};

async function login(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: ADMIN_ENV.DRIEHOEK_ADMIN_EMAIL,
      password: ADMIN_ENV.DRIEHOEK_ADMIN_PASSWORD,
    }),
  });
  expect(response.status).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}
const main = join(root, 'dist/apps/api/src/main.js');

interface Server {
  process: ChildProcess;
  url: string;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Boots the built server exactly as `npm start` does, with no DATABASE_URL and no REDIS_URL:
 * the embedded PostgreSQL and nothing else.
 */
function start(dataDir: string, env: Record<string, string> = {}): Server & { ready: Promise<void> } {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...inherited, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...ADMIN_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server = { process: child, url: '', logs, exited } as Server & { ready: Promise<void> };
  server.ready = new Promise<void>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => logs.push(chunk));
    createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg?.startsWith('Driehoek listening')) {
        server.url = `http://127.0.0.1:${entry.port}`;
        resolve();
      }
    });
    void exited.then(({ code }) => reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`)));
  });
  return server;
}

async function stop(server: Server, signal: NodeJS.Signals = 'SIGTERM') {
  server.process.kill(signal);
  return server.exited;
}

describe('npm start without a database configured', () => {
  let dataDir: string;

  beforeAll(() => {
    const build = spawnSync('npx', ['nest', 'build', 'api'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }, 120_000);

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
