import {
  CLOCK_STAGES,
  computeClock,
  localReadings,
  type ClockFacts,
  type IntermediateRequest,
  type ClockView,
  type StageStatus,
  type StageView,
} from '@driehoek/clocks';
import {
  clockAudience,
  offsetToSeconds,
  type Scenario,
  type ScenarioClock,
  type ScenarioTrigger,
} from '@driehoek/scenario';

/**
 * Regulatory clocks in an exercise, as a pure function of the log: the clock runs on scenario time
 * (scenario start + offset), its facts are the logged start and report submissions, and the last
 * logged status of each stage tells what changed. Replaying the log gives the same clocks.
 */

export const CLOCK_EVENTS = {
  started: 'regulatory-clock.started',
  status: 'regulatory-clock.status',
  report: 'report.submitted',
  /** The facilitator, as CSIRT or authority, asks for an intermediate report. */
  requested: 'report.requested',
  /** The facilitator sets what only the outside world decides: the council meeting, handling closed. */
  facts: 'regulatory-clock.facts',
} as const;

export interface LoggedClockEvent {
  type: string;
  offsetMs: number;
  payload: Record<string, unknown>;
}

/** What the log says about one declared clock. */
export interface ClockRecord {
  declaration: ScenarioClock;
  startedAt?: Date;
  submissions: Record<string, Date>;
  requests: IntermediateRequest[];
  councilMeetingAt?: Date;
  handlingClosedAt?: Date;
  /** The last logged status per stage key; a stage never logged is pending. */
  statuses: Map<string, StageStatus>;
}

export function stageKey(stage: Pick<StageView, 'stage' | 'requestId'>): string {
  return stage.requestId ? `${stage.stage}#${stage.requestId}` : stage.stage;
}

export function scenarioInstant(scenarioStartMs: number, offsetMs: number): Date {
  return new Date(scenarioStartMs + offsetMs);
}

export function clockRecords(
  scenario: Scenario,
  events: readonly LoggedClockEvent[],
  scenarioStartMs: number,
): Map<string, ClockRecord> {
  const records = new Map<string, ClockRecord>(
    (scenario.clocks ?? []).map((declaration) => [
      declaration.id,
      { declaration, submissions: {}, requests: [], statuses: new Map() },
    ]),
  );
  for (const event of events) {
    const record = records.get(event.payload.clockId as string);
    if (!record) continue;
    const at = scenarioInstant(scenarioStartMs, event.offsetMs);
    const { payload } = event;
    // t0 is the declared or decided moment, which a late or jumped-over start still carries.
    if (event.type === CLOCK_EVENTS.started)
      record.startedAt ??=
        typeof payload.t0OffsetMs === 'number' ? scenarioInstant(scenarioStartMs, payload.t0OffsetMs) : at;
    else if (event.type === CLOCK_EVENTS.report && payload.requestId) {
      const request = record.requests.find((r) => r.id === payload.requestId);
      if (request) request.submittedAt ??= at;
    } else if (event.type === CLOCK_EVENTS.report) record.submissions[payload.stage as string] ??= at;
    else if (event.type === CLOCK_EVENTS.requested)
      record.requests.push({
        id: payload.requestId as string,
        requestedAt: at,
        dueAt: scenarioInstant(scenarioStartMs, payload.dueOffsetMs as number),
      });
    else if (event.type === CLOCK_EVENTS.facts) {
      if (typeof payload.councilMeetingOffsetMs === 'number')
        record.councilMeetingAt = scenarioInstant(scenarioStartMs, payload.councilMeetingOffsetMs);
      if (payload.handlingClosed) record.handlingClosedAt ??= at;
    } else if (event.type === CLOCK_EVENTS.status)
      record.statuses.set(
        stageKey(event.payload as { stage: string; requestId?: string }),
        event.payload.status as StageStatus,
      );
  }
  return records;
}

/** The facts the deadline library needs, by regime: t0 is awareness, or the by-law's issue. */
export function clockFacts(record: ClockRecord): ClockFacts {
  const { declaration, startedAt, submissions, requests, councilMeetingAt, handlingClosedAt } = record;
  const facts: ClockFacts = {
    submissions,
    intermediateRequests: requests,
    councilMeetingAt,
    handlingClosedAt,
  };
  if (declaration.regime === 'noodverordening') facts.issuedAt = startedAt;
  else facts.awareAt = startedAt;
  if (declaration.regime === 'custom' && declaration.period)
    facts.periodMs = (offsetToSeconds(declaration.period) ?? 0) * 1000;
  return facts;
}

export function regulatoryClockView(record: ClockRecord, now: Date, timeZone: string): ClockView {
  return computeClock(record.declaration.regime, clockFacts(record), now, { timeZone });
}

/** Stages whose status differs from the last one logged (a stage starts out pending). */
export function statusChanges(view: ClockView, record: ClockRecord): StageView[] {
  return view.stages.filter((stage) => stage.status !== (record.statuses.get(stageKey(stage)) ?? 'pending'));
}

/** Triggers on `{clock, stage, status}`: met covers met-late; a trigger without a stage means the first. */
export function clockTriggers(
  scenario: Scenario,
  clockId: string,
  changed: readonly StageView[],
): ScenarioTrigger[] {
  const declaration = scenario.clocks?.find((c) => c.id === clockId);
  if (!declaration) return [];
  const firstStage = CLOCK_STAGES[declaration.regime][0];
  return (scenario.triggers ?? []).filter((trigger) => {
    const when = trigger.when;
    if (!('clock' in when) || when.clock !== clockId) return false;
    return changed.some(
      (stage) =>
        stage.stage === (when.stage ?? firstStage) &&
        (when.status === 'missed'
          ? stage.status === 'missed'
          : stage.status === 'met' || stage.status === 'met-late'),
    );
  });
}

/** The earliest moment any started clock changes by time alone, as an offset on the scenario clock. */
export function nextCheckOffset(views: readonly ClockView[], scenarioStartMs: number): number | null {
  const next = Math.min(...views.map((v) => v.nextTransitionAt?.getTime() ?? Infinity));
  return Number.isFinite(next) ? next - scenarioStartMs : null;
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/**
 * A clock as clients receive it: JSON, instants in UTC ISO and, under `local`, as read in the
 * scenario's time zone — the same shape as the incident register's clocks.
 */
export function clockSummary(record: ClockRecord, view: ClockView, scenario: Scenario) {
  const { declaration } = record;
  return {
    id: declaration.id,
    regime: declaration.regime,
    label: declaration.label ?? view.label.nl,
    description: declaration.description ?? null,
    role: declaration.role ?? null,
    /** Roles that see this clock and its reports (`*`: every player); staff see every clock. */
    audience: clockAudience(scenario, declaration),
    recipient: declaration.recipient ?? null,
    running: Boolean(record.startedAt),
    startedAt: iso(record.startedAt),
    startsBy: declaration.startsAt
      ? { kind: 'schedule' as const, at: declaration.startsAt }
      : declaration.startsOn
        ? { kind: 'decision' as const, ...declaration.startsOn }
        : { kind: 'awareness' as const },
    nextChangeAt: record.startedAt ? iso(view.nextTransitionAt) : null,
    local: localReadings({ startedAt: record.startedAt }, scenario.timeZone),
    stages: view.stages.map((stage) => ({
      stage: stage.stage,
      ...(stage.requestId && { requestId: stage.requestId }),
      label: stage.label,
      recipient: stage.recipient,
      status: stage.status,
      startedAt: iso(stage.startedAt),
      operationalDue: iso(stage.operationalDue),
      legalLatest: iso(stage.legalLatest),
      dueSoonFrom: iso(stage.dueSoonFrom),
      submittedAt: iso(stage.submittedAt),
      withinLegalLatest: stage.withinLegalLatest ?? null,
      waitingFor: stage.waitingFor ?? null,
      notRequired: stage.notRequired ?? null,
      local: localReadings(
        {
          startedAt: stage.startedAt,
          operationalDue: stage.operationalDue,
          legalLatest: stage.legalLatest,
          dueSoonFrom: stage.dueSoonFrom,
          submittedAt: stage.submittedAt,
        },
        scenario.timeZone,
      ),
    })),
  };
}

export type ClockSummary = ReturnType<typeof clockSummary>;
