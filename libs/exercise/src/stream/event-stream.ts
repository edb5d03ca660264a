import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import {
  ACCESS_CHANNEL,
  HealthIndicator,
  LOGGER,
  parseAccessNotice,
  type DependencyHealth,
  type ReportsHealth,
} from '@driehoek/core';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { EVENTS_CHANNEL, EventLog } from '../log/event-log';
import { AccessChanged } from './access-changed.event';
import { CommittedEventPublisher, type AppendedEvents } from './committed-event-publisher';
import { reconnectDelay } from './reconnect-delay';

/** How the listener's connection shows in `pg_stat_activity`. */
export const EVENT_STREAM_APPLICATION_NAME = 'driehoek-event-stream';

type ListenerState = { status: 'up' } | { status: 'down'; since: Date; error: string };

/**
 * Committed log appends, from every process, published in-process as ExerciseEventCommitted.
 *
 * A LISTEN on the channel that EventLog NOTIFYs in the appending transaction: PostgreSQL delivers a
 * notification only on commit, so nothing rolled back is ever published, and every api process
 * hears every exercise. The events themselves are read back from the log (CommittedEventPublisher).
 * A lost connection is retried with backoff until shutdown; notifications sent meanwhile are
 * lost, so after each reconnect every followed exercise is read on from its last published event.
 *
 * The same connection LISTENs for access notices (ACCESS_CHANNEL) and publishes them as
 * AccessChanged; after a reconnect it publishes `{kind: 'all'}`, since notices may have been missed.
 */
@Injectable()
@HealthIndicator('eventStream')
export class EventStream implements OnApplicationBootstrap, BeforeApplicationShutdown, ReportsHealth {
  private readonly publisher: CommittedEventPublisher;
  private readonly logger: Logger;
  private client?: Client;
  private state: ListenerState = { status: 'down', since: new Date(), error: 'not connected yet' };
  private closing = false;
  private listening?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
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

  /**
   * Follows an exercise, e.g. because a client of this process has joined it: after a reconnect
   * its missed events are published too. Resolves once the starting point is set, so a snapshot
   * taken afterwards overlaps what is published next rather than leaving a gap.
   */
  track(exerciseId: string): Promise<void> {
    return this.publisher.track(exerciseId);
  }

  health(): DependencyHealth {
    const { state } = this;
    return state.status === 'up'
      ? { status: 'up' }
      : { status: 'down', error: `${state.error} (since ${state.since.toISOString()}; reconnecting)` };
  }

  async onApplicationBootstrap(): Promise<void> {
    // A healthy start has its LISTEN in place before the application takes requests; a failed
    // first attempt does not stop the start, it goes on retrying and /health says so.
    await new Promise<void>((firstAttempt) => {
      this.listening = this.listenUntilShutdown(firstAttempt);
    });
  }

  /** Before the database closes (onApplicationShutdown): publishing in hand still reads the log. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.wake?.();
    await this.client?.end().catch(() => undefined);
    await this.listening;
    await this.publisher.close();
  }

  private async listenUntilShutdown(firstAttempt: () => void): Promise<void> {
    let attempt = 0;
    let listenedBefore = false;
    while (!this.closing) {
      try {
        const { lost } = await this.connect();
        // Access notices sent while nobody listened are lost: every live connection is checked.
        const missedNotices = attempt > 0 || listenedBefore;
        listenedBefore = true;
        if (this.state.status === 'down' && attempt > 0)
          this.logger.info({ attempts: attempt }, 'event stream listening again; catching up');
        this.state = { status: 'up' };
        attempt = 0;
        firstAttempt();
        void this.publisher.catchUp();
        if (missedNotices) this.emitter.emit(AccessChanged.eventName, new AccessChanged({ kind: 'all' }));
        const reason = await lost;
        if (this.closing) return;
        this.down(reason);
        this.logger.warn({ err: reason.message }, 'event stream connection lost; reconnecting');
      } catch (error) {
        if (this.closing) return;
        this.down(error as Error);
        this.logger.warn(
          { err: (error as Error).message, attempt: attempt + 1 },
          'event stream cannot listen',
        );
        firstAttempt();
      }
      // After a loss the first retry is quick; failures in a row wait longer each time.
      await this.pause(reconnectDelay(attempt++));
    }
  }

  /** Connects and LISTENs; `lost` resolves with the reason the connection ends. */
  private async connect(): Promise<{ lost: Promise<Error> }> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresDataSourceOptions).url,
      application_name: EVENT_STREAM_APPLICATION_NAME,
      // A silently dropped connection would otherwise look healthy and hear nothing.
      keepAlive: true,
    });
    const lost = new Promise<Error>((resolve) => {
      client.on('error', resolve);
      client.on('end', () => resolve(new Error('connection closed')));
    });
    client.on('notification', (message) => {
      if (message.channel === ACCESS_CHANNEL) return this.accessNotice(message.payload);
      const appended = parseNotification(message.payload);
      if (appended) void this.publisher.appended(appended);
      else this.logger.warn({ payload: message.payload }, 'ignoring a malformed event notification');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return {
      lost: lost.then(async (reason) => {
        if (this.client === client) this.client = undefined;
        await client.end().catch(() => undefined);
        return reason;
      }),
    };
  }

  private accessNotice(payload: string | undefined): void {
    const scope = parseAccessNotice(payload);
    if (scope) this.emitter.emit(AccessChanged.eventName, new AccessChanged(scope));
    else this.logger.warn({ payload }, 'ignoring a malformed access notice');
  }

  private down(error: Error): void {
    this.state = {
      status: 'down',
      since: this.state.status === 'down' ? this.state.since : new Date(),
      error: error.message,
    };
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function parseNotification(payload: string | undefined): AppendedEvents | undefined {
  const [exerciseId, from, to] = (payload ?? '').split(':');
  const fromSeq = Number(from);
  const toSeq = Number(to);
  if (!exerciseId || !Number.isInteger(fromSeq) || !Number.isInteger(toSeq) || fromSeq < 1 || toSeq < fromSeq)
    return undefined;
  return { exerciseId, fromSeq, toSeq };
}
