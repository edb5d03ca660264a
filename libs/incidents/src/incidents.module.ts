import { Module } from '@nestjs/common';
import { DatabaseModule, PgListenerModule } from '@driehoek/core';
import { IdentityModule } from '@driehoek/identity';
import { ImprovementModule } from '@driehoek/improvement';
import { PlaybooksModule } from '@driehoek/playbooks';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentLog } from './incident-log';
import { IncidentPlaybooks } from './incident-playbooks.service';
import { IncidentReviews } from './incident-review.service';
import { IncidentEntity } from './incident.entity';
import { IncidentRepository } from './incident.repository';
import { IncidentService } from './incident.service';
import { IncidentViewService } from './incident-view.service';
import { RegisterAccess } from './realtime/register-access';
import { RegisterFeed } from './realtime/register-feed';
import { registerSchedulerProvider } from './realtime/register-scheduler';
import { IncidentStream } from './stream/incident-stream';

/**
 * The CISO's register of real incidents, on the wall clock (docs/clocks.md), and what its live
 * channel (`/incidents`, docs/realtime.md) needs: the subscription to committed writes (on core's
 * shared listener), the feed of followed registers with its own wake-ups, and the channel's access
 * rules.
 */
@Module({
  imports: [
    DatabaseModule.forFeature([IncidentEntity, IncidentEventEntity]),
    PgListenerModule,
    IdentityModule,
    PlaybooksModule,
    ImprovementModule,
  ],
  providers: [
    IncidentRepository,
    IncidentLog,
    IncidentService,
    IncidentViewService,
    IncidentPlaybooks,
    IncidentReviews,
    IncidentStream,
    RegisterFeed,
    RegisterAccess,
    registerSchedulerProvider,
  ],
  exports: [
    IncidentService,
    IncidentViewService,
    IncidentPlaybooks,
    IncidentReviews,
    RegisterFeed,
    RegisterAccess,
  ],
})
export class IncidentsModule {}
