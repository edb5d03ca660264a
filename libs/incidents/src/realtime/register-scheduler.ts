import type { FactoryProvider } from '@nestjs/common';
import { InProcessScheduler, LOGGER, type Scheduler } from '@driehoek/core';
import type { Logger } from 'pino';

/**
 * The register's own Scheduler (the port of libs/core), waking this process when a stage of a
 * followed register changes status by time alone. Not the shared SCHEDULER: that one has a single
 * handler, the exercise engine's, and in the distributed setup its BullMQ wake-ups are taken by
 * whichever process runs a worker (apps/worker has no register). A register's wake-up is needed by
 * exactly the processes that hold its sockets, so each arms its own, in process; nothing is lost
 * with a process, since its sockets go with it and reconnect elsewhere to a fresh snapshot.
 * Tests replace it with a manual scheduler.
 */
export const REGISTER_SCHEDULER = Symbol('REGISTER_SCHEDULER');

export const registerSchedulerProvider: FactoryProvider<Scheduler> = {
  provide: REGISTER_SCHEDULER,
  inject: [LOGGER],
  useFactory: (logger: Logger) => new InProcessScheduler(logger.child({ context: 'RegisterScheduler' })),
};
