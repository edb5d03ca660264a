import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { IdentityModule } from '@driehoek/identity';
import { ScenarioModule } from '@driehoek/scenario';
import { ExerciseGrantEntity } from './exercise-grant.entity';
import { ExerciseEntity } from './exercise.entity';
import { ExerciseRepository } from './exercise.repository';
import { ExerciseService } from './exercise.service';
import { JoinCodeEntity } from './join-code.entity';
import { PlayerSessionEntity } from './player-session.entity';
import { ExerciseEventEntity } from './log/exercise-event.entity';
import { EventLog } from './log/event-log';
import { ExerciseRunService } from './exercise-run.service';

@Module({
  imports: [
    DatabaseModule.forFeature([
      ExerciseEntity,
      ExerciseGrantEntity,
      JoinCodeEntity,
      PlayerSessionEntity,
      ExerciseEventEntity,
    ]),
    IdentityModule,
    ScenarioModule,
  ],
  providers: [ExerciseRepository, ExerciseService, EventLog, ExerciseRunService],
  exports: [ExerciseService, EventLog, ExerciseRunService],
})
export class ExerciseModule {}
