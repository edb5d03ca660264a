import { Injectable } from '@nestjs/common';
import { AppException, Clock, type ChainVerdict } from '@driehoek/core';
import { PlaybookLibrary } from '@driehoek/playbooks';
import { INCIDENT_EVENTS } from './incident-events';
import { IncidentLog } from './incident-log';
import { IncidentRepository } from './incident.repository';
import type { IncidentEntity } from './incident.entity';
import {
  incidentView,
  registerBoard,
  type IncidentSummaryJson,
  type IncidentViewJson,
  type RegisterBoard,
  type RegisterNoticeJson,
} from './incident-view';

/** Only these entries move a clock; the register's overviews read no more of each log. */
const CLOCK_TYPES = [
  INCIDENT_EVENTS.opened,
  INCIDENT_EVENTS.detected,
  INCIDENT_EVENTS.aware,
  INCIDENT_EVENTS.reportSubmitted,
  INCIDENT_EVENTS.reportRequested,
  INCIDENT_EVENTS.handlingClosed,
];

/** Reads the register: every view is computed from the logs at the Clock's now. */
@Injectable()
export class IncidentViewService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly log: IncidentLog,
    private readonly clock: Clock,
    private readonly playbooks: PlaybookLibrary,
  ) {}

  async list(organisationId: string): Promise<IncidentSummaryJson[]> {
    return (await this.board(organisationId)).incidents;
  }

  async view(organisationId: string, incidentId: string): Promise<IncidentViewJson> {
    const incident = await this.get(organisationId, incidentId);
    const events = await this.log.list(incidentId);
    return incidentView(incident, events, this.clock.now(), (id) => this.playbooks.find(id));
  }

  /**
   * Stages due soon or missed, soonest first (missed ones lead). Closed incidents count too: closing
   * handling starts the NIS2 final report's month, and a missed report stays owed until it is in.
   */
  async notices(organisationId: string): Promise<RegisterNoticeJson[]> {
    return (await this.board(organisationId)).notices;
  }

  /** The register's lines and notices from one read, and when time alone next changes them. */
  async board(organisationId: string): Promise<RegisterBoard> {
    const { incidents, logs, now } = await this.register(organisationId);
    return registerBoard(incidents, logs, now);
  }

  async verify(organisationId: string, incidentId: string): Promise<ChainVerdict> {
    await this.get(organisationId, incidentId);
    return this.log.verify(incidentId);
  }

  private async get(organisationId: string, incidentId: string): Promise<IncidentEntity> {
    const incident = await this.incidents.find(organisationId, incidentId);
    if (!incident) throw AppException.notFound('Incident');
    return incident;
  }

  private async register(organisationId: string) {
    const incidents = await this.incidents.list(organisationId);
    const logs = await this.log.listMany(
      incidents.map((i) => i.id),
      CLOCK_TYPES,
    );
    return { incidents, logs, now: this.clock.now() };
  }
}
