import { Injectable } from '@nestjs/common';
import { releaseAt } from '../scheduler/scheduler';

/**
 * The wall clock, injectable so that tests can move time instead of sleeping. Domain code asks it
 * for the time and waits on it; it never reads `Date.now()` itself.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Resolves at the wall instant (at once when it has passed): a prepared firing commits on its instant. */
  waitUntil(atMs: number): Promise<void> {
    return releaseAt(atMs);
  }
}
