import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import { LOGGER } from '@driehoek/core';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { IncidentCommitted } from './incident-committed.event';
import { INCIDENTS_CHANNEL, parseIncidentNotice } from './incident-notice';

/** How the listener's connection shows in `pg_stat_activity`. */
export const INCIDENT_STREAM_APPLICATION_NAME = 'driehoek-incident-stream';

/** Waits between reconnection attempts: 100 ms doubling to 10 s, jittered to half or more. */
export function incidentStreamRetryDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(10_000, 100 * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Committed writes to incidents, from every api process, published in-process as
 * IncidentCommitted: a LISTEN on the channel IncidentService NOTIFYs in its writing transaction.
 * A lost connection is retried with backoff until shutdown; after each reconnect
 * `IncidentCommitted {kind: 'all'}` says that notices may have been missed.
 *
 * Its own connection, beside the exercise event stream's: the register does not depend on the
 * exercise library, and one idle connection per api process is cheap.
 */
@Injectable()
export class IncidentStream implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private client?: Client;
  private closing = false;
  private listening?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly emitter: EventEmitter2,
    private readonly readiness: EventEmitterReadinessWatcher,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: IncidentStream.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Listening before the application takes requests; a failed first attempt does not stop the
    // start, it goes on retrying.
    await new Promise<void>((firstAttempt) => {
      this.listening = this.listenUntilShutdown(firstAttempt);
    });
  }

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
        if (listenedBefore) {
          this.logger.info('incident stream listening again; rereading the followed registers');
          void this.publish(new IncidentCommitted({ kind: 'all' }));
        }
        listenedBefore = true;
        attempt = 0;
        firstAttempt();
        const reason = await lost;
        if (this.closing) return;
        this.logger.warn({ err: reason.message }, 'incident stream connection lost; reconnecting');
      } catch (error) {
        if (this.closing) return;
        this.logger.warn(
          { err: (error as Error).message, attempt: attempt + 1 },
          'incident stream cannot listen',
        );
        firstAttempt();
      }
      await this.pause(incidentStreamRetryDelay(attempt++));
    }
  }

  private async connect(): Promise<{ lost: Promise<Error> }> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresDataSourceOptions).url,
      application_name: INCIDENT_STREAM_APPLICATION_NAME,
      // A silently dropped connection would otherwise look healthy and hear nothing.
      keepAlive: true,
    });
    const lost = new Promise<Error>((resolve) => {
      client.on('error', resolve);
      client.on('end', () => resolve(new Error('connection closed')));
    });
    client.on('notification', (message) => {
      const notice = parseIncidentNotice(message.payload);
      if (notice) void this.publish(new IncidentCommitted({ kind: 'incident', ...notice }));
      else this.logger.warn({ payload: message.payload }, 'ignoring a malformed incident notice');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${INCIDENTS_CHANNEL}`);
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

  /** After the application's listeners are in place: a notice heard at start is not dropped. */
  private async publish(event: IncidentCommitted): Promise<void> {
    await this.readiness.waitUntilReady();
    this.emitter.emit(IncidentCommitted.eventName, event);
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
