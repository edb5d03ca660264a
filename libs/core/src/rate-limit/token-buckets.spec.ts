import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  const rate = { capacity: 3, refillMs: 10_000 };

  it('should allow a burst up to the capacity, then one per refill interval', () => {
    const buckets = new TokenBuckets();
    const take = (now: number) => buckets.take([{ key: 'a', rate }], now);
    expect([take(0), take(0), take(0)].every((d) => d.allowed)).toBe(true);
    expect(take(0)).toEqual({ allowed: false, retryAfterMs: 10_000 });
    expect(take(4_000)).toEqual({ allowed: false, retryAfterMs: 6_000 });
    expect(take(10_000).allowed).toBe(true);
    expect(take(10_000).allowed).toBe(false);
    // Never more than the capacity, however long it rested.
    expect([take(1e9), take(1e9), take(1e9)].every((d) => d.allowed)).toBe(true);
    expect(take(1e9).allowed).toBe(false);
  });

  it('should take from every key or from none', () => {
    const buckets = new TokenBuckets();
    const connection = { key: 'connection', rate };
    const role = { key: 'role', rate: { capacity: 1, refillMs: 60_000 } };
    expect(buckets.take([connection, role], 0).allowed).toBe(true);
    expect(buckets.take([connection, role], 0)).toEqual({ allowed: false, retryAfterMs: 60_000 });
    // The refused attempt took nothing from the connection's bucket.
    expect(buckets.take([connection], 0).allowed).toBe(true);
    expect(buckets.take([connection], 0).allowed).toBe(true);
    expect(buckets.take([connection], 0).allowed).toBe(false);
  });

  it('should keep keys apart', () => {
    const buckets = new TokenBuckets();
    const one = { capacity: 1, refillMs: 1000 };
    expect(buckets.take([{ key: 'x', rate: one }], 0).allowed).toBe(true);
    expect(buckets.take([{ key: 'y', rate: one }], 0).allowed).toBe(true);
    expect(buckets.take([{ key: 'x', rate: one }], 0).allowed).toBe(false);
  });
});
