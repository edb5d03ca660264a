import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = join(__dirname, '../..');
export const ADMIN_ENV = {
  DRIEHOEK_ADMIN_EMAIL: 'beheer@driehoek.test',
  DRIEHOEK_ADMIN_PASSWORD: 'correct-horse-battery',
};

export async function login(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: ADMIN_ENV.DRIEHOEK_ADMIN_EMAIL,
      password: ADMIN_ENV.DRIEHOEK_ADMIN_PASSWORD,
    }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}
const main = join(root, 'dist/apps/api/src/main.js');

export interface Server {
  process: ChildProcess;
  url: string;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Boots the built server (built once by test/global-setup-e2e.ts and test/browser/global-setup.ts)
 * exactly as `npm start` does. DATABASE_URL and REDIS_URL are not inherited: without them in `env`
 * it runs embedded. A variable given as `undefined` is left out altogether (the first run without
 * DRIEHOEK_ADMIN_*, which then prints the one-time setup link).
 */
export function start(
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Server & { ready: Promise<void> } {
  return spawnApp(main, 'Driehoek listening', dataDir, env);
}

/** The built worker (apps/worker), which takes the BullMQ wake-ups in the distributed setup. */
export function startWorker(dataDir: string, env: Record<string, string>): Server & { ready: Promise<void> } {
  return spawnApp(join(root, 'dist/apps/worker/src/main.js'), 'Driehoek worker started', dataDir, env);
}

function spawnApp(
  script: string,
  readyMessage: string,
  dataDir: string,
  env: Record<string, string | undefined>,
): Server & { ready: Promise<void> } {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const merged: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...ADMIN_ENV,
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: merged,
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
      if (entry.msg?.startsWith(readyMessage)) {
        server.url = entry.port ? `http://127.0.0.1:${entry.port}` : '';
        resolve();
      }
    });
    void exited.then(({ code }) => reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`)));
  });
  return server;
}

export async function stop(server: Server, signal: NodeJS.Signals = 'SIGTERM') {
  server.process.kill(signal);
  return server.exited;
}
