import type * as BullMq from 'bullmq';
import type { ConnectionOptions, Queue, RedisClient, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { PREPARE_MS, releaseAt, type Scheduler } from './scheduler';

const QUEUE = 'driehoek-wake';

interface WakeJob {
  key: string;
  atMs: number;
}

/**
 * One job per key and instant, so arming it again, from any process, is a no-op in Redis while the
 * job exists. BullMQ refuses custom ids with ':' or that read as an integer: the encoded key has no
 * ':', and the '|' keeps the id from being a number.
 */
function jobIdOf(key: string, instant: string): string {
  return `${encodeURIComponent(key)}|${instant}`;
}

/**
 * Sets the key's armed instant (an empty one clears it) and returns the one it replaces, in one step:
 * of two processes re-arming a key at once, each learns which job it superseded.
 */
const SWAP_ARMED = {
  name: 'driehoekSwapArmed',
  numberOfKeys: 1,
  lua: `local previous = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return previous`,
};

/** Forgets the key's armed instant if it still is this one: its wake-up is done. */
const FORGET_ARMED = {
  name: 'driehoekForgetArmed',
  numberOfKeys: 1,
  lua: `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`,
};

const CLOSE_TIMEOUT_MS = 3000;

function within(ms: number, work: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/** BullMQ delayed jobs are typically tens of ms late: arm this much early, release on the instant. */
const LEAD_MS = 150;

/**
 * Distributed mode: one BullMQ delayed job per key and instant, taken by any process running a worker.
 * Jobs survive a restart of every process.
 *
 * De-duplication, across every process on the same Redis and prefix:
 * - the job id is the key and the instant, so arming the same instant again adds nothing;
 * - the armed instant per key lives in a Redis hash (`<prefix>:driehoek-wake:armed`); a worker skips a
 *   job that is not the key's armed instant when its moment comes (superseded or disarmed, here or in
 *   another process), and forgets the instant once it has called the handler;
 * - re-arming to another instant, or disarming, removes the superseded delayed job.
 * A handler that re-arms its own key for a later instant gets a new job; for the instant it is
 * handling, the arming is dropped (the job exists until the handler returns), which is harmless: the
 * engine fires everything due up to that instant in the call that is running.
 */
export class BullMqScheduler implements Scheduler {
  /** The BullMQ queue (under the prefix) holding the wake-up jobs. */
  static readonly queueName = QUEUE;

  private readonly queue: Queue<WakeJob>;
  private worker?: Worker<WakeJob>;
  private handler?: (key: string, atMs: number) => Promise<void>;
  /** Redis hash: key → armed instant, shared by every process. */
  private readonly armedKey: string;
  private readonly scripted = new WeakSet<RedisClient>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly logger: Logger,
    private readonly prefix = 'driehoek',
  ) {
    this.queue = new (bullmq().Queue)<WakeJob>(QUEUE, { connection, prefix });
    this.armedKey = this.queue.toKey('armed');
    // Redis being away is reported by /health; here it must neither crash nor flood the log.
    this.queue.on('error', (error) => this.connectionProblem(error));
  }

  setHandler(handler: (key: string, atMs: number) => Promise<void>): void {
    this.handler = handler;
    this.worker ??= new (bullmq().Worker)<WakeJob>(QUEUE, (job) => this.wake(job.data), {
      connection: this.connection,
      prefix: this.prefix,
      concurrency: 50,
    });
    this.worker.on('error', (error) => this.connectionProblem(error));
    this.worker.on('failed', (job, error) =>
      this.logger.error({ err: error, key: job?.data.key }, 'scheduled wake-up failed'),
    );
  }

  async arm(key: string, atMs: number): Promise<void> {
    const instant = String(atMs);
    const previous = await this.swapArmed(key, instant);
    await this.enqueue(key, atMs);
    if (previous !== null && previous !== instant) await this.removeJob(key, previous);
  }

  async disarm(key: string): Promise<void> {
    const previous = await this.swapArmed(key, '');
    if (previous !== null) await this.removeJob(key, previous);
  }

  /** Stops taking jobs; does not wait for an unreachable Redis longer than a few seconds. */
  async close(): Promise<void> {
    // close(), not disconnect(): disconnect() waits forever on a Redis that cannot be reached.
    await within(CLOSE_TIMEOUT_MS, Promise.all([this.worker?.close(true), this.queue.close()]));
  }

  private async wake({ key, atMs }: WakeJob): Promise<void> {
    await releaseAt(atMs - PREPARE_MS);
    const redis = await this.redis();
    // Checked on the instant, not when the job was taken: a re-arm or disarm in the lead time counts.
    if ((await redis.hget(this.armedKey, key)) !== String(atMs)) return;
    try {
      await this.handler?.(key, atMs);
    } catch (error) {
      // Logged, not failed: the job must go, or its id would swallow a later arming of this instant.
      this.logger.error({ err: error, key }, 'scheduled wake-up failed');
    }
    await redis.runCommand(FORGET_ARMED.name, [this.armedKey, key, String(atMs)]);
  }

  private async enqueue(key: string, atMs: number): Promise<void> {
    await this.queue.add(
      'wake',
      { key, atMs },
      {
        jobId: jobIdOf(key, String(atMs)),
        delay: Math.max(0, atMs - PREPARE_MS - Date.now() - LEAD_MS),
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  /** Removes the job of a superseded instant. One a worker is running stays; it sees it is superseded. */
  private async removeJob(key: string, instant: string): Promise<void> {
    if (!(await this.queue.remove(jobIdOf(key, instant)))) return;
    // Another process may have armed this instant again meanwhile, its add a no-op on the job just
    // removed: then the job is put back.
    const redis = await this.redis();
    if ((await redis.hget(this.armedKey, key)) === instant) await this.enqueue(key, Number(instant));
  }

  private async swapArmed(key: string, instant: string): Promise<string | null> {
    const redis = await this.redis();
    return (await redis.runCommand(SWAP_ARMED.name, [this.armedKey, key, instant])) as string | null;
  }

  /** The queue's own connection, with our scripts defined on it. */
  private async redis(): Promise<RedisClient> {
    const client = await this.queue.getBackend().client;
    if (!this.scripted.has(client)) {
      for (const { name, numberOfKeys, lua } of [SWAP_ARMED, FORGET_ARMED])
        client.defineCommand(name, { numberOfKeys, lua });
      this.scripted.add(client);
    }
    return client;
  }

  private lastProblemAt = 0;

  private connectionProblem(error: Error): void {
    if (Date.now() - this.lastProblemAt < 10_000) return;
    this.lastProblemAt = Date.now();
    this.logger.warn({ err: error.message }, 'scheduler cannot reach Redis');
  }
}

/**
 * BullMQ's modules (about 0.2 s to load), required when a Redis scheduler is made: a start without
 * REDIS_URL (embedded mode, the in-process scheduler) never pays for them.
 */
function bullmq(): typeof BullMq {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('bullmq') as typeof BullMq;
}
