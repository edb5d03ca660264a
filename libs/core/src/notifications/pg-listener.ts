import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { HealthIndicator, type DependencyHealth, type ReportsHealth } from '../health/health.service';
import { LOGGER } from '../logging/logging.module';
import { isNotificationChannel, type NotificationChannel } from './notification-channel';
import { reconnectDelay } from './reconnect-delay';

/** How the listener's connection shows in `pg_stat_activity`: one per process. */
export const LISTENER_APPLICATION_NAME = 'driehoek-listener';

/**
 * The listener's entry in `GET /health`. The name is older than the shared listener (it was the
 * exercise event stream's own connection) and stays: it is part of the documented /health answer.
 */
export const LISTENER_HEALTH_CHECK = 'eventStream';

/** What a feature hands the listener for one channel. */
export interface NotificationSubscriber {
  /** A notification on the channel, as sent: the payload is to be parsed and checked by the subscriber. */
  notification(payload: string): void;
  /**
   * The listener is listening again after a time it was not (a lost connection, or a start whose
   * first attempt failed): notifications sent meanwhile are lost, so whatever they would have
   * announced is to be read again.
   */
  missedNotifications(): void;
}

type ListenerState = { status: 'up' } | { status: 'down'; since: Date; error: string };

/**
 * The process's one PostgreSQL LISTEN connection, shared by every feature that hears of commits
 * through NOTIFY (exercise events, access notices, incidents). PostgreSQL delivers a notification
 * only when the notifying transaction commits, so subscribers never hear of a rollback.
 *
 * Features subscribe in their `onModuleInit`; the listener connects in `onApplicationBootstrap`,
 * which Nest runs after every `onModuleInit`, so the first connection LISTENs on every channel at
 * once. A later subscription is LISTENed on the live connection straight away. A lost connection
 * is retried with the platform's backoff until shutdown; once listening again, every subscriber is
 * told that it may have missed notifications. It closes in `beforeApplicationShutdown`, before the
 * database (onApplicationShutdown).
 */
@Injectable()
@HealthIndicator(LISTENER_HEALTH_CHECK)
export class PgListener implements OnApplicationBootstrap, BeforeApplicationShutdown, ReportsHealth {
  private readonly subscribers = new Map<NotificationChannel, NotificationSubscriber[]>();
  private readonly logger: Logger;
  private client?: Client;
  private state: ListenerState = { status: 'down', since: new Date(), error: 'not connected yet' };
  private closing = false;
  private listening?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: PgListener.name });
  }

  /**
   * Hands the channel's notifications to `subscriber` from now on. Resolves once the channel is
   * LISTENed on the live connection, or at once when there is none yet (the next one LISTENs it
   * before it counts as up). Should that LISTEN fail, the connection is lost anyway: the next one
   * LISTENs the channel and the subscriber hears that it may have missed notifications.
   */
  async subscribe(channel: NotificationChannel, subscriber: NotificationSubscriber): Promise<void> {
    // The type says the name was checked; a cast could still smuggle input into LISTEN.
    if (!isNotificationChannel(channel))
      throw new Error(`refusing to LISTEN on ${JSON.stringify(channel)}: not a notification channel`);
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
    const client = this.client;
    if (!client || this.closing) return;
    await client.query(listen(client, channel)).catch((error: Error) => {
      this.logger.warn({ err: error.message, channel }, 'cannot LISTEN yet; the next connection will');
    });
  }

  health(): DependencyHealth {
    const { state } = this;
    return state.status === 'up'
      ? { status: 'up' }
      : { status: 'down', error: `${state.error} (since ${state.since.toISOString()}; reconnecting)` };
  }

  async onApplicationBootstrap(): Promise<void> {
    // A healthy start has its LISTENs in place before the application takes requests; a failed
    // first attempt does not stop the start, it goes on retrying and /health says so.
    await new Promise<void>((firstAttempt) => {
      this.listening = this.listenUntilShutdown(firstAttempt);
    });
  }

  /** Before the database closes: nothing is delivered any more once this has begun. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.wake?.();
    await this.client?.end().catch(() => undefined);
    await this.listening;
  }

  private async listenUntilShutdown(firstAttempt: () => void): Promise<void> {
    let attempt = 0;
    let listenedBefore = false;
    while (!this.closing) {
      try {
        const { lost } = await this.connect();
        // Only the very first connection, made at once, can be sure it missed nothing.
        const missed = listenedBefore || attempt > 0;
        if (attempt > 0)
          this.logger.info(
            { attempts: attempt },
            'listener listening again; subscribers read what they missed',
          );
        listenedBefore = true;
        this.state = { status: 'up' };
        attempt = 0;
        firstAttempt();
        if (missed) this.tellMissed();
        const reason = await lost;
        if (this.closing) return;
        this.down(reason);
        this.logger.warn({ err: reason.message }, 'listener connection lost; reconnecting');
      } catch (error) {
        if (this.closing) return;
        this.down(error as Error);
        this.logger.warn({ err: (error as Error).message, attempt: attempt + 1 }, 'listener cannot listen');
        firstAttempt();
      }
      // After a loss the first retry is quick; failures in a row wait longer each time.
      await this.pause(reconnectDelay(attempt++));
    }
  }

  /** Connects and LISTENs on every channel; `lost` resolves with the reason the connection ends. */
  private async connect(): Promise<{ lost: Promise<Error> }> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresDataSourceOptions).url,
      application_name: LISTENER_APPLICATION_NAME,
      // A silently dropped connection would otherwise look healthy and hear nothing.
      keepAlive: true,
    });
    const lost = new Promise<Error>((resolve) => {
      client.on('error', resolve);
      client.on('end', () => resolve(new Error('connection closed')));
    });
    client.on('notification', ({ channel, payload }) => this.deliver(channel, payload ?? ''));
    // Set before the LISTENs below, so that a subscription arriving meanwhile queues its own.
    this.client = client;
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(listen(client, channel));
    } catch (error) {
      if (this.client === client) this.client = undefined;
      await client.end().catch(() => undefined);
      throw error;
    }
    return {
      lost: lost.then(async (reason) => {
        if (this.client === client) this.client = undefined;
        await client.end().catch(() => undefined);
        return reason;
      }),
    };
  }

  private deliver(channel: string, payload: string): void {
    if (this.closing) return;
    for (const subscriber of this.subscribers.get(channel as NotificationChannel) ?? [])
      this.safely(channel, () => subscriber.notification(payload));
  }

  private tellMissed(): void {
    for (const [channel, subscribers] of this.subscribers)
      for (const subscriber of subscribers) this.safely(channel, () => subscriber.missedNotifications());
  }

  /** One subscriber's failure must not keep the others from hearing, nor end the connection. */
  private safely(channel: string, hand: () => void): void {
    try {
      hand();
    } catch (error) {
      this.logger.error({ err: error, channel }, 'a notification subscriber failed');
    }
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
      if (this.closing) return resolve();
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** Quoted as well as checked: a channel that happens to be a keyword (`listen select`) still works. */
function listen(client: Client, channel: NotificationChannel): string {
  return `LISTEN ${client.escapeIdentifier(channel)}`;
}
