import { Module, type DynamicModule } from '@nestjs/common';
import {
  ConfigModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RedisModule,
  type Config,
} from '@driehoek/core';
import { SCENARIO_ENTITIES, ScenarioModule } from '@driehoek/scenario';
import type { Logger } from 'pino';
import { HealthController } from './controllers/health.controller';
import { ScenariosController } from './controllers/scenarios.controller';

/** Every entity of every feature; the database module needs the full list. */
export const ENTITIES = [...SCENARIO_ENTITIES];

@Module({})
export class AppModule {
  static forRoot(config: Config, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(ENTITIES),
        RedisModule,
        HealthModule,
        ScenarioModule,
      ],
      controllers: [HealthController, ScenariosController],
    };
  }
}
