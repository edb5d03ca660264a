import { computeClock, type ClockFacts, type ClockView, type StageView } from '@driehoek/clocks';
import {
  INCIDENT_EVENTS,
  type AwarePayload,
  type DetectedPayload,
  type HandlingClosedPayload,
  type LoggedIncidentEvent,
  type OpenedPayload,
  type ReportRequestedPayload,
  type ReportSubmittedPayload,
} from './incident-events';
import type { IncidentRegime } from './incident-regimes';

/**
 * An incident's state as a pure function of its log: what was recorded, the ClockFacts of each
 * regime, and the clocks at any `now`. Replaying the log gives the same clocks (DESIGN.md inv. 5).
 */

export interface Awareness {
  at: Date;
  by: string;
  role?: string;
  note?: string;
}

export interface Submission {
  regime: IncidentRegime;
  stage: string;
  requestId?: string;
  submittedAt: Date;
  late: boolean;
}

export interface ReportRequest {
  regime: IncidentRegime;
  requestId: string;
  requestedAt: Date;
  dueAt: Date;
}

/** What the log says, each fact its own timestamp (DOMAIN.md §7); the first record of a fact wins. */
export interface IncidentRecord {
  regimes: IncidentRegime[];
  detectedAt?: Date;
  awareness?: Awareness;
  handlingClosedAt?: Date;
  submissions: Submission[];
  requests: ReportRequest[];
}

/** A stage that has a deadline and no submission yet, with the regime it belongs to. */
export interface OpenStage {
  regime: IncidentRegime;
  stage: StageView;
}

export function incidentRecord(events: readonly LoggedIncidentEvent[]): IncidentRecord {
  const record: IncidentRecord = { regimes: [], submissions: [], requests: [] };
  for (const { type, payload } of events) {
    switch (type) {
      case INCIDENT_EVENTS.opened:
        record.regimes = [...(payload as unknown as OpenedPayload).regimes];
        break;
      case INCIDENT_EVENTS.detected:
        record.detectedAt ??= new Date((payload as unknown as DetectedPayload).at);
        break;
      case INCIDENT_EVENTS.aware: {
        const { at, ...who } = payload as unknown as AwarePayload;
        record.awareness ??= { at: new Date(at), ...who };
        break;
      }
      case INCIDENT_EVENTS.reportSubmitted: {
        const { regime, stage, requestId, submittedAt, late } = payload as unknown as ReportSubmittedPayload;
        record.submissions.push({
          regime,
          stage,
          ...(requestId !== undefined && { requestId }),
          submittedAt: new Date(submittedAt),
          late,
        });
        break;
      }
      case INCIDENT_EVENTS.reportRequested: {
        const { regime, requestId, requestedAt, dueAt } = payload as unknown as ReportRequestedPayload;
        record.requests.push({
          regime,
          requestId,
          requestedAt: new Date(requestedAt),
          dueAt: new Date(dueAt),
        });
        break;
      }
      case INCIDENT_EVENTS.handlingClosed:
        record.handlingClosedAt ??= new Date((payload as unknown as HandlingClosedPayload).at);
        break;
      // Notes, decisions and playbook entries belong to the timeline, not to the clocks.
    }
  }
  return record;
}

/**
 * The record as it stood at `at`: only facts that had happened by then. Requests are kept whatever
 * their time: each carries its own window, and a report answering one is checked against it.
 */
export function recordAsOf(record: IncidentRecord, at: Date): IncidentRecord {
  const by = (instant: Date | undefined) => (instant && instant <= at ? instant : undefined);
  return {
    regimes: record.regimes,
    detectedAt: by(record.detectedAt),
    awareness: by(record.awareness?.at) && record.awareness,
    handlingClosedAt: by(record.handlingClosedAt),
    submissions: record.submissions.filter((s) => s.submittedAt <= at),
    requests: record.requests,
  };
}

/** The facts one regime's clock runs on. Intermediate reports are matched to their request by id. */
export function clockFacts(record: IncidentRecord, regime: IncidentRegime): ClockFacts {
  const mine = record.submissions.filter((s) => s.regime === regime);
  const submissions: Record<string, Date> = {};
  for (const s of mine) if (s.requestId === undefined) submissions[s.stage] ??= s.submittedAt;
  return {
    detectedAt: record.detectedAt,
    awareAt: record.awareness?.at,
    submissions,
    intermediateRequests: record.requests
      .filter((r) => r.regime === regime)
      .map((r) => ({
        id: r.requestId,
        requestedAt: r.requestedAt,
        dueAt: r.dueAt,
        submittedAt: mine.find((s) => s.requestId === r.requestId)?.submittedAt,
      })),
    handlingClosedAt: record.handlingClosedAt,
  };
}

/** Every clock of the incident at `now`, in the order its regimes were chosen. */
export function incidentClocks(
  record: IncidentRecord,
  now: Date,
): { regime: IncidentRegime; view: ClockView }[] {
  return record.regimes.map((regime) => ({
    regime,
    view: computeClock(regime, clockFacts(record, regime), now),
  }));
}

/** Stages with an operational deadline and nothing submitted, earliest deadline first (missed ones lead). */
export function openStages(clocks: readonly { regime: IncidentRegime; view: ClockView }[]): OpenStage[] {
  return clocks
    .flatMap(({ regime, view }) => view.stages.map((stage) => ({ regime, stage })))
    .filter(({ stage }) => !stage.submittedAt && stage.operationalDue)
    .sort((a, b) => a.stage.operationalDue!.getTime() - b.stage.operationalDue!.getTime());
}

/** What a CISO must act on: stages that are due soon or missed, soonest first. */
export function notices(open: readonly OpenStage[]): OpenStage[] {
  return open.filter(({ stage }) => stage.status === 'due-soon' || stage.status === 'missed');
}

export function findStage(
  clocks: readonly { regime: IncidentRegime; view: ClockView }[],
  regime: string,
  stage: string,
  requestId?: string,
): StageView | undefined {
  return clocks
    .find((c) => c.regime === regime)
    ?.view.stages.find((s) => s.stage === stage && s.requestId === requestId);
}
