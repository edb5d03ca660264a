/** A bucket's size and how fast it fills: `capacity` at most, one token per `refillMs`. */
export interface BucketRate {
  capacity: number;
  refillMs: number;
}

export type BucketDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Token buckets per key, in memory: a burst up to `capacity`, then one per `refillMs`. For limits
 * that belong to one process's connections (the realtime channel); the time comes from the caller,
 * so tests drive it with a fake clock.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes one token from each key's bucket, or none when any of them is empty. */
  take(keys: { key: string; rate: BucketRate }[], now: number): BucketDecision {
    const states = keys.map(({ key, rate }) => ({ key, rate, tokens: this.tokens(key, rate, now) }));
    const empty = states.filter((s) => s.tokens < 1);
    if (empty.length)
      return {
        allowed: false,
        retryAfterMs: Math.max(...empty.map((s) => Math.ceil((1 - s.tokens) * s.rate.refillMs))),
      };
    for (const s of states) this.buckets.set(s.key, { tokens: s.tokens - 1, at: now });
    this.sweep(now, Math.max(...keys.map((k) => k.rate.capacity * k.rate.refillMs)));
    return { allowed: true };
  }

  private tokens(key: string, rate: BucketRate, now: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return rate.capacity;
    return Math.min(rate.capacity, bucket.tokens + Math.max(0, now - bucket.at) / rate.refillMs);
  }

  /** A bucket untouched for longer than it takes to fill is full again: forget it. */
  private sweep(now: number, fullAfterMs: number): void {
    if (this.buckets.size < 10_000) return;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > fullAfterMs) this.buckets.delete(key);
  }
}
