import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuditModule } from '@driehoek/audit';
import {
  ConfigModule,
  CoreModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RedisModule,
  SchedulerModule,
  type Config,
} from '@driehoek/core';
import { ExerciseExportModule, ExerciseModule } from '@driehoek/exercise';
import { IdentityModule } from '@driehoek/identity';
import { PlaybooksModule } from '@driehoek/playbooks';
import { IncidentsModule } from '@driehoek/incidents';
import { ImprovementModule } from '@driehoek/improvement';
import { ReportingModule } from '@driehoek/reporting';
import { ScenarioModule } from '@driehoek/scenario';
import type { Logger } from 'pino';
import { AuthController } from './controllers/auth.controller';
import { ExercisesController } from './controllers/exercises.controller';
import { JoinController } from './controllers/join.controller';
import { HealthController } from './controllers/health.controller';
import { IncidentsController } from './controllers/incidents.controller';
import {
  ImprovementActionsController,
  ImprovementPlanCsvController,
} from './controllers/improvement-actions.controller';
import { ExerciseRetestsController } from './controllers/exercise-retests.controller';
import { OrganisationsController } from './controllers/organisations.controller';
import { PlaybooksController } from './controllers/playbooks.controller';
import { ScenariosController } from './controllers/scenarios.controller';
import { MselController } from './controllers/msel.controller';
import { ExportsController } from './controllers/exports.controller';
import { SetupController } from './controllers/setup.controller';
import { ExerciseClocksController } from './controllers/exercise-clocks.controller';
import { ExercisePlaybooksController } from './controllers/exercise-playbooks.controller';
import { ExerciseLearningController } from './controllers/exercise-learning.controller';
import { ExerciseReportController } from './controllers/exercise-report.controller';
import { ImprovementAppendixProvider } from './composition/improvement-appendix.provider';
import { RealtimeLimits } from './gateway/realtime-limits';
import { ExerciseGateway } from './gateway/exercise.gateway';
import { IncidentsGateway } from './gateway/incidents.gateway';
import { PolicyGuard } from './http/policy.guard';
import { ThrottleGuard } from './http/throttle.guard';

/** Every socket gateway; the socket event table is built from this list. */
export const GATEWAYS: Type[] = [ExerciseGateway, IncidentsGateway];

/** Every controller; the route table (and so the policy checks) is built from this list. */
export const CONTROLLERS: Type[] = [
  HealthController,
  SetupController,
  AuthController,
  JoinController,
  OrganisationsController,
  ScenariosController,
  MselController,
  ExportsController,
  PlaybooksController,
  ExercisesController,
  ExerciseClocksController,
  ExercisePlaybooksController,
  ExerciseLearningController,
  ExerciseReportController,
  IncidentsController,
  ImprovementActionsController,
  ImprovementPlanCsvController,
  ExerciseRetestsController,
];

@Module({})
export class AppModule {
  static forRoot(config: Config, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        EventEmitterModule.forRoot(),
        DatabaseModule.forRoot(),
        RedisModule,
        CoreModule,
        SchedulerModule,
        HealthModule,
        AuditModule,
        IdentityModule,
        ScenarioModule,
        PlaybooksModule,
        ExerciseModule,
        ExerciseExportModule,
        IncidentsModule,
        ImprovementModule,
        ReportingModule.register({
          imports: [ImprovementModule],
          improvementPlan: ImprovementAppendixProvider,
        }),
      ],
      controllers: CONTROLLERS,
      // Order matters: throttle attempts before spending a database lookup on the token.
      providers: [
        { provide: APP_GUARD, useClass: ThrottleGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
        RealtimeLimits,
        ...GATEWAYS,
      ],
    };
  }
}
