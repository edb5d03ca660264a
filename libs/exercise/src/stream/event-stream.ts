import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@driehoek/core';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { EVENTS_CHANNEL } from '../log/event-log';

export interface AppendedEvents {
  exerciseId: string;
  fromSeq: number;
  toSeq: number;
}

const RECONNECT_MS = 1000;

/**
 * Committed log appends, from every process: a LISTEN on the channel that EventLog NOTIFYs in the
 * appending transaction. PostgreSQL delivers a notification only on commit, so a subscriber
 * never sees an event that was rolled back, and all api processes see all exercises' events.
 */
@Injectable()
export class EventStream implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly appended = new Subject<AppendedEvents>();
  private client?: Client;
  private closing = false;
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: EventStream.name });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
    this.appended.complete();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresDataSourceOptions).url,
    });
    client.on('notification', (message) => {
      const [exerciseId, fromSeq, toSeq] = (message.payload ?? '').split(':');
      if (exerciseId && fromSeq && toSeq)
        this.appended.next({ exerciseId, fromSeq: Number(fromSeq), toSeq: Number(toSeq) });
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error.message }, 'event stream connection lost; reconnecting');
      void client.end().catch(() => undefined);
      if (!this.closing)
        setTimeout(
          () =>
            void this.listen().catch((e: unknown) =>
              this.logger.error({ err: e }, 'event stream reconnect failed'),
            ),
          RECONNECT_MS,
        ).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
  }
}
