/**
 * npm run bench:start — how long `npm start` takes to answer /health, as a user meets it:
 *
 * 1. the **first start** of a fresh clone (this commit, `git clone`; node_modules linked from this
 *    checkout, as if `npm ci` had just run): the console's build, the server's build, the embedded
 *    PostgreSQL's initdb, migrations, the shipped library;
 * 2. **restarts** of that clone with nothing changed (`--restarts`, default 5): both builds are
 *    skipped, the database is there;
 * 3. a restart after a change to one server source file: the server is built again;
 * 4. the **baseline**, in the same run: a bare `node` process that starts an HTTP server and
 *    answers — what starting any Node service costs on this machine now.
 *
 * Each start is stopped with SIGTERM before the next. Goals (issue #12): first start ≤ 60 s,
 * restart ≤ 5 s, judged on the median. Results in bench/results/start-*.{json,md}.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, sleep } from '../stats';

const ROOT = join(__dirname, '../..');
const { values } = parseArgs({ options: { restarts: { type: 'string', default: '5' } } });
const RESTARTS = Number(values.restarts);
let nextPort = 39_400;

interface Started {
  child: ChildProcess;
  ms: number;
}

/** Spawns `command` in its own process group and polls /health until it answers 200. */
async function startAndWait(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Started> {
  const port = nextPort++;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return { child, ms: performance.now() - started };
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 300_000) throw new Error('no answer within 300 s');
    await sleep(20);
  }
}

/** SIGTERM to the whole group (npm, its shell, the server), then waits for it to be gone. */
async function stopGroup({ child }: Started): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm may exit before the server has closed its database: give the group a moment to finish.
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid!, 0);
      await sleep(50);
    } catch {
      return;
    }
  }
}

async function main(): Promise<void> {
  const clone = mkdtempSync(join(tmpdir(), 'driehoek-start-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-start-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  try {
    const cloned = spawnSync('git', ['clone', '-q', ROOT, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(cloned.stderr);
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));

    const baseline: number[] = [];
    const restarts: number[] = [];
    const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT))`;
    const baselineOnce = async () => {
      const run = await startAndWait(process.execPath, ['-e', bare], clone, env);
      baseline.push(run.ms);
      await stopGroup(run);
    };
    // /health of the bare server: any path answers.
    await baselineOnce();
    const first = await startAndWait('npm', ['start'], clone, env);
    await stopGroup(first);
    for (let i = 0; i < RESTARTS; i++) {
      await baselineOnce();
      const run = await startAndWait('npm', ['start'], clone, env);
      restarts.push(run.ms);
      await stopGroup(run);
    }
    appendFileSync(join(clone, 'apps/api/src/main.ts'), '\n// changed by bench:start\n');
    const rebuilt = await startAndWait('npm', ['start'], clone, env);
    await stopGroup(rebuilt);

    const median = (samples: number[]) => percentile(samples, 50);
    const rows = [
      ['baseline: bare node HTTP server', median(baseline), percentile(baseline, 90), '–'],
      ['first start, fresh clone', first.ms, first.ms, first.ms <= 60_000 ? 'yes (≤ 60 s)' : 'NO (> 60 s)'],
      [
        `restart, nothing changed (${RESTARTS}×)`,
        median(restarts),
        percentile(restarts, 90),
        median(restarts) <= 5_000 ? 'yes (≤ 5 s)' : 'NO (> 5 s)',
      ],
      ['restart after a server source changed', rebuilt.ms, rebuilt.ms, '–'],
    ] as const;
    const at = new Date().toISOString();
    const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const md = [
      `npm start to /health, ${at} — ${machine}; embedded PostgreSQL; baseline ${Math.round(median(baseline))} ms`,
      '',
      '| what | median ms | p90 ms | × baseline (median) | goal met |',
      '|---|---:|---:|---:|---|',
      ...rows.map(
        ([what, med, p90, goal]) =>
          `| ${what} | ${Math.round(med)} | ${Math.round(p90)} | ${(med / median(baseline)).toFixed(1)} | ${goal} |`,
      ),
      '',
    ].join('\n');
    const dir = join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const name = `start-${at.replace(/[:.]/g, '-')}`;
    writeFileSync(
      join(dir, `${name}.json`),
      `${JSON.stringify({ at, machine, baseline, first: first.ms, restarts, rebuilt: rebuilt.ms }, null, 2)}\n`,
    );
    writeFileSync(join(dir, `${name}.md`), md);
    console.log(md);
    if (first.ms > 60_000 || median(restarts) > 5_000) process.exitCode = 1;
  } finally {
    rmSync(clone, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
