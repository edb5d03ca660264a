/**
 * npm run bench:report — the after-action report of a 10,000-event exercise: the time to make it
 * as JSON, Markdown, HTML and PDF, through the service and over HTTP, beside a bare baseline in
 * the same run (the same rows read with `pg` and JSON.stringify-ed). Goals: JSON and Markdown
 * under 2 s, PDF under 10 s. Machines are shared and noisy: read the ratio to the baseline too.
 * For every row, the event-loop delay of this process (the server runs in it) while it ran: the
 * service renders on a thread; the in-process rows render on the event loop, as before that.
 *
 *   --events 10000 --scenario ransomware-gemeente --reps 10 --step 30 --players 4 --lang nl [--keep]
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a database of its own is
 * created on that server and dropped afterwards. The exit code is 1 when the log does not verify
 * or a goal is not met.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import {
  AfterActionReports,
  makeReport,
  renderPdf,
  renderReport,
  reportDocument,
  type ReportFormat,
} from '@driehoek/reporting';
import { ADMIN, seedOrganisation, startTestApp } from '../../test/support/test-app';
import { createDatabase } from '../injects/targets';
import { percentile } from '../stats';
import { recordExercise, type RecordedExercise } from './exercise-recorder';
import { loopDelayDuring, type LoopDelaySample } from './loop-delay';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    scenario: { type: 'string', default: 'ransomware-gemeente' },
    reps: { type: 'string', default: '10' },
    step: { type: 'string', default: '30' },
    players: { type: 'string', default: '4' },
    lang: { type: 'string', default: 'nl' },
    keep: { type: 'boolean', default: false },
  },
});

const ORGANISATION = 'Gemeente Hofstede';
/** The goals of issue 11, in ms. */
const GOALS: Partial<Record<ReportFormat, number>> = { json: 2000, md: 2000, pdf: 10_000 };

interface Target {
  label: string;
  format?: ReportFormat;
  /**
   * read, model, in-process and reference: parts, the render on the event loop (as before the
   * render thread) and a variant, for reading the rest; no goal applies.
   */
  via: 'baseline' | 'service' | 'http' | 'read' | 'model' | 'in-process' | 'reference';
  run: () => Promise<number>;
}

interface Measured {
  label: string;
  format?: ReportFormat;
  via: Target['via'];
  ms: number[];
  bytes: number;
  /** The most heap in use seen while it ran or just after, before anything was let go. */
  peakHeapBytes: number;
  /** The event loop's delay in each repetition. */
  delays: LoopDelaySample[];
}

/**
 * GET on a connection of its own, the body read to the end; its length. (fetch keeps connections
 * alive, and one kept across a render that holds the event loop for seconds can be closed under it.)
 */
function download(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${response.statusCode}`)),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

const heapUsed = () => getHeapStatistics().used_heap_size;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const reps = Number(values.reps);
  const lang = values.lang === 'en' ? 'en' : 'nl';
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createDatabase(serverUrl);
  const name = new URL(database.url).pathname.slice(1);
  // --keep leaves the recorded exercise in place, e.g. to profile the report against it.
  const t = await startTestApp(
    {},
    {
      name,
      url: database.url,
      drop: values.keep ? async () => console.log(`kept ${database.url}`) : database.drop,
    },
  );
  try {
    await t.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const org = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), ORGANISATION);

    console.log(`recording ${values.events} events of ${values.scenario} …`);
    const recorded = await recordExercise(
      t,
      baseUrl,
      org,
      ORGANISATION,
      {
        scenarioId: values.scenario,
        events: Number(values.events),
        stepMinutes: Number(values.step),
        playersPerRole: Number(values.players),
      },
      console.log,
    );
    console.log(
      `recorded ${recorded.events} events in ${(recorded.recordMs / 1000).toFixed(1)} s; chain valid: ${recorded.chainValid}`,
    );

    const reports = t.app.get(AfterActionReports);
    const client = new Client({ connectionString: database.url });
    // The database is dropped with (FORCE) at the end, also after a failure.
    client.on('error', () => undefined);
    await client.connect();
    const id = recorded.exerciseId;
    const body = (rendered: { body: string | Buffer }) => Buffer.byteLength(rendered.body);
    const targets: Target[] = [
      {
        label: 'baseline: pg SELECT + JSON.stringify',
        via: 'baseline',
        run: async () => {
          const { rows } = await client.query(
            `SELECT exercise_id, seq, type, offset_ms, wall_time, actor, audience, payload, previous_hash, hash
               FROM exercise_event WHERE exercise_id = $1 ORDER BY seq`,
            [id],
          );
          return Buffer.byteLength(JSON.stringify(rows));
        },
      },
      {
        label: 'read: one snapshot, the log as JSON',
        via: 'read',
        run: async () => Buffer.byteLength((await reports.source(id)).events),
      },
      {
        label: 'model: read, verify, build, in-process',
        via: 'model',
        run: async () => makeReport(await reports.source(id)).summary.events,
      },
      ...(['json', 'md', 'html', 'pdf'] as const).flatMap((format): Target[] => [
        {
          label: `${format}, service`,
          format,
          via: 'service',
          run: async () => body(await reports.render(id, format, lang)),
        },
        {
          label: `${format}, HTTP`,
          format,
          via: 'http',
          run: () =>
            download(`${baseUrl}/api/exercises/${id}/report?format=${format}&lang=${lang}`, {
              Authorization: `Bearer ${org.tokens.evaluator}`,
            }),
        },
      ]),
      {
        label: 'pdf, in-process (before the render thread)',
        format: 'pdf',
        via: 'in-process',
        run: async () => body({ body: await renderReport(await reports.source(id), 'pdf', lang) }),
      },
      {
        label: 'pdf, every timeline row, in-process (before the fold)',
        format: 'pdf',
        via: 'reference',
        run: async () => {
          const model = makeReport(await reports.source(id));
          return Buffer.byteLength(await renderPdf(reportDocument(model, lang), model));
        },
      },
    ];

    console.log(`measuring, ${reps} repetitions of each, interleaved, after one to warm up …`);
    const results: Measured[] = targets.map((target) => ({
      label: target.label,
      format: target.format,
      via: target.via,
      ms: [],
      bytes: 0,
      peakHeapBytes: 0,
      delays: [],
    }));
    for (let rep = 0; rep <= reps; rep++)
      for (const [i, target] of targets.entries()) {
        collect();
        const result = results[i];
        const sampler = setInterval(() => {
          result.peakHeapBytes = Math.max(result.peakHeapBytes, heapUsed());
        }, 10);
        let ms = 0;
        const { delay } = await loopDelayDuring(async () => {
          const began = performance.now();
          result.bytes = await target.run();
          ms = performance.now() - began;
        });
        clearInterval(sampler);
        result.peakHeapBytes = Math.max(result.peakHeapBytes, heapUsed());
        if (rep > 0) {
          result.ms.push(ms);
          result.delays.push(delay);
        }
      }
    await client.end();
    report(recorded, results, reps, lang);
  } finally {
    await t.close();
  }
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function report(recorded: RecordedExercise, results: Measured[], reps: number, lang: string) {
  const at = new Date();
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const baseline = results.find((r) => r.via === 'baseline')!;
  const base = percentile(baseline.ms, 50);
  const goalOf = (r: Measured) =>
    r.format && (r.via === 'service' || r.via === 'http') ? GOALS[r.format] : undefined;
  const verdict = (r: Measured) => {
    const goal = goalOf(r);
    return goal === undefined
      ? '–'
      : percentile(r.ms, 90) < goal
        ? `yes (< ${goal / 1000} s)`
        : `**no** (< ${goal / 1000} s)`;
  };
  const mix = Object.entries(recorded.byType)
    .sort(([, a], [, b]) => b - a)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const maxes = (r: Measured) => r.delays.map((d) => d.maxMs);
  const delayOf = (r: Measured) => ({
    maxMedianMs: percentile(maxes(r), 50),
    maxWorstMs: Math.max(...maxes(r)),
    p99MedianMs: percentile(
      r.delays.map((d) => d.p99Ms),
      50,
    ),
  });
  const delayCells = (r: Measured) => {
    const d = delayOf(r);
    return `${fmt(d.maxMedianMs)} / ${fmt(d.maxWorstMs)} | ${fmt(d.p99MedianMs)}`;
  };
  const pdfDelay = (via: Measured['via']) => {
    const r = results.find((x) => x.format === 'pdf' && x.via === via)!;
    const d = delayOf(r);
    return `${via}: max ${fmt(d.maxMedianMs)} ms (worst ${fmt(d.maxWorstMs)}), p99 ${fmt(d.p99MedianMs)} ms, in a render of ${fmt(percentile(r.ms, 50))} ms`;
  };
  const lines = [
    `After-action report of a ${recorded.events}-event exercise, ${at.toISOString()} — ${machine}`,
    `Recorded through the services in ${(recorded.recordMs / 1000).toFixed(0)} s; the chain verifies: ${recorded.chainValid}. Events: ${mix}.`,
    `${reps} repetitions of each, interleaved, after one to warm up; language ${lang}. Goals judged on the p90.`,
    '',
    'Event-loop delay of the serving process while each ran: the longest wait (median run / worst run) and the p99 (median run).',
    '',
    '| what | median ms | p90 ms | × baseline (median) | size | peak heap (main thread) | loop delay max ms | loop delay p99 ms | goal met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${fmt(percentile(r.ms, 50))} | ${fmt(percentile(r.ms, 90))} | ${(percentile(r.ms, 50) / base).toFixed(1)} | ${r.via === 'model' ? `${r.bytes} events` : mib(r.bytes)} | ${mib(r.peakHeapBytes)} | ${delayCells(r)} | ${verdict(r)} |`,
    ),
    '',
    `Event loop during the PDF — ${pdfDelay('in-process')}; ${pdfDelay('service')}; ${pdfDelay('http')}.`,
    `Peak resident memory of the process (server, recording and measurement together): ${mib(peakRss)}.`,
  ];
  const text = lines.join('\n');
  console.log(`\n${text}`);

  const directory = join(__dirname, '../results');
  mkdirSync(directory, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(directory, `report-${stamp}.md`), `${text}\n`);
  writeFileSync(
    join(directory, `report-${stamp}.json`),
    `${JSON.stringify(
      {
        at,
        machine,
        recorded: { ...recorded, exerciseId: undefined },
        repetitions: reps,
        lang,
        goalsMs: GOALS,
        peakRssBytes: peakRss,
        results: results.map((r) => ({
          label: r.label,
          format: r.format ?? null,
          via: r.via,
          medianMs: percentile(r.ms, 50),
          p90Ms: percentile(r.ms, 90),
          ratioToBaseline: percentile(r.ms, 50) / base,
          bytes: r.bytes,
          peakHeapBytes: r.peakHeapBytes,
          goalMs: goalOf(r) ?? null,
          goalMet: goalOf(r) === undefined ? null : percentile(r.ms, 90) < goalOf(r)!,
          loopDelay: delayOf(r),
          ms: r.ms,
          loopDelays: r.delays,
        })),
      },
      null,
      2,
    )}\n`,
  );
  const failed =
    !recorded.chainValid ||
    results.some((r) => goalOf(r) !== undefined && percentile(r.ms, 90) >= goalOf(r)!);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
