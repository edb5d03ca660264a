import { Module, type DynamicModule } from '@nestjs/common';
import {
  ConfigModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RedisModule,
  type Config,
} from '@driehoek/core';
import { ScenarioModule } from '@driehoek/scenario';
import type { Logger } from 'pino';
import { HealthController } from './controllers/health.controller';
import { ScenariosController } from './controllers/scenarios.controller';

@Module({})
export class AppModule {
  static forRoot(config: Config, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(),
        RedisModule,
        HealthModule,
        ScenarioModule,
      ],
      controllers: [HealthController, ScenariosController],
    };
  }
}
