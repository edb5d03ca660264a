/**
 * The scheduler port. PostgreSQL holds what is due; a scheduler only wakes the engine at a wall
 * instant. Waking twice or too early is harmless (the engine fires only what is due, exactly once);
 * waking late is what the adapters work hard to avoid.
 */
export interface Scheduler {
  /**
   * Wakes the handler with `key` for `atMs` (epoch ms). A later arm of the same key replaces it;
   * arming the armed instant again, from any process, still wakes once.
   */
  arm(key: string, atMs: number): Promise<void>;
  /** No wake-up for `key` until it is armed again. */
  disarm(key: string): Promise<void>;
  /**
   * The one handler, set once by the engine at start. It is called `PREPARE_MS` before the armed
   * instant, with that instant, so it can do its work ahead and let it take effect at the instant.
   */
  setHandler(handler: (key: string, atMs: number) => Promise<void>): void;
}

/**
 * How long before the armed instant the handler is called. The engine spends it on the database
 * work of a firing and commits on the instant, so players are not late by the length of a transaction.
 */
export const PREPARE_MS = 25;

export const SCHEDULER = Symbol('SCHEDULER');

/** Wait until the instant itself: timers are arm-early, release-exactly. */
export async function releaseAt(atMs: number): Promise<void> {
  for (;;) {
    const remaining = atMs - Date.now();
    if (remaining <= 0) return;
    // Coarse sleep while far away, then yield to the event loop until the instant.
    await new Promise<void>((resolve) =>
      // Capped: Node fires a timer of more than 2^31 − 1 ms after 1 ms instead.
      remaining > 4 ? setTimeout(resolve, Math.min(remaining - 2, 86_400_000)) : setImmediate(resolve),
    );
  }
}
