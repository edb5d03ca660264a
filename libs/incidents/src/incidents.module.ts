import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
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

/** The CISO's register of real incidents, on the wall clock (docs/clocks.md). */
@Module({
  imports: [
    DatabaseModule.forFeature([IncidentEntity, IncidentEventEntity]),
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
  ],
  exports: [IncidentService, IncidentViewService, IncidentPlaybooks, IncidentReviews],
})
export class IncidentsModule {}
