import type { Logger } from 'pino';
import { PREPARE_MS, releaseAt, type Scheduler } from './scheduler';

/** The timer goes off this much before the wake-up; releaseAt waits out the last stretch precisely. */
const LEAD_MS = 10;

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
    const timer = setTimeout(
      () => void this.wake(key, atMs),
      Math.max(0, atMs - PREPARE_MS - Date.now() - LEAD_MS),
    );
    timer.unref();
    this.timers.set(key, { timer, atMs });
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
