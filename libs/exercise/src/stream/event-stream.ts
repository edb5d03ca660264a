import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import { ACCESS_CHANNEL, LOGGER, PgListener, parseAccessNotice } from '@driehoek/core';
import type { Logger } from 'pino';
import { EVENTS_CHANNEL, EventLog } from '../log/event-log';
import { AccessChanged } from './access-changed.event';
import { CommittedEventPublisher, type AppendedEvents } from './committed-event-publisher';

/**
 * Committed log appends, from every process, published in-process as ExerciseEventCommitted.
 *
 * A subscription to the channel that EventLog NOTIFYs in the appending transaction, on the
 * process's shared listener (PgListener): PostgreSQL delivers a notification only on commit, so
 * nothing rolled back is ever published, and every api process hears every exercise. The events
 * themselves are read back from the log (CommittedEventPublisher). Notifications sent while the
 * listener was reconnecting are lost, so once it listens again every followed exercise is read on
 * from its last published event.
 *
 * It subscribes to access notices (ACCESS_CHANNEL) too and publishes them as AccessChanged; after
 * a reconnect it publishes `{kind: 'all'}`, since notices may have been missed. The listener's
 * health is in `/health` as `eventStream`.
 */
@Injectable()
export class EventStream implements OnModuleInit, BeforeApplicationShutdown {
  private readonly publisher: CommittedEventPublisher;
  private readonly logger: Logger;

  constructor(
    private readonly listener: PgListener,
    log: EventLog,
    private readonly emitter: EventEmitter2,
    readiness: EventEmitterReadinessWatcher,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: EventStream.name });
    this.publisher = new CommittedEventPublisher({
      log,
      head: (exerciseId) => log.head(exerciseId),
      emitter,
      ready: () => readiness.waitUntilReady(),
      logger: this.logger,
    });
  }

  /** Before the listener connects (onApplicationBootstrap): its first LISTEN covers both channels. */
  async onModuleInit(): Promise<void> {
    await this.listener.subscribe(EVENTS_CHANNEL, {
      notification: (payload) => this.appended(payload),
      missedNotifications: () => void this.publisher.catchUp(),
    });
    await this.listener.subscribe(ACCESS_CHANNEL, {
      notification: (payload) => this.accessNotice(payload),
      // Access notices sent while nobody listened are lost: every live connection is checked.
      missedNotifications: () =>
        this.emitter.emit(AccessChanged.eventName, new AccessChanged({ kind: 'all' })),
    });
  }

  /**
   * Follows an exercise, e.g. because a client of this process has joined it: after a reconnect
   * its missed events are published too. Resolves once the starting point is set, so a snapshot
   * taken afterwards overlaps what is published next rather than leaving a gap.
   */
  track(exerciseId: string): Promise<void> {
    return this.publisher.track(exerciseId);
  }

  /** Before the database closes (onApplicationShutdown): publishing in hand still reads the log. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }

  private appended(payload: string): void {
    const appended = parseNotification(payload);
    if (appended) void this.publisher.appended(appended);
    else this.logger.warn({ payload }, 'ignoring a malformed event notification');
  }

  private accessNotice(payload: string): void {
    const scope = parseAccessNotice(payload);
    if (scope) this.emitter.emit(AccessChanged.eventName, new AccessChanged(scope));
    else this.logger.warn({ payload }, 'ignoring a malformed access notice');
  }
}

function parseNotification(payload: string): AppendedEvents | undefined {
  const [exerciseId, from, to] = payload.split(':');
  const fromSeq = Number(from);
  const toSeq = Number(to);
  if (!exerciseId || !Number.isInteger(fromSeq) || !Number.isInteger(toSeq) || fromSeq < 1 || toSeq < fromSeq)
    return undefined;
  return { exerciseId, fromSeq, toSeq };
}
