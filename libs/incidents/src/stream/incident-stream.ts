import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2, EventEmitterReadinessWatcher } from '@nestjs/event-emitter';
import { LOGGER, PgListener } from '@driehoek/core';
import type { Logger } from 'pino';
import { IncidentCommitted } from './incident-committed.event';
import { INCIDENTS_CHANNEL, parseIncidentNotice } from './incident-notice';

/**
 * Committed writes to incidents, from every api process, published in-process as
 * IncidentCommitted: a subscription, on the process's shared listener (PgListener), to the channel
 * IncidentService NOTIFYs in its writing transaction. Once the listener listens again after a
 * lost connection, `IncidentCommitted {kind: 'all'}` says that notices may have been missed.
 *
 * The register does not depend on the exercise library; the one connection they share is core's.
 */
@Injectable()
export class IncidentStream implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    private readonly listener: PgListener,
    private readonly emitter: EventEmitter2,
    private readonly readiness: EventEmitterReadinessWatcher,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: IncidentStream.name });
  }

  /** Before the listener connects (onApplicationBootstrap), so its first LISTEN includes this channel. */
  async onModuleInit(): Promise<void> {
    await this.listener.subscribe(INCIDENTS_CHANNEL, {
      notification: (payload) => {
        const notice = parseIncidentNotice(payload);
        if (notice) void this.publish(new IncidentCommitted({ kind: 'incident', ...notice }));
        else this.logger.warn({ payload }, 'ignoring a malformed incident notice');
      },
      missedNotifications: () => {
        this.logger.info('listening again; rereading the followed registers');
        void this.publish(new IncidentCommitted({ kind: 'all' }));
      },
    });
  }

  /** After the application's listeners are in place: a notice heard at start is not dropped. */
  private async publish(event: IncidentCommitted): Promise<void> {
    await this.readiness.waitUntilReady();
    this.emitter.emit(IncidentCommitted.eventName, event);
  }
}
