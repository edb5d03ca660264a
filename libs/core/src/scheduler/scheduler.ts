/**
 * The scheduler port. PostgreSQL holds what is due; a scheduler only wakes the engine at a wall
 * instant. Waking twice or too early is harmless (the engine fires only what is due, exactly once);
 * waking late is what the adapters work hard to avoid.
 */
export interface Scheduler {
  /** Wakes the handler with `key` at `atMs` (epoch ms). A later arm of the same key replaces it. */
  arm(key: string, atMs: number): Promise<void>;
  disarm(key: string): Promise<void>;
  /** The one handler, set once by the engine at start. */
  setHandler(handler: (key: string) => Promise<void>): void;
}

export const SCHEDULER = Symbol('SCHEDULER');

/** Wait until the instant itself: timers are arm-early, release-exactly. */
export async function releaseAt(atMs: number): Promise<void> {
  for (;;) {
    const remaining = atMs - Date.now();
    if (remaining <= 0) return;
    // Coarse sleep while far away, then yield to the event loop until the instant.
    await new Promise<void>((resolve) =>
      remaining > 4 ? setTimeout(resolve, remaining - 2) : setImmediate(resolve),
    );
  }
}
