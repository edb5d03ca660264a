import { Injectable } from '@nestjs/common';
import { AuditService } from '@driehoek/audit';
import { AppException, Clock, ErrorCode } from '@driehoek/core';
import { auditActor, type Principal } from '@driehoek/identity';
import { PlaybookLibrary } from '@driehoek/playbooks';
import type { EntityManager } from 'typeorm';
import type { NewAwareness, NewDecision, NewIncident, NewNote, NewReport, NewRequest } from './incident.dto';
import {
  INCIDENT_EVENTS,
  type AwarePayload,
  type LoggedIncidentEvent,
  type ReportSubmittedPayload,
} from './incident-events';
import type { IncidentEventEntity } from './incident-event.entity';
import { IncidentLog, type NewIncidentEvent } from './incident-log';
import type { IncidentEntity } from './incident.entity';
import type { IncidentRegime, IncidentStatus } from './incident-regimes';
import { IncidentRepository } from './incident.repository';
import {
  checkAwareness,
  checkHandlingClosed,
  checkPast,
  checkRequest,
  checkSubmission,
  type Refusal,
} from './incident-rules';
import { incidentRecord, type IncidentRecord } from './incident-state';
import { incidentView, type IncidentViewJson } from './incident-view';
import { announceIncidentChange } from './stream/incident-notice';

/** What a command decided to log, with what the audit entry says about it. */
interface Change {
  events: Omit<NewIncidentEvent, 'actor'>[];
  details?: Record<string, unknown>;
  status?: IncidentStatus;
  /** Writes of another feature that belong to this entry, in its transaction (a review's actions). */
  also?: (manager: EntityManager) => Promise<void>;
}

/** What another feature appends through the seam, with what the audit entry says about it. */
export interface IncidentEntries {
  entries: Omit<NewIncidentEvent, 'actor'>[];
  details?: Record<string, unknown>;
  /** Runs in the same transaction, after the entries are appended: all of it commits, or none. */
  also?: (manager: EntityManager) => Promise<void>;
}

/** A rule's refusal as the error the API answers: 409 for a conflict with the log, 422 for bad input. */
function rejection(refusal: Refusal): AppException {
  return refusal.refused === 'conflict'
    ? new AppException(ErrorCode.Conflict, refusal.message)
    : new AppException(ErrorCode.ValidationFailed, refusal.message, refusal.errors);
}

function refuse(refusal: Refusal | undefined): void {
  if (refusal) throw rejection(refusal);
}

const isRefusal = (result: object): result is Refusal => 'refused' in result;
const REGISTER_TYPES: readonly string[] = Object.values(INCIDENT_EVENTS);

/**
 * Records what happens in a real incident. Each command checks its rules against the log under the
 * incident's row lock, appends to the log and writes the audit entry in one transaction, and answers
 * the incident as it now stands. The same transaction NOTIFYs the register's live channel, so every
 * api process hears of the write when (and only if) it commits (IncidentStream, IncidentCommitted).
 */
@Injectable()
export class IncidentService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly log: IncidentLog,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly playbooks: PlaybookLibrary,
  ) {}

  async open(principal: Principal, organisationId: string, input: NewIncident): Promise<IncidentViewJson> {
    const now = this.clock.now();
    refuse(checkPast({ detectedAt: input.detectedAt }, now));
    const { title, description, regimes, detectedAt } = input;
    return this.incidents.transaction(async (manager) => {
      const incident = await this.incidents.create(
        { organisationId, title, description: description ?? null, regimes, createdBy: principal.userId },
        manager,
      );
      const events: Change['events'] = [
        { type: INCIDENT_EVENTS.opened, payload: { title, description, regimes } },
      ];
      if (detectedAt)
        events.push({ type: INCIDENT_EVENTS.detected, payload: { at: detectedAt.toISOString() } });
      const change = { events, details: { regimes } };
      return this.commit(manager, principal, incident, [], now, 'incident.opened', change);
    });
  }

  /** t0 of every clock: recorded once, by a named person, possibly after the fact. */
  recordAwareness(principal: Principal, organisationId: string, incidentId: string, input: NewAwareness) {
    return this.change(
      principal,
      organisationId,
      incidentId,
      'incident.awareness-recorded',
      (record, now) => {
        const at = input.at ?? now;
        refuse(checkPast({ at }, now) ?? checkAwareness(record));
        const payload: AwarePayload = { ...input, at: at.toISOString() };
        return {
          events: [{ type: INCIDENT_EVENTS.aware, payload }],
          details: { at: payload.at, by: input.by },
        };
      },
    );
  }

  submitReport(principal: Principal, organisationId: string, incidentId: string, input: NewReport) {
    return this.change(principal, organisationId, incidentId, 'incident.report-submitted', (record, now) => {
      const submittedAt = input.submittedAt ?? now;
      refuse(checkPast({ submittedAt }, now));
      const checked = checkSubmission(record, { ...input, submittedAt }, now);
      if (isRefusal(checked)) throw rejection(checked);
      const payload: ReportSubmittedPayload = {
        regime: input.regime as IncidentRegime,
        stage: input.stage,
        ...(input.requestId !== undefined && { requestId: input.requestId }),
        report: checked.report,
        submittedAt: submittedAt.toISOString(),
        late: checked.late,
        by: principal.email,
      };
      const { report: _contents, by: _by, ...details } = payload;
      return { events: [{ type: INCIDENT_EVENTS.reportSubmitted, payload }], details };
    });
  }

  /** The CSIRT asked for an intermediate report, due when it said. */
  requestReport(principal: Principal, organisationId: string, incidentId: string, input: NewRequest) {
    return this.change(principal, organisationId, incidentId, 'incident.report-requested', (record, now) => {
      const requestedAt = input.requestedAt ?? now;
      refuse(checkPast({ requestedAt }, now));
      const checked = checkRequest(record, { ...input, requestedAt });
      if (isRefusal(checked)) throw rejection(checked);
      const payload = {
        regime: input.regime,
        requestId: checked.requestId,
        requestedAt: requestedAt.toISOString(),
        dueAt: input.dueAt.toISOString(),
        by: principal.email,
      };
      return { events: [{ type: INCIDENT_EVENTS.reportRequested, payload }], details: payload };
    });
  }

  /** Handling closed: the NIS2 final report of an ongoing incident now runs one month from here. */
  closeHandling(principal: Principal, organisationId: string, incidentId: string, input: { at?: Date }) {
    return this.change(principal, organisationId, incidentId, 'incident.handling-closed', (record, now) => {
      const at = input.at ?? now;
      refuse(checkPast({ at }, now) ?? checkHandlingClosed(record));
      const payload = { at: at.toISOString(), by: principal.email };
      return {
        events: [{ type: INCIDENT_EVENTS.handlingClosed, payload }],
        details: payload,
        status: 'closed',
      };
    });
  }

  addNote(principal: Principal, organisationId: string, incidentId: string, input: NewNote) {
    return this.change(principal, organisationId, incidentId, 'incident.note-added', () => ({
      events: [{ type: INCIDENT_EVENTS.note, payload: { ...input, by: principal.email } }],
    }));
  }

  /** A free BOB note (beeld, oordeel, besluit) by the person who decided. */
  recordDecision(principal: Principal, organisationId: string, incidentId: string, input: NewDecision) {
    return this.change(principal, organisationId, incidentId, 'incident.decision-recorded', () => ({
      events: [{ type: INCIDENT_EVENTS.decision, payload: input }],
      details: { by: input.by },
    }));
  }

  /**
   * The seam for other features (playbooks: `playbook.attached`, `playbook.step`): their own entries
   * in the incident's log, chained and audited like every other. `decide` reads the log under the
   * incident's row lock, so its checks (throw to refuse) see every entry before its own. The
   * register's own facts go through the commands above, which check them.
   */
  appendEntries(
    principal: Principal,
    organisationId: string,
    incidentId: string,
    action: string,
    decide: (logged: readonly LoggedIncidentEvent[], now: Date) => IncidentEntries,
  ): Promise<IncidentViewJson> {
    return this.change(principal, organisationId, incidentId, action, (_record, now, logged) => {
      const { entries, details, also } = decide(logged, now);
      const taken = entries.find((e) => REGISTER_TYPES.includes(e.type));
      if (taken) throw new Error(`${taken.type} is recorded by IncidentService's own command`);
      return { events: entries, details, also };
    });
  }

  private change(
    principal: Principal,
    organisationId: string,
    incidentId: string,
    action: string,
    decide: (record: IncidentRecord, now: Date, logged: readonly LoggedIncidentEvent[]) => Change,
  ): Promise<IncidentViewJson> {
    return this.incidents.transaction(async (manager) => {
      const incident = await this.incidents.lock(organisationId, incidentId, manager);
      if (!incident) throw AppException.notFound('Incident');
      // Read after the lock: the rules see every fact logged before this one.
      const now = this.clock.now();
      const logged = await this.log.list(incidentId, manager);
      const change = decide(incidentRecord(logged), now, logged);
      const view = await this.commit(manager, principal, incident, logged, now, action, change);
      await change.also?.(manager);
      return view;
    });
  }

  /**
   * Appends the change to the log, records it in the audit log and announces it, in the caller's
   * transaction.
   */
  private async commit(
    manager: EntityManager,
    principal: Principal,
    incident: IncidentEntity,
    logged: IncidentEventEntity[],
    now: Date,
    action: string,
    { events, details, status }: Change,
  ): Promise<IncidentViewJson> {
    const actor = principal.email;
    const appended = await this.log.append(
      manager,
      incident.id,
      now,
      events.map((e) => ({ ...e, actor })),
    );
    if (status) {
      await this.incidents.setStatus(incident.id, status, manager);
      incident.status = status;
    }
    await this.audit.record(
      {
        actor: auditActor(principal),
        organisationId: incident.organisationId,
        action,
        target: { type: 'incident', id: incident.id },
        details: { seq: appended.map((e) => e.seq), ...details },
      },
      manager,
    );
    await announceIncidentChange(manager, {
      organisationId: incident.organisationId,
      incidentId: incident.id,
    });
    return incidentView(incident, [...logged, ...appended], now, (id) => this.playbooks.get(id));
  }
}
