import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { PREPARE_MS, releaseAt, type Scheduler } from './scheduler';

const QUEUE = 'driehoek-wake';

interface WakeJob {
  key: string;
  atMs: number;
}
const CLOSE_TIMEOUT_MS = 3000;

function within(ms: number, work: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/** BullMQ delayed jobs are typically tens of ms late: arm this much early, release on the instant. */
const LEAD_MS = 150;

/**
 * Distributed mode: a BullMQ delayed job per arming, taken by any process running a worker.
 * Jobs survive a restart of every process; stale ones (re-armed since) wake the engine harmlessly.
 */
export class BullMqScheduler implements Scheduler {
  private readonly queue: Queue<WakeJob>;
  private worker?: Worker<WakeJob>;
  private handler?: (key: string, atMs: number) => Promise<void>;
  /** The latest arming per key in this process, to skip wake-ups that were superseded here. */
  private readonly latest = new Map<string, number>();
  private armings = 0;

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly logger: Logger,
    private readonly prefix = 'driehoek',
  ) {
    this.queue = new Queue<WakeJob>(QUEUE, { connection, prefix });
    // Redis being away is reported by /health; here it must neither crash nor flood the log.
    this.queue.on('error', (error) => this.connectionProblem(error));
  }

  setHandler(handler: (key: string, atMs: number) => Promise<void>): void {
    this.handler = handler;
    this.worker ??= new Worker<WakeJob>(
      QUEUE,
      async (job) => {
        const { key, atMs } = job.data;
        await releaseAt(atMs - PREPARE_MS);
        const latest = this.latest.get(key);
        if (latest !== undefined && latest !== atMs) return;
        await this.handler?.(key, atMs);
      },
      { connection: this.connection, prefix: this.prefix, concurrency: 50 },
    );
    this.worker.on('error', (error) => this.connectionProblem(error));
    this.worker.on('failed', (job, error) =>
      this.logger.error({ err: error, key: job?.data.key }, 'scheduled wake-up failed'),
    );
  }

  async arm(key: string, atMs: number): Promise<void> {
    this.latest.set(key, atMs);
    await this.queue.add(
      'wake',
      { key, atMs },
      {
        // Unique per arming: re-arming the instant a running job is handling must not be dropped
        // as a duplicate of it. An extra wake-up is harmless.
        jobId: `${key}|${atMs}|${++this.armings}`,
        delay: Math.max(0, atMs - PREPARE_MS - Date.now() - LEAD_MS),
        removeOnComplete: true,
        removeOnFail: 100,
      },
    );
  }

  disarm(key: string): Promise<void> {
    this.latest.set(key, -1);
    return Promise.resolve();
  }

  /** Stops taking jobs; does not wait for an unreachable Redis longer than a few seconds. */
  async close(): Promise<void> {
    // close(), not disconnect(): disconnect() waits forever on a Redis that cannot be reached.
    await within(CLOSE_TIMEOUT_MS, Promise.all([this.worker?.close(true), this.queue.close()]));
  }

  private lastProblemAt = 0;

  private connectionProblem(error: Error): void {
    if (Date.now() - this.lastProblemAt < 10_000) return;
    this.lastProblemAt = Date.now();
    this.logger.warn({ err: error.message }, 'scheduler cannot reach Redis');
  }
}
