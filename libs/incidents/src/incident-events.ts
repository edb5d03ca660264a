import type { IncidentRegime } from './incident-regimes';

/**
 * The kinds of entry in an incident's log. Instants in payloads are ISO strings in UTC.
 *
 * Playbooks log their own entries here too, `playbook.attached` and `playbook.step` (PLAYBOOK_ENTRIES
 * of @driehoek/playbooks, written by IncidentPlaybooks through IncidentService.appendEntries). The
 * clock projection skips types it does not know, so those entries join the timeline and the view's
 * `playbooks` without touching the clocks.
 */
export const INCIDENT_EVENTS = {
  opened: 'incident.opened',
  detected: 'incident.detected',
  aware: 'incident.aware',
  reportSubmitted: 'report.submitted',
  reportRequested: 'report.requested',
  handlingClosed: 'incident.handling-closed',
  decision: 'incident.decision',
  note: 'incident.note',
} as const;

export type IncidentEventType = (typeof INCIDENT_EVENTS)[keyof typeof INCIDENT_EVENTS];

/** Which clocks apply, and what the register shows. */
export interface OpenedPayload {
  title: string;
  description?: string;
  regimes: IncidentRegime[];
}

/** First detection: kept apart from awareness, no period runs from it (DOMAIN.md §7). */
export interface DetectedPayload {
  at: string;
}

/** t0 of every clock: the logged decision by a named person (and role) that it is reportable. */
export interface AwarePayload {
  at: string;
  by: string;
  role?: string;
  note?: string;
}

export interface ReportSubmittedPayload {
  regime: IncidentRegime;
  stage: string;
  /** Intermediate reports: the request this one answers. */
  requestId?: string;
  /** The report as validated against its stage's required contents. */
  report: unknown;
  submittedAt: string;
  /** Submitted after the stage's operational deadline. */
  late: boolean;
  by: string;
}

/** The CSIRT asked for an intermediate report (NIS2 art. 23(4)(c)), due when it says. */
export interface ReportRequestedPayload {
  regime: IncidentRegime;
  requestId: string;
  requestedAt: string;
  dueAt: string;
  by: string;
}

export interface HandlingClosedPayload {
  at: string;
  by: string;
}

/** A free BOB note: beeld (what we know), oordeel (assessment), besluit (what we decide). */
export interface DecisionPayload {
  beeld: string;
  oordeel: string;
  besluit: string;
  by: string;
}

export interface NotePayload {
  text: string;
  by: string;
}

/** An entry as the projection reads it. */
export interface LoggedIncidentEvent {
  seq: number;
  type: string;
  recordedAt: Date;
  payload: Record<string, unknown>;
}
