/**
 * npm run bench:uploads — an upload cannot stop the server. Against the built server, as users
 * run it:
 *
 * (a) every adversarial shape of test/support/adversarial-yaml.ts at just under the 1 MB body
 *     limit, uploaded one at a time: the answer (422 and its finding) and the time to it;
 * (b) inject lateness of running exercises while ten such uploads are in flight all the time,
 *     against the same exercises without uploads in the same run (before and after), as a ratio
 *     of the p99s: machines are shared and noisy, so read the ratio first.
 *
 *   --participants 200 --exercises 4 --injects 30 --speed 60 --rounds 3 --concurrency 10 --pairs 3
 *
 * DATABASE_URL (optional; embedded PostgreSQL without it). The exit code is 1 when a document was
 * not refused with 422, took longer than 1 s to refuse, or a delivery was lost or duplicated.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, setPriority, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ADVERSARIAL_SHAPES,
  adversarialYaml,
  type AdversarialShape,
} from '../../test/support/adversarial-yaml';
import { login, start, stop } from '../../test/support/server-process';
import { percentile, sleep } from '../stats';
import {
  connectParticipants,
  disconnectAll,
  expectedDeliveries,
  lateness,
  receivedDeliveries,
  type Lateness,
} from '../injects/participants';
import { makePlan, scenarioYaml, type BenchPlan } from '../injects/plan';
import { createDatabase } from '../injects/targets';
import { until } from '../stats';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '200' },
    exercises: { type: 'string', default: '4' },
    injects: { type: 'string', default: '30' },
    speed: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '10' },
    pairs: { type: 'string', default: '3' },
  },
});

/** What (a) promises: an adversarial 1 MB document is refused within this. */
const REFUSED_WITHIN_MS = 1000;
const STAGGER_MS = 50;

type Call = <T>(method: string, path: string, body?: unknown, type?: string) => Promise<T>;

interface Refusal {
  shape: AdversarialShape;
  bytes: number;
  status: number;
  finding: string;
  errorCount: number;
  ms: number[];
}

/** (a) Each shape, `rounds` times, one upload at a time. */
async function refusals(url: string, auth: Record<string, string>, rounds: number): Promise<Refusal[]> {
  const results: Refusal[] = [];
  for (const shape of ADVERSARIAL_SHAPES) {
    const source = adversarialYaml(shape);
    const result: Refusal = {
      shape,
      bytes: Buffer.byteLength(source),
      status: 0,
      finding: '',
      errorCount: 0,
      ms: [],
    };
    for (let round = 0; round < rounds; round++) {
      const sent = performance.now();
      const response = await fetch(`${url}/api/scenarios`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/yaml' },
        body: source,
      });
      const body = (await response.json()) as { errors?: Array<{ code: string }>; errorCount?: number };
      result.ms.push(performance.now() - sent);
      result.status = response.status;
      result.finding = body.errors?.[0]?.code ?? '';
      result.errorCount = body.errorCount ?? 0;
    }
    results.push(result);
  }
  return results;
}

interface UploadLoad {
  uploads: number;
  statuses: Record<number, number>;
  ms: number[];
}

/** `concurrency` uploads in flight, from a process of their own (upload-load.ts), until `stop()`. */
async function uploadsInFlight(url: string, auth: Record<string, string>, concurrency: number) {
  const child = fork(join(__dirname, 'upload-load.ts'), {
    execArgv: ['-r', '@swc-node/register'],
    env: {
      ...process.env,
      UPLOAD_LOAD: JSON.stringify({ url, authorization: auth.Authorization, concurrency }),
    },
  });
  // The attacker's client would be on another machine; here it shares the two cores, so it runs
  // at a lower priority than the server and the clients that time the deliveries.
  setPriority(child.pid!, 10);
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return {
    stop: () =>
      new Promise<UploadLoad>((resolve) => {
        child.once('message', (load) => resolve(load as UploadLoad));
        child.send('stop');
      }),
  };
}

interface ExerciseRun {
  label: string;
  lateness: Lateness;
  deliveries: number;
  uploads?: UploadLoad;
}

/** The exercises of the plan, started 50 ms apart, from start to last inject; bench/injects' way. */
async function runExercises(
  call: Call,
  url: string,
  plan: BenchPlan,
  label: string,
  alongside?: () => Promise<{ stop: () => Promise<UploadLoad> }>,
): Promise<ExerciseRun> {
  const exercises: Array<{ id: string; joinCodes: Array<{ role: string; code: string }> }> = [];
  for (let i = 0; i < plan.exercises; i++)
    exercises.push(await call('POST', '/api/exercises', { scenarioId: 'bench-uploads', speed: plan.speed }));
  const participants = await connectParticipants(plan, url, 'snapshot', (exercise, role) => ({
    joinCode: exercises[exercise].joinCodes.find((c) => c.role === role)!.code,
  }));
  const load = await alongside?.();
  // Let the uploads reach the server before the first inject is due.
  await sleep(load ? 2000 : 500);
  const t0 = Date.now() + 200;
  await Promise.all(
    exercises.map(async ({ id }, i) => {
      await sleep(t0 + i * STAGGER_MS - Date.now());
      await call('POST', `/api/exercises/${id}/start`, {});
    }),
  );
  const lastDue = t0 + (plan.exercises - 1) * STAGGER_MS + plan.injects.at(-1)!.offsetMs / plan.speed;
  const expected = expectedDeliveries(plan, participants);
  await until(() => receivedDeliveries(participants) >= expected, lastDue - Date.now() + 5000);
  const uploads = await load?.stop();
  await sleep(500); // late duplicates would arrive now
  disconnectAll(participants);
  const starts = await Promise.all(
    exercises.map(async ({ id }) => {
      const events = await call<Array<{ type: string; wallTime: string }>>(
        'GET',
        `/api/exercises/${id}/events`,
      );
      return Date.parse(events.find((e) => e.type === 'clock.started')!.wallTime);
    }),
  );
  const offsetOf = new Map(plan.injects.map((i) => [i.id, i.offsetMs]));
  for (const { id } of exercises) await call('POST', `/api/exercises/${id}/end`, {});
  return {
    label,
    deliveries: expected,
    lateness: lateness(
      plan,
      participants,
      (exercise, injectId) => starts[exercise] + offsetOf.get(injectId)! / plan.speed,
    ),
    uploads,
  };
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

async function main(): Promise<void> {
  const plan = makePlan(
    Number(values.participants),
    Number(values.exercises),
    Number(values.injects),
    Number(values.speed),
  );
  const rounds = Number(values.rounds);
  const concurrency = Number(values.concurrency);
  const pairs = Number(values.pairs);
  const dataDir = await mkdtemp(join(tmpdir(), 'driehoek-bench-uploads-'));
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : undefined;
  const server = start(dataDir, {
    ...(database && { DATABASE_URL: database.url }),
    REDIS_PREFIX: `driehoek-bench-${process.pid}`,
    // Every participant connects from this one address, fifty at a time, many per join code.
    REALTIME_HANDSHAKES_PER_ADDRESS: '100000',
    REALTIME_CONNECTIONS_PER_JOIN_CODE: '100000',
    REALTIME_JOIN_FAILURES_PER_MINUTE: '100000',
  });
  try {
    await server.ready;
    const auth = await login(server.url);
    const call: Call = async <T>(method: string, path: string, body?: unknown, type = 'application/json') => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...auth, 'Content-Type': type },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      if (response.status >= 400)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    await call('POST', '/api/scenarios', scenarioYaml(plan, 'bench-uploads'), 'application/yaml');

    console.log('(a) refusing adversarial documents …');
    const refused = await refusals(server.url, auth, rounds);
    console.log('(b) exercises without and with uploads, alternating, after one to warm up …');
    await runExercises(call, server.url, plan, 'warm-up');
    const runs: ExerciseRun[] = [];
    for (let pair = 1; pair <= pairs; pair++) {
      runs.push(await runExercises(call, server.url, plan, `${pair}. without uploads`));
      runs.push(
        await runExercises(call, server.url, plan, `${pair}. with ${concurrency} uploads in flight`, () =>
          uploadsInFlight(server.url, auth, concurrency),
        ),
      );
    }
    report(plan, rounds, concurrency, refused, runs);
  } finally {
    await stop(server);
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(
  plan: BenchPlan,
  rounds: number,
  concurrency: number,
  refused: Refusal[],
  runs: ExerciseRun[],
) {
  const at = new Date();
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const quiet = runs.filter((r) => !r.uploads).flatMap((r) => r.lateness.samples);
  const loadedRuns = runs.filter((r) => r.uploads);
  const loaded = loadedRuns.flatMap((r) => r.lateness.samples);
  const ratio = percentile(loaded, 99) / percentile(quiet, 99);
  const uploads = loadedRuns.reduce((sum, r) => sum + r.uploads!.uploads, 0);
  const lines = [
    `Uploads that try to stop the server, ${at.toISOString()} — ${machine}`,
    '',
    `(a) Each adversarial shape just under the 1 MB body limit, uploaded ${rounds}× one at a time: request sent → answer received.`,
    '',
    '| shape | bytes | status | finding | errorCount | median ms | max ms |',
    '|---|---:|---:|---|---:|---:|---:|',
    ...refused.map(
      (r) =>
        `| ${r.shape} | ${r.bytes} | ${r.status} | ${r.finding} | ${r.errorCount} | ${fmt(percentile(r.ms, 50))} | ${fmt(Math.max(...r.ms))} |`,
    ),
    '',
    `(b) ${plan.participants} participants over ${plan.exercises} exercises, ${plan.injects.length} injects each at ${plan.speed}×; ` +
      `a loaded run keeps ${concurrency} adversarial uploads in flight from before the start to the last delivery; ` +
      `runs alternate, after one to warm up that is not counted.`,
    '',
    '| run | deliveries | p50 ms | p99 ms | max ms | lost | duplicate | uploads answered |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...runs.map((r) => {
      const { samples, lost, duplicates } = r.lateness;
      const uploads = r.uploads
        ? `${r.uploads.uploads} (${Object.entries(r.uploads.statuses)
            .map(([status, n]) => `${n}× ${status}`)
            .join(', ')}), median ${fmt(percentile(r.uploads.ms, 50))} ms`
        : '–';
      return `| ${r.label} | ${r.deliveries} | ${fmt(percentile(samples, 50))} | ${fmt(percentile(samples, 99))} | ${fmt(Math.max(...samples))} | ${lost} | ${duplicates} | ${uploads} |`;
    }),
    '',
    `Lateness p99 with uploads in flight: ${ratio.toFixed(2)}× the p99 without (runs of each kind pooled: ` +
      `${fmt(percentile(loaded, 99))} ms against ${fmt(percentile(quiet, 99))} ms); ${uploads} uploads answered meanwhile.`,
  ];
  const text = lines.join('\n');
  console.log(`\n${text}`);

  const directory = join(__dirname, '../results');
  mkdirSync(directory, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(directory, `uploads-${stamp}.md`), `${text}\n`);
  writeFileSync(
    join(directory, `uploads-${stamp}.json`),
    `${JSON.stringify(
      {
        at,
        machine,
        plan: { ...plan, injects: plan.injects.length },
        refusals: refused.map((r) => ({ ...r, medianMs: percentile(r.ms, 50), maxMs: Math.max(...r.ms) })),
        runs: runs.map((r) => ({
          label: r.label,
          deliveries: r.deliveries,
          lost: r.lateness.lost,
          duplicates: r.lateness.duplicates,
          latenessMs: {
            p50: percentile(r.lateness.samples, 50),
            p99: percentile(r.lateness.samples, 99),
            max: Math.max(...r.lateness.samples),
          },
          uploads: r.uploads && {
            answered: r.uploads.uploads,
            statuses: r.uploads.statuses,
            medianMs: percentile(r.uploads.ms, 50),
            maxMs: Math.max(...r.uploads.ms),
          },
        })),
        p99MsWithoutUploads: percentile(quiet, 99),
        p99MsWithUploads: percentile(loaded, 99),
        p99RatioWithUploads: ratio,
      },
      null,
      2,
    )}\n`,
  );
  const failed =
    refused.some((r) => r.status !== 422 || Math.max(...r.ms) > REFUSED_WITHIN_MS) ||
    runs.some((r) => r.lateness.lost || r.lateness.duplicates) ||
    loadedRuns.some((r) => Object.keys(r.uploads!.statuses).some((status) => status !== '422'));
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
