/** Waits between reconnection attempts: 100 ms doubling to 10 s. */
export const RECONNECT = { initialMs: 100, maxMs: 10_000 };

/**
 * The wait before retry number `attempt` (0 for the first): exponential, capped, and jittered to
 * between half and all of it, so that processes that lost PostgreSQL together do not reconnect in
 * lockstep. The one backoff of the platform: the shared listener (PgListener) and the retries of
 * whoever reads after a notification use it alike.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT.maxMs, RECONNECT.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
