import { Inject, Injectable } from '@nestjs/common';
import {
  CONFIG,
  Clock,
  TokenBuckets,
  type BucketDecision,
  type BucketRate,
  type Config,
} from '@driehoek/core';
import { CLIENT_MESSAGES, type ClientMessage, type MessageLimit } from '@driehoek/exercise';

/** A role's connections together may send this many times what one connection may. */
const ROLE_SHARE = 2;
/** A bucket holds this many minutes' worth: a scripted burst passes, a flood does not. */
const BURST_MINUTES = 3;

/**
 * The realtime channel's limits, per api process (docs/security.md): token buckets per connection
 * and per role for each kind of message, handshakes in flight per client address, and connections
 * per join code. They bound what one credential can write into the append-only log and what one
 * address can make the database do.
 */
@Injectable()
export class RealtimeLimits {
  private readonly buckets = new TokenBuckets();
  private readonly handshakes = new Map<string, number>();
  private readonly connections = new Map<string, number>();
  private readonly rates: Record<MessageLimit, BucketRate>;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
  ) {
    const rate = (perMinute: number): BucketRate => ({
      capacity: perMinute * BURST_MINUTES,
      refillMs: 60_000 / perMinute,
    });
    this.rates = {
      writes: rate(config.REALTIME_WRITES_PER_MINUTE),
      steps: rate(config.REALTIME_STEPS_PER_MINUTE),
      acks: rate(config.REALTIME_ACKS_PER_MINUTE),
      resyncs: rate(config.REALTIME_RESYNCS_PER_MINUTE),
    };
  }

  get joinFailures() {
    return { limit: this.config.REALTIME_JOIN_FAILURES_PER_MINUTE, windowMs: 60_000 };
  }

  /** One message of a connection that speaks for `party` (a role, or a staff member). */
  take(message: ClientMessage, connectionId: string, party: string): BucketDecision {
    const limit = CLIENT_MESSAGES[message].limit;
    const rate = this.rates[limit];
    return this.buckets.take(
      [
        { key: `c:${connectionId}:${limit}`, rate },
        {
          key: `p:${party}:${limit}`,
          rate: { capacity: rate.capacity * ROLE_SHARE, refillMs: rate.refillMs / ROLE_SHARE },
        },
      ],
      this.clock.now().getTime(),
    );
  }

  /** Starts a handshake from `address`; undefined when it already has as many in flight as allowed. */
  beginHandshake(address: string): (() => void) | undefined {
    return this.claim(this.handshakes, address, this.config.REALTIME_HANDSHAKES_PER_ADDRESS);
  }

  /** Counts a connection on a join code; undefined when the code has as many as allowed. */
  connectWithCode(joinCodeId: string): (() => void) | undefined {
    return this.claim(this.connections, joinCodeId, this.config.REALTIME_CONNECTIONS_PER_JOIN_CODE);
  }

  /** Takes one of `max` places under `key`; the returned function gives it back, once. */
  private claim(counts: Map<string, number>, key: string, max: number): (() => void) | undefined {
    const taken = counts.get(key) ?? 0;
    if (taken >= max) return undefined;
    counts.set(key, taken + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (counts.get(key) ?? 1) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
    };
  }
}
