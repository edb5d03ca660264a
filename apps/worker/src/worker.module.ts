import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, DatabaseModule, LoggingModule, RedisModule, type Config } from '@driehoek/core';
import type { Logger } from 'pino';

/**
 * The worker process of the distributed setup: the same configuration, database and Redis as the
 * api, and (from the live engine on) the BullMQ processors that fire injects and clocks. In
 * embedded mode there is no separate worker: the api process runs the in-process scheduler.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: Config, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(),
        RedisModule,
      ],
    };
  }
}
