import { Module } from '@nestjs/common';
import { DatabaseModule, PgListenerModule } from '@driehoek/core';
import { IdentityModule } from '@driehoek/identity';
import { ImprovementModule } from '@driehoek/improvement';
import { PlaybooksModule } from '@driehoek/playbooks';
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
import { InjectEngine } from './engine/inject-engine';
import { Firing } from './engine/firing';
import { FacilitatorInjects } from './engine/facilitator-injects.service';
import { ScheduleRepository } from './engine/schedule.repository';
import { LiveExercise } from './live/live-exercise';
import { InjectAcks } from './acks/inject-acks.service';
import { ExerciseSnapshots } from './realtime/exercise-snapshot.service';
import { EventStream } from './stream/event-stream';
import { DecisionService } from './decisions/decision.service';
import { ScheduledItemEntity } from './engine/scheduled-item.entity';
import { RegulatoryClocks } from './regulatory/regulatory-clocks.service';
import { ReportService } from './regulatory/report.service';
import { ExercisePlaybooks } from './playbooks/exercise-playbooks.service';
import { ExerciseTimelineService } from './timeline/exercise-timeline.service';
import { ConnectionStanding } from './access/connection-standing';
import { ExerciseObservations } from './observations/exercise-observations.service';
import { ExerciseDebrief } from './debrief/exercise-debrief.service';
import { ExerciseRetests } from './retests/exercise-retests.service';

/** What the exercise feature offers the apps; the repository stays inside. */
const SERVICES = [
  ExerciseService,
  EventLog,
  LiveExercise,
  ExerciseRunService,
  InjectEngine,
  FacilitatorInjects,
  InjectAcks,
  ExerciseSnapshots,
  EventStream,
  DecisionService,
  ExerciseTimelineService,
  RegulatoryClocks,
  ReportService,
  ExercisePlaybooks,
  ConnectionStanding,
  ExerciseObservations,
  ExerciseDebrief,
  ExerciseRetests,
];

@Module({
  imports: [
    DatabaseModule.forFeature([
      ExerciseEntity,
      ExerciseGrantEntity,
      JoinCodeEntity,
      PlayerSessionEntity,
      ExerciseEventEntity,
      ScheduledItemEntity,
    ]),
    PgListenerModule,
    IdentityModule,
    ScenarioModule,
    PlaybooksModule,
    ImprovementModule,
  ],
  providers: [ExerciseRepository, ScheduleRepository, Firing, ...SERVICES],
  exports: SERVICES,
})
export class ExerciseModule {}
