import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { login, start, stop } from '../../test/support/server-process';
import { residentBytes, sleep, until } from '../stats';
import { scenarioYaml, type BenchPlan } from './plan';
import {
  connectParticipants,
  disconnectAll,
  expectedDeliveries,
  lateness,
  receivedDeliveries,
  type Lateness,
  type Participant,
} from './participants';

export interface TargetResult {
  target: string;
  deliveries: number;
  lateness: Lateness;
  /** Resident memory added by connecting the participants, per participant. */
  bytesPerParticipant?: number;
  rssAfterBytes?: number;
  logsValid?: boolean;
}

/** Exercises start this far apart, the same in every target, so bursts overlap the same way. */
const STAGGER_MS = 50;
const GRACE_MS = 5_000;

async function measureDelivery(
  plan: BenchPlan,
  participants: Participant[],
  lastDueAt: number,
): Promise<void> {
  const expected = expectedDeliveries(plan, participants);
  await until(() => receivedDeliveries(participants) >= expected, lastDueAt - Date.now() + GRACE_MS);
  await sleep(500); // late duplicates would arrive now
}

function memoryPerParticipant(pid: number, before: number | undefined, participants: number) {
  const after = residentBytes(pid);
  return {
    rssAfterBytes: after,
    bytesPerParticipant:
      after !== undefined && before !== undefined ? Math.max(0, after - before) / participants : undefined,
  };
}

/** The bare baseline process (baseline-server.ts) with the same participants and schedule. */
export async function runBaseline(plan: BenchPlan, redisUrl: string): Promise<TargetResult> {
  const child = fork(join(__dirname, 'baseline-server.ts'), {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, REDIS_URL: redisUrl, BENCH_PREFIX: `driehoek-bench-${process.pid}` },
  });
  const message = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const listen = (m: Record<string, unknown>) => {
        if (m.kind !== kind) return;
        child.off('message', listen);
        resolve(m);
      };
      child.on('message', listen);
    });
  const { port } = (await message('ready')) as { port: number };
  try {
    const before = residentBytes(child.pid!);
    const participants = await connectParticipants(
      plan,
      `http://127.0.0.1:${port}`,
      'welcome',
      (exercise, role) => ({
        exercise: String(exercise),
        role,
      }),
    );
    await sleep(1000);
    const memory = memoryPerParticipant(child.pid!, before, plan.participants);

    const t0 = Date.now() + 500;
    const dueAt = (exercise: number, injectId: string) =>
      t0 + exercise * STAGGER_MS + plan.injects.find((i) => i.id === injectId)!.offsetMs / plan.speed;
    const scheduled = message('scheduled');
    child.send({
      kind: 'schedule',
      jobs: Array.from({ length: plan.exercises }, (_, exercise) =>
        plan.injects.map((inject) => ({
          exercise,
          injectId: inject.id,
          audience: inject.audience,
          title: inject.title,
          content: inject.content,
          dueAtMs: dueAt(exercise, inject.id),
        })),
      ).flat(),
    });
    await scheduled;
    await measureDelivery(plan, participants, dueAt(plan.exercises - 1, plan.injects.at(-1)!.id));
    disconnectAll(participants);
    return {
      target: 'baseline: bare BullMQ delayed job + socket.io emit',
      deliveries: expectedDeliveries(plan, participants),
      lateness: lateness(plan, participants, dueAt),
      ...memory,
    };
  } finally {
    child.send({ kind: 'close' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

interface LoggedEvent {
  type: string;
  wallTime: string;
}

/**
 * Driehoek as users run it: the built server in its own process, a scenario uploaded over the API,
 * M exercises, players joining with their role's join code, the exercise clock doing the timing.
 */
export async function runDriehoek(
  plan: BenchPlan,
  scheduler: 'bullmq' | 'in-process',
  databaseUrl: string | undefined,
  redisUrl: string | undefined,
): Promise<TargetResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'driehoek-bench-'));
  const database = databaseUrl ? await createDatabase(databaseUrl) : undefined;
  const server = start(dataDir, {
    ...(database && { DATABASE_URL: database.url }),
    ...(scheduler === 'bullmq' && redisUrl && { REDIS_URL: redisUrl }),
    REDIS_PREFIX: `driehoek-bench-${process.pid}`,
    // Every simulated device connects from this one address, many to a role's join code and all at
    // once: the per-address and per-code limits that guard a real exercise (where a join attempt
    // in flight counts as a failure until it succeeds) would refuse the benchmark's crowd.
    REALTIME_HANDSHAKES_PER_ADDRESS: String(10 * plan.participants),
    REALTIME_JOIN_FAILURES_PER_MINUTE: String(10 * plan.participants),
    REALTIME_CONNECTIONS_PER_JOIN_CODE: String(plan.participants),
  });
  try {
    await server.ready;
    const auth = await login(server.url);
    const call = async <T>(method: string, path: string, body?: unknown, type = 'application/json') => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...auth, 'Content-Type': type },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      if (response.status >= 400)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    await call('POST', '/api/scenarios', scenarioYaml(plan, 'bench-injects'), 'application/yaml');
    const exercises: Array<{ id: string; joinCodes: Array<{ role: string; code: string }> }> = [];
    for (let i = 0; i < plan.exercises; i++)
      exercises.push(
        await call('POST', '/api/exercises', { scenarioId: 'bench-injects', speed: plan.speed }),
      );

    const before = residentBytes(server.process.pid!);
    const participants = await connectParticipants(plan, server.url, 'snapshot', (exercise, role) => ({
      joinCode: exercises[exercise].joinCodes.find((c) => c.role === role)!.code,
    }));
    await sleep(1000);
    const memory = memoryPerParticipant(server.process.pid!, before, plan.participants);

    const t0 = Date.now() + 500;
    await Promise.all(
      exercises.map(async ({ id }, i) => {
        await sleep(t0 + i * STAGGER_MS - Date.now());
        await call('POST', `/api/exercises/${id}/start`, {});
      }),
    );
    // Planned starts to know when to stop waiting; the recorded ones, read afterwards so that the
    // reading does not load the server while injects are due, give the exact due instants.
    const lastOffset = plan.injects.at(-1)!.offsetMs;
    await measureDelivery(
      plan,
      participants,
      t0 + (plan.exercises - 1) * STAGGER_MS + lastOffset / plan.speed,
    );
    const starts = await Promise.all(
      exercises.map(async ({ id }) => {
        const events = await call<LoggedEvent[]>('GET', `/api/exercises/${id}/events`);
        return Date.parse(events.find((e) => e.type === 'clock.started')!.wallTime);
      }),
    );
    const offsetOf = new Map(plan.injects.map((i) => [i.id, i.offsetMs]));
    const dueAt = (exercise: number, injectId: string) =>
      starts[exercise] + offsetOf.get(injectId)! / plan.speed;
    disconnectAll(participants);

    let logsValid = true;
    for (const { id } of exercises)
      logsValid &&= (await call<{ valid: boolean }>('GET', `/api/exercises/${id}/events/verify`)).valid;
    return {
      target: `Driehoek (${scheduler === 'bullmq' ? 'BullMQ' : 'in-process'} scheduler)`,
      deliveries: expectedDeliveries(plan, participants),
      lateness: lateness(plan, participants, dueAt),
      logsValid,
      ...memory,
    };
  } finally {
    await stop(server);
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A fresh database on the given server, for one benchmark run. */
export async function createDatabase(serverUrl: string) {
  const name = `driehoek_bench_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
