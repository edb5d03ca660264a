import { Inject, Injectable } from '@nestjs/common';
import { REDIS, type RedisConnection } from '../redis/redis.module';
import { Clock } from '../time/clock';
import { CONFIG } from '../config/config.module';
import type { Config } from '../config/config.schema';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets; for the Retry-After header. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window attempt counter per key (e.g. `login:<client address>`). In Redis when configured,
 * so that every api process counts together; in memory in embedded mode (one process).
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  async hit(key: string, { limit, windowMs }: RateLimit): Promise<RateDecision> {
    const now = this.clock.now().getTime();
    let count: number;
    let resetAt: number;
    if (this.redis) {
      const redisKey = `${this.config.REDIS_PREFIX}:rate:${key}:${Math.floor(now / windowMs)}`;
      const [[, incremented]] = (await this.redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, windowMs)
        .exec()) as [[null, number]];
      count = incremented;
      resetAt = (Math.floor(now / windowMs) + 1) * windowMs;
    } else {
      this.sweep(now);
      const window = this.windows.get(key);
      if (!window || window.resetAt <= now) {
        resetAt = now + windowMs;
        this.windows.set(key, { count: 1, resetAt });
        count = 1;
      } else {
        count = ++window.count;
        resetAt = window.resetAt;
      }
    }
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }

  /**
   * Counts an attempt before it is made, so that attempts in flight count too (a burst of
   * parallel guesses cannot all pass a check made before any of them failed); `release` gives the
   * attempt back when it turned out not to count (e.g. it succeeded).
   */
  async reserve(key: string, rate: RateLimit): Promise<RateDecision & { release: () => Promise<void> }> {
    const now = this.clock.now().getTime();
    const window = Math.floor(now / rate.windowMs);
    const decision = await this.hit(key, rate);
    const release = async () => {
      if (this.redis) await this.redis.decr(`${this.config.REDIS_PREFIX}:rate:${key}:${window}`);
      else {
        const counted = this.windows.get(key);
        if (counted && counted.count > 0) counted.count--;
      }
    };
    return { ...decision, release };
  }

  /** Whether `key` has used up its window, without counting an attempt (for counting failures only). */
  async exhausted(key: string, { limit, windowMs }: RateLimit): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (this.redis) {
      const count = await this.redis.get(
        `${this.config.REDIS_PREFIX}:rate:${key}:${Math.floor(now / windowMs)}`,
      );
      return Number(count ?? 0) >= limit;
    }
    const window = this.windows.get(key);
    return !!window && window.resetAt > now && window.count >= limit;
  }

  /** Keeps the in-memory map from growing with every address ever seen. */
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
