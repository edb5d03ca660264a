/**
 * npm run bench:injects — inject lateness (due instant → client receipt), lost and duplicate
 * deliveries and memory per participant, for Driehoek and, in the same run, for a bare BullMQ
 * delayed job delivered by a bare socket.io emit. Machines are shared and noisy: read the ratio to
 * the baseline, not the absolute figures alone.
 *
 *   --participants 1000 --exercises 20 --injects 30 --speed 60
 *   --targets baseline,bullmq,in-process
 *
 * DATABASE_URL (optional; embedded PostgreSQL without it) and REDIS_URL (for the BullMQ targets).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../stats';
import { makePlan } from './plan';
import { runBaseline, runDriehoek, type TargetResult } from './targets';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000' },
    exercises: { type: 'string', default: '20' },
    injects: { type: 'string', default: '30' },
    speed: { type: 'string', default: '60' },
    targets: { type: 'string', default: 'baseline,bullmq,in-process' },
  },
});

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

function row(result: TargetResult): string {
  const { samples, lost, duplicates, misdelivered } = result.lateness;
  const memory =
    result.bytesPerParticipant === undefined ? '–' : `${(result.bytesPerParticipant / 1024).toFixed(1)} KiB`;
  return `| ${result.target} | ${result.deliveries} | ${fmt(percentile(samples, 50))} | ${fmt(percentile(samples, 99))} | ${fmt(Math.max(...samples))} | ${lost} | ${duplicates} | ${misdelivered} | ${memory} |`;
}

async function main(): Promise<void> {
  const plan = makePlan(
    Number(values.participants),
    Number(values.exercises),
    Number(values.injects),
    Number(values.speed),
  );
  const targets = values.targets.split(',');
  const redisUrl = process.env.REDIS_URL;
  const databaseUrl = process.env.DATABASE_URL;
  const results: TargetResult[] = [];
  for (const target of targets) {
    if ((target === 'baseline' || target === 'bullmq') && !redisUrl) {
      console.log(`skipped ${target}: needs REDIS_URL`);
      continue;
    }
    console.log(`running ${target} …`);
    if (target === 'baseline') results.push(await runBaseline(plan, redisUrl!));
    else if (target === 'bullmq' || target === 'in-process')
      results.push(await runDriehoek(plan, target, databaseUrl, redisUrl));
    else throw new Error(`unknown target ${target}`);
  }

  const at = new Date();
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const baseline = results.find((r) => r.target.startsWith('baseline'));
  const lines = [
    `Inject delivery, ${at.toISOString()} — ${machine}`,
    `${plan.participants} participants over ${plan.exercises} exercises (${plan.roles.length} roles), ` +
      `${plan.injects.length} injects each at ${plan.speed}× (one every ${60 / plan.speed} s per exercise), exercises started 50 ms apart.`,
    '',
    '| target | deliveries | p50 ms | p99 ms | max ms | lost | duplicate | misdelivered | memory / participant |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(row),
  ];
  if (baseline)
    for (const r of results.filter((x) => x !== baseline))
      lines.push(
        '',
        `${r.target}: p99 ${(percentile(r.lateness.samples, 99) / percentile(baseline.lateness.samples, 99)).toFixed(2)}× the baseline's, ` +
          `memory ${r.bytesPerParticipant && baseline.bytesPerParticipant ? (r.bytesPerParticipant / baseline.bytesPerParticipant).toFixed(1) : '–'}× per participant` +
          (r.logsValid === undefined ? '' : `, every exercise log verifies: ${r.logsValid}`),
      );
  const text = lines.join('\n');
  console.log(`\n${text}`);

  const directory = join(__dirname, '../results');
  mkdirSync(directory, { recursive: true });
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(directory, `injects-${stamp}.md`), `${text}\n`);
  writeFileSync(
    join(directory, `injects-${stamp}.json`),
    `${JSON.stringify(
      {
        at,
        machine,
        plan: { ...plan, injects: plan.injects.length },
        results: results.map(({ lateness, ...rest }) => ({
          ...rest,
          lost: lateness.lost,
          duplicates: lateness.duplicates,
          misdelivered: lateness.misdelivered,
          latenessMs: {
            p50: percentile(lateness.samples, 50),
            p99: percentile(lateness.samples, 99),
            max: Math.max(...lateness.samples),
          },
          p99ByInjectMs: Object.fromEntries(
            [...lateness.byInject].map(([id, samples]) => [id, percentile(samples, 99)]),
          ),
        })),
      },
      null,
      2,
    )}\n`,
  );
  const failed = results.some(
    (r) => r.lateness.lost || r.lateness.duplicates || r.lateness.misdelivered || r.logsValid === false,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
