import type { EventEmitter2 } from '@nestjs/event-emitter';
import { reconnectDelay } from '@driehoek/core';
import type { Logger } from 'pino';
import type { EventLog } from '../log/event-log';
import { ExerciseEventCommitted } from './exercise-event-committed.event';

/** A committed append as EventLog announces it: `exerciseId:fromSeq:toSeq`. */
export interface AppendedEvents {
  exerciseId: string;
  fromSeq: number;
  toSeq: number;
}

export interface PublisherDependencies {
  log: Pick<EventLog, 'list'>;
  /** The highest sequence number committed to an exercise's log (0 when empty). */
  head: (exerciseId: string) => Promise<number>;
  emitter: EventEmitter2;
  /** Resolves once the `@OnEvent` subscribers are registered. */
  ready: () => Promise<void>;
  logger: Logger;
}

const BATCH = 1000;
/** How long one event may keep its subscribers busy before the exercise's next event goes out. */
export const SUBSCRIBER_PATIENCE_MS = 10_000;

/**
 * Turns committed appends into one ExerciseEventCommitted per event: per exercise in sequence
 * order, and never twice. It keeps the last sequence number it published per exercise and always
 * reads the log on from there, so a notification for a range already published is ignored and a
 * missed one is filled in by the next read — of the next notification, a retry, or `catchUp`.
 */
export class CommittedEventPublisher {
  private readonly published = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly retries = new Map<string, { attempt: number; timer?: NodeJS.Timeout }>();
  private closed = false;

  constructor(private readonly deps: PublisherDependencies) {}

  /** The last sequence number published for an exercise, if it is followed. */
  lastPublished(exerciseId: string): number | undefined {
    return this.published.get(exerciseId);
  }

  /** A notification of a committed append. */
  appended({ exerciseId, fromSeq, toSeq }: AppendedEvents): Promise<void> {
    // Closed for the shutdown: reading now would race the database closing.
    if (this.closed) return Promise.resolve();
    return this.serial(exerciseId, async () => {
      const last = this.published.get(exerciseId);
      if (last !== undefined && toSeq <= last) return;
      // The first news of this exercise since the process started: follow it from here on. What
      // came before reached its clients in their snapshot.
      if (last === undefined) this.published.set(exerciseId, fromSeq - 1);
      await this.drain(exerciseId);
    });
  }

  /**
   * Follows an exercise from its current head unless it is followed already. Resolves after the
   * head is read, so a caller that takes its own snapshot afterwards misses nothing that follows.
   */
  track(exerciseId: string): Promise<void> {
    if (this.published.has(exerciseId)) return Promise.resolve();
    return this.serial(exerciseId, async () => {
      if (!this.published.has(exerciseId)) this.published.set(exerciseId, await this.deps.head(exerciseId));
    });
  }

  /** Publishes whatever every followed exercise committed while notifications were not arriving. */
  async catchUp(): Promise<void> {
    if (this.closed) return;
    await Promise.all([...this.published.keys()].map((id) => this.serial(id, () => this.drain(id))));
  }

  /** Stops publishing; resolves when the work in hand has stopped. */
  async close(): Promise<void> {
    this.closed = true;
    for (const retry of this.retries.values()) clearTimeout(retry.timer);
    this.retries.clear();
    await Promise.all(this.queues.values());
  }

  private async drain(exerciseId: string): Promise<void> {
    for (;;) {
      const batch = await this.deps.log.list(exerciseId, this.published.get(exerciseId) ?? 0, BATCH);
      for (const event of batch) {
        if (this.closed) return;
        await this.publish(new ExerciseEventCommitted(exerciseId, event));
        this.published.set(exerciseId, event.seq);
      }
      if (batch.length < BATCH) break;
    }
    this.caughtUp(exerciseId);
  }

  /**
   * Hands one event to every subscriber and waits until each has finished with it, so that each
   * sees an exercise's events in order. Not emitAsync: that rejects on the first failure, before
   * the other subscribers are done, and a listener throwing synchronously would keep the ones after
   * it from being called at all. `@OnEvent` already catches and logs a subscriber's failure (its
   * default `suppressErrors`); one declared with `suppressErrors: false` is logged here.
   */
  private async publish(committed: ExerciseEventCommitted): Promise<void> {
    await this.deps.ready();
    const context = {
      exerciseId: committed.exerciseId,
      seq: committed.event.seq,
      type: committed.event.type,
    };
    const { emitter, logger } = this.deps;
    const handled = Promise.all(
      emitter.listeners(ExerciseEventCommitted.eventName).map((listener) =>
        Promise.resolve()
          .then(() => listener.call(emitter, committed) as unknown)
          .catch((error: unknown) =>
            logger.error({ err: error, ...context }, 'a subscriber to committed events failed'),
          ),
      ),
    ).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<false>((resolve) => {
      timer = setTimeout(resolve, SUBSCRIBER_PATIENCE_MS, false);
    });
    try {
      if (!(await Promise.race([handled, patience])))
        this.deps.logger.warn(
          context,
          `subscribers to committed events still busy after ${SUBSCRIBER_PATIENCE_MS} ms; publishing the next`,
        );
    } finally {
      clearTimeout(timer);
    }
  }

  /** One step at a time per exercise: reads and publications must not overtake each other. */
  private serial(exerciseId: string, work: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(exerciseId) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.failed(exerciseId, error));
    this.queues.set(exerciseId, next);
    void next.then(() => {
      if (this.queues.get(exerciseId) === next) this.queues.delete(exerciseId);
    });
    return next;
  }

  private caughtUp(exerciseId: string): void {
    const retry = this.retries.get(exerciseId);
    if (!retry) return;
    clearTimeout(retry.timer);
    this.retries.delete(exerciseId);
  }

  /** A failed read: try again with backoff, so the events do not wait for the next notification. */
  private failed(exerciseId: string, error: unknown): void {
    if (this.closed || !this.published.has(exerciseId)) {
      this.deps.logger.error({ err: error, exerciseId }, 'could not follow the exercise log');
      return;
    }
    const retry = this.retries.get(exerciseId) ?? { attempt: 0 };
    this.retries.set(exerciseId, retry);
    if (retry.timer) return;
    const delayMs = reconnectDelay(retry.attempt++);
    this.deps.logger.error(
      { err: error, exerciseId, retryInMs: delayMs },
      'could not publish committed events; retrying',
    );
    retry.timer = setTimeout(() => {
      retry.timer = undefined;
      void this.serial(exerciseId, () => this.drain(exerciseId));
    }, delayMs);
    retry.timer.unref();
  }
}
