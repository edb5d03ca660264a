import type { ScenarioFulfilledBy } from '@driehoek/scenario';
import type { ClockRecord } from '../metrics/deadline-compliance';
import type { DecisionLatency } from '../metrics/decision-latency';
import type { RoleAcknowledgements } from '../metrics/acknowledgement-times';
import type { ExpectedActionResult } from '../metrics/expected-actions';
import type { Intensity } from '../metrics/intensity';
import type { RoleParticipation } from '../metrics/participation';
import type { DebriefAnswer, HotwashPoint, ObjectiveRating, ReportObservation } from './observations';
import type { ImprovementPlanAppendix } from './improvement-appendix';

export const REPORT_FORMAT = 'driehoek.after-action-report';
export const REPORT_VERSION = 1;

export interface ReportRole {
  id: string;
  name: string;
  organisation: string;
}

export interface ReportExercise {
  id: string;
  title: string;
  scenarioId: string;
  scenarioTitle: string;
  scenarioVersion: number;
  scenarioSummary: string;
  timeZone: string;
  /** Where the log stands: not started, running (or paused), or ended (clock.stopped). */
  state: 'not-started' | 'running' | 'ended';
  /** The scenario's fictional start, as written and in local time. */
  scenarioStartsAt: string;
  /** Wall instants the exercise started and ended, from clock.started and clock.stopped. */
  startedAt: string | null;
  startedAtLocal: string | null;
  endedAt: string | null;
  endedAtLocal: string | null;
  roles: ReportRole[];
}

export interface ReportExpectedAction extends Omit<ExpectedActionResult, 'fulfilledBy'> {
  fulfilledBy: ScenarioFulfilledBy | null;
  /** When it was fulfilled, on scenario time in the scenario's zone. */
  at: string | null;
}

export interface ReportObjective {
  id: string;
  title: string;
  description: string | null;
  /** The latest rating an observation gave, null if none did. */
  rating: ObjectiveRating | null;
  ratings: { observer: string; rating: ObjectiveRating; seq: number }[];
  expectedActions: ReportExpectedAction[];
  strengths: ReportObservation[];
  areasForImprovement: ReportObservation[];
}

export interface TimelineEntry {
  seq: number;
  offsetMs: number;
  /** Scenario time, local. */
  at: string;
  type: string;
  /** What it is about: an inject's title, a question, a clock's label … (untrusted text). */
  subject: string | null;
  roles: string[];
  /** A branch taken (trigger.fired): why, and what it scheduled. */
  branch: {
    triggerId: string;
    decisionPointId: string | null;
    optionId: string | null;
    clockId: string | null;
    overdue: boolean;
    scheduled: string[];
  } | null;
}

export interface ReportDecision {
  seq: number;
  offsetMs: number;
  at: string;
  role: string;
  decisionPointId: string | null;
  question: string | null;
  owner: string | null;
  optionId: string | null;
  optionLabel: string | null;
  beeld: string;
  oordeel: string;
  besluit: string;
  rationale: string | null;
  decidedBy: string;
  legalBasis: string[];
  actions: { description: string; owner: string }[];
  /** decision.opened → this decision on scenario time; null for a free-standing decision. */
  latencyMs: number | null;
}

export interface ReportClockStage {
  stage: string;
  stageLabel: { nl: string; en: string };
  requestId: string | null;
  status: string;
  operationalDue: string | null;
  operationalDueLocal: string | null;
  legalLatest: string | null;
  legalLatestLocal: string | null;
  submittedAt: string | null;
  submittedAtLocal: string | null;
  submittedBy: string | null;
  submittedByRole: string | null;
  withinLegalLatest: boolean | null;
}

export interface ReportClock extends Omit<ClockRecord, 'stages'> {
  regimeLabel: { nl: string; en: string };
  t0At: string;
  stages: ReportClockStage[];
}

export interface ReportMetrics {
  decisionLatency: DecisionLatency;
  acknowledgements: RoleAcknowledgements[];
  deadlineCompliance: {
    clockId: string;
    stage: string;
    requestId: string | null;
    status: string;
    withinLegalLatest: boolean | null;
  }[];
  participation: RoleParticipation[];
  expectedActions: { total: number; checked: number; met: number; metLate: number; notMet: number };
  intensity: Intensity;
}

export interface ReportVerification {
  valid: boolean;
  count: number;
  headHash: string;
  brokenAt: { seq: number; reason: string } | null;
}

export interface AfterActionReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  exercise: ReportExercise;
  summary: {
    events: number;
    injectsDelivered: number;
    decisionPointsPut: number;
    decisionsRecorded: number;
    branchesTaken: number;
    reportsSubmitted: number;
    clockStages: { met: number; metLate: number; missed: number; open: number };
    observations: { strengths: number; areasForImprovement: number };
    expectedActions: ReportMetrics['expectedActions'];
  };
  objectives: ReportObjective[];
  /** Observations tied to no objective of the scenario. */
  otherObservations: ReportObservation[];
  timeline: TimelineEntry[];
  decisions: ReportDecision[];
  clocks: ReportClock[];
  metrics: ReportMetrics;
  hotwash: {
    questions: { id: string; question: string }[];
    answers: DebriefAnswer[];
    points: HotwashPoint[];
  };
  verification: ReportVerification;
  /**
   * The improvement plan as it stands when the report is made: a labelled appendix, not part of
   * the record (it changes after the exercise; everything above is a function of the log).
   */
  appendix: { improvementPlan: ImprovementPlanAppendix | null };
}
