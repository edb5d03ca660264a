import { Module } from '@nestjs/common';
import { DatabaseModule } from '@driehoek/core';
import { PlaybooksModule } from '@driehoek/playbooks';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentLog } from './incident-log';
import { IncidentPlaybooks } from './incident-playbooks.service';
import { IncidentEntity } from './incident.entity';
import { IncidentRepository } from './incident.repository';
import { IncidentService } from './incident.service';
import { IncidentViewService } from './incident-view.service';

/** The CISO's register of real incidents, on the wall clock (docs/clocks.md). */
@Module({
  imports: [DatabaseModule.forFeature([IncidentEntity, IncidentEventEntity]), PlaybooksModule],
  providers: [IncidentRepository, IncidentLog, IncidentService, IncidentViewService, IncidentPlaybooks],
  exports: [IncidentService, IncidentViewService, IncidentPlaybooks],
})
export class IncidentsModule {}
