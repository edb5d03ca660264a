import type { Logger } from 'pino';
import { PREPARE_MS, releaseAt, type Scheduler } from './scheduler';

/** The timer goes off this much before the wake-up; releaseAt waits out the last stretch precisely. */
const LEAD_MS = 10;

/**
 * Node cannot hold a timer longer than 2^31 − 1 ms (24.8 days; it fires after 1 ms instead): at 1×
 * an NIS2 final report is due a month after the notification. Longer waits go in steps of a day.
 */
export const MAX_TIMER_MS = 86_400_000;

/**
 * Embedded mode: one timer per key in this process. Lost on restart; the reconciler re-arms.
 * Arming replaces the key's timer, so the same instant armed any number of times wakes once; the
 * timer is dropped before the handler runs, so a handler may re-arm its own key, even for the same
 * instant.
 */
export class InProcessScheduler implements Scheduler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; atMs: number }>();
  private handler?: (key: string, atMs: number) => Promise<void>;

  constructor(private readonly logger: Logger) {}

  setHandler(handler: (key: string, atMs: number) => Promise<void>): void {
    this.handler = handler;
  }

  arm(key: string, atMs: number): Promise<void> {
    this.clear(key);
    this.wait(key, atMs);
    return Promise.resolve();
  }

  disarm(key: string): Promise<void> {
    this.clear(key);
    return Promise.resolve();
  }

  /** Stops every timer (shutdown). */
  close(): void {
    for (const key of [...this.timers.keys()]) this.clear(key);
  }

  /** One timer towards the wake-up, at most a day long; a longer wait takes another step. */
  private wait(key: string, atMs: number): void {
    const left = Math.max(0, atMs - PREPARE_MS - Date.now() - LEAD_MS);
    const step = Math.min(left, MAX_TIMER_MS);
    const timer = setTimeout(() => (step < left ? this.wait(key, atMs) : void this.wake(key, atMs)), step);
    timer.unref();
    this.timers.set(key, { timer, atMs });
  }

  private clear(key: string): void {
    const armed = this.timers.get(key);
    if (armed) clearTimeout(armed.timer);
    this.timers.delete(key);
  }

  private async wake(key: string, atMs: number): Promise<void> {
    await releaseAt(atMs - PREPARE_MS);
    if (this.timers.get(key)?.atMs !== atMs) return; // re-armed or disarmed meanwhile
    this.timers.delete(key);
    try {
      await this.handler?.(key, atMs);
    } catch (error) {
      this.logger.error({ err: error, key }, 'scheduled wake-up failed');
    }
  }
}
