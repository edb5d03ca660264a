import { Module, type DynamicModule } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import {
  ConfigModule,
  CoreModule,
  DatabaseModule,
  LoggingModule,
  RedisModule,
  SchedulerModule,
  type Config,
} from '@driehoek/core';
import { AuditModule } from '@driehoek/audit';
import { ExerciseModule } from '@driehoek/exercise';
import type { Logger } from 'pino';

/**
 * The worker process of the distributed setup: the same configuration, database and Redis as the
 * api, taking the BullMQ wake-ups and firing injects and decision deadlines through the same
 * engine. Run any number; the engine fires each item exactly once whoever wakes first. In embedded
 * mode there is no separate worker: the api process runs the in-process scheduler.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: Config, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        EventEmitterModule.forRoot(),
        DatabaseModule.forRoot(),
        RedisModule,
        CoreModule,
        SchedulerModule,
        AuditModule,
        ExerciseModule,
      ],
    };
  }
}
