import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { CONFIG } from '../config/config.module';
import type { Config } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { BullMqScheduler } from './bullmq.scheduler';
import { InProcessScheduler } from './in-process.scheduler';
import { SCHEDULER, type Scheduler } from './scheduler';

class SchedulerLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SCHEDULER) private readonly scheduler: InProcessScheduler | BullMqScheduler) {}
  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.close();
  }
}

/** BullMQ when REDIS_URL is set, the in-process adapter otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: SCHEDULER,
      inject: [CONFIG, LOGGER],
      useFactory: (config: Config, logger: Logger): Scheduler => {
        const log = logger.child({ context: 'Scheduler' });
        if (!config.REDIS_URL) return new InProcessScheduler(log);
        const url = new URL(config.REDIS_URL);
        return new BullMqScheduler(
          {
            url: config.REDIS_URL,
            maxRetriesPerRequest: null,
            tls: url.protocol === 'rediss:' ? {} : undefined,
          },
          log,
          config.REDIS_PREFIX,
        );
      },
    },
    SchedulerLifecycle,
  ],
  exports: [SCHEDULER],
})
export class SchedulerModule {}
