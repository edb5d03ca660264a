import { localReadings, type Bilingual, type StageStatus, type StageView } from '@driehoek/clocks';
import {
  attachedPlaybooks,
  type AttachedPlaybookProgress,
  type PlaybookLookup,
  type StepProgress,
} from '@driehoek/playbooks';
import type { IncidentEventEntity } from './incident-event.entity';
import type { LoggedIncidentEvent } from './incident-events';
import type { IncidentEntity } from './incident.entity';
import type { IncidentRegime, IncidentStatus } from './incident-regimes';
import {
  incidentClocks,
  incidentRecord,
  notices,
  openStages,
  type IncidentRecord,
  type OpenStage,
} from './incident-state';

/**
 * The incident as the API shows it: instants as ISO strings in UTC, and beside them, under
 * `local`, the same instants as a CISO reads them in Europe/Amsterdam ("2026-03-30 10:17 (CEST)").
 */

type Local<K extends string> = { local: Partial<Record<K, string>> };

type StageInstant = 'startedAt' | 'operationalDue' | 'legalLatest' | 'dueSoonFrom' | 'submittedAt';

/** The stage shape exercises show too: every field present, null when it does not apply. */
export interface StageJson extends Local<StageInstant> {
  stage: string;
  requestId?: string;
  label: Bilingual;
  recipient: Bilingual;
  status: StageStatus;
  startedAt: string | null;
  operationalDue: string | null;
  legalLatest: string | null;
  dueSoonFrom: string | null;
  submittedAt: string | null;
  withinLegalLatest: boolean | null;
  waitingFor: string | null;
  notRequired: string | null;
}

export interface ClockJson {
  regime: IncidentRegime;
  label: Bilingual;
  stages: StageJson[];
}

/** One deadline to act on: the next one, or a notice (due soon or missed). */
export interface DeadlineJson extends Local<'operationalDue' | 'legalLatest'> {
  regime: IncidentRegime;
  stage: string;
  requestId?: string;
  label: Bilingual;
  status: StageStatus;
  operationalDue: string;
  legalLatest: string | null;
}

export interface TimelineEntryJson {
  seq: number;
  type: string;
  recordedAt: string;
  actor: string | null;
  payload: Record<string, unknown>;
  hash: string;
}

/** An attached playbook's progress, as exercises show it; times on the wall clock. */
export type IncidentPlaybookJson = Omit<AttachedPlaybookProgress, 'attachedAt' | 'steps'> & {
  attachedAt: string;
  steps: (Omit<StepProgress, 'completedAt'> & { completedAt: string | null })[];
};

export interface IncidentSummaryJson {
  id: string;
  organisationId: string;
  title: string;
  description: string | null;
  status: IncidentStatus;
  regimes: IncidentRegime[];
  createdBy: string | null;
  createdAt: string;
  detectedAt: string | null;
  awareAt: string | null;
  handlingClosedAt: string | null;
  nextDeadline: DeadlineJson | null;
  noticeCount: number;
}

/** A notice across the register: which incident, and the stage that is due soon or missed. */
export interface RegisterNoticeJson extends DeadlineJson {
  incident: { id: string; title: string; status: IncidentStatus };
}

/**
 * The whole register at `now`, from one read of its logs: the lines of `GET /api/incidents`, the
 * notices of `GET /api/incidents/notices`, and when a stage next changes status by time alone.
 */
export interface RegisterBoard {
  now: Date;
  incidents: IncidentSummaryJson[];
  notices: RegisterNoticeJson[];
  /** The earliest instant after `now` at which a stage becomes due soon or missed; null if none will. */
  nextChangeAt: Date | null;
}

export interface IncidentViewJson
  extends IncidentSummaryJson, Local<'detectedAt' | 'awareAt' | 'handlingClosedAt'> {
  now: string;
  awareness: { at: string; by: string; role?: string; note?: string } | null;
  clocks: ClockJson[];
  notices: DeadlineJson[];
  timeline: TimelineEntryJson[];
  playbooks: IncidentPlaybookJson[];
}

const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null);

function stageJson(stage: StageView): StageJson {
  const { startedAt, operationalDue, legalLatest, dueSoonFrom, submittedAt } = stage;
  return {
    stage: stage.stage,
    ...(stage.requestId !== undefined && { requestId: stage.requestId }),
    label: stage.label,
    recipient: stage.recipient,
    status: stage.status,
    startedAt: iso(startedAt),
    operationalDue: iso(operationalDue),
    legalLatest: iso(legalLatest),
    dueSoonFrom: iso(dueSoonFrom),
    submittedAt: iso(submittedAt),
    withinLegalLatest: stage.withinLegalLatest ?? null,
    waitingFor: stage.waitingFor ?? null,
    notRequired: stage.notRequired ?? null,
    local: localReadings({ startedAt, operationalDue, legalLatest, dueSoonFrom, submittedAt }),
  };
}

export function deadlineJson({ regime, stage }: OpenStage): DeadlineJson {
  return {
    regime,
    stage: stage.stage,
    ...(stage.requestId !== undefined && { requestId: stage.requestId }),
    label: stage.label,
    status: stage.status,
    operationalDue: stage.operationalDue!.toISOString(),
    legalLatest: iso(stage.legalLatest),
    local: localReadings({ operationalDue: stage.operationalDue, legalLatest: stage.legalLatest }),
  };
}

/** The clocks of a record at `now`, with the open stages the summary and notices are made of. */
export function clocksAt(record: IncidentRecord, now: Date) {
  const clocks = incidentClocks(record, now);
  const open = openStages(clocks);
  return { clocks, open, notices: notices(open) };
}

function summary(
  incident: IncidentEntity,
  record: IncidentRecord,
  open: OpenStage[],
  noticeCount: number,
): IncidentSummaryJson {
  return {
    id: incident.id,
    organisationId: incident.organisationId,
    title: incident.title,
    description: incident.description,
    status: incident.status,
    regimes: incident.regimes,
    createdBy: incident.createdBy,
    createdAt: incident.createdAt.toISOString(),
    detectedAt: iso(record.detectedAt),
    awareAt: iso(record.awareness?.at),
    handlingClosedAt: iso(record.handlingClosedAt),
    nextDeadline: open[0] ? deadlineJson(open[0]) : null,
    noticeCount,
  };
}

/** A line of the register: status, next deadline and how many notices. */
export function incidentSummary(
  incident: IncidentEntity,
  events: readonly IncidentEventEntity[],
  now: Date,
): IncidentSummaryJson {
  const record = incidentRecord(events);
  const { open, notices } = clocksAt(record, now);
  return summary(incident, record, open, notices.length);
}

function playbookJson(progress: AttachedPlaybookProgress): IncidentPlaybookJson {
  return {
    ...progress,
    attachedAt: progress.attachedAt.toISOString(),
    steps: progress.steps.map((step) => ({ ...step, completedAt: iso(step.completedAt) })),
  };
}

/**
 * The full view: every clock and stage, the next deadline, the notices, the timeline and the
 * attached playbooks (`playbooks` finds each in the library as shipped now).
 */
export function incidentView(
  incident: IncidentEntity,
  events: readonly IncidentEventEntity[],
  now: Date,
  playbooks: PlaybookLookup,
): IncidentViewJson {
  const record = incidentRecord(events);
  const { clocks, open, notices } = clocksAt(record, now);
  const awareness = record.awareness;
  return {
    ...summary(incident, record, open, notices.length),
    local: localReadings({
      detectedAt: record.detectedAt,
      awareAt: awareness?.at,
      handlingClosedAt: record.handlingClosedAt,
    }),
    now: now.toISOString(),
    awareness: awareness ? { ...awareness, at: awareness.at.toISOString() } : null,
    clocks: clocks.map(({ regime, view }) => ({
      regime,
      label: view.label,
      stages: view.stages.map(stageJson),
    })),
    notices: notices.map(deadlineJson),
    timeline: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.actor,
      payload: e.payload,
      hash: e.hash,
    })),
    playbooks: attachedPlaybooks(
      events.map((e) => ({ type: e.type, at: e.recordedAt, payload: e.payload })),
      playbooks,
    ).map(playbookJson),
  };
}

/**
 * The register's lines and notices at `now` (notices soonest first, missed ones leading; closed
 * incidents count too), and the next instant at which time alone changes one of them: the
 * earliest `nextTransitionAt` of every clock (libs/clocks, next-transition.ts).
 */
export function registerBoard(
  incidents: readonly IncidentEntity[],
  logs: ReadonlyMap<string, readonly LoggedIncidentEvent[]>,
  now: Date,
): RegisterBoard {
  const due: { at: number; notice: RegisterNoticeJson }[] = [];
  let next = Infinity;
  const lines = incidents.map((incident) => {
    const record = incidentRecord(logs.get(incident.id) ?? []);
    const { clocks, open, notices } = clocksAt(record, now);
    for (const { view } of clocks)
      if (view.nextTransitionAt) next = Math.min(next, view.nextTransitionAt.getTime());
    for (const stage of notices)
      due.push({
        at: stage.stage.operationalDue!.getTime(),
        notice: {
          incident: { id: incident.id, title: incident.title, status: incident.status },
          ...deadlineJson(stage),
        },
      });
    return summary(incident, record, open, notices.length);
  });
  return {
    now,
    incidents: lines,
    notices: due.sort((a, b) => a.at - b.at).map(({ notice }) => notice),
    nextChangeAt: next === Infinity ? null : new Date(next),
  };
}
