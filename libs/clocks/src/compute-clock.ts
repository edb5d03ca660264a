import { resolveCalendar, type CalendarOptions } from './calendar-options';
import type { ClockDefinition, StageDefinition } from './clock-definition';
import { clockDefinition } from './clock-definitions';
import type { ClockRegime } from './clock-stages';
import type { ClockView, StageView } from './clock-view';
import type { CountedPeriod } from './counted-period';
import { HolidayCalendarRangeError } from './dutch-holidays';
import { legalLatest } from './legal-latest';
import { nextTransition } from './next-transition';
import { operationalDue } from './operational-due';
import { dueSoonFrom, stageStatus } from './stage-status';

export interface IntermediateRequest {
  id: string;
  requestedAt: Date;
  /** Set by the requester. */
  dueAt: Date;
  submittedAt?: Date;
}

/** Recorded facts, each its own timestamp (DOMAIN.md §7); none is inferred from another. */
export interface ClockFacts {
  /** First detection. Kept apart from awareness: no period runs from it. */
  detectedAt?: Date;
  /** t0: the logged decision by a named role that the incident (or breach) is reportable. */
  awareAt?: Date;
  /** When each stage's report was submitted, by stage id. */
  submissions?: Readonly<Partial<Record<string, Date>>>;
  intermediateRequests?: readonly IntermediateRequest[];
  handlingClosedAt?: Date;
  /** Noodverordening: when the by-law was issued, and when the next council meeting is. */
  issuedAt?: Date;
  councilMeetingAt?: Date;
  /** Custom clocks: the period after t0, read as a period in hours. */
  periodMs?: number;
}

/** Where a stage stands before status: its start and deadlines, or what it waits for. */
interface Resolved {
  startedAt: Date | null;
  operationalDue: Date | null;
  legalLatest: Date | null;
  waitingFor?: string;
  notRequired?: string;
}

/**
 * What a stage with `whenStillOpen` leaves for the progress report that stands in for it: the same
 * window (from the stage's start to its due), why it will never be required, or what it waits for.
 */
type StillOpen =
  { startedAt: Date; due: Date; legalLatest: Date | null } | { notRequired: string } | { waitingFor: string };

interface Context {
  definition: ClockDefinition;
  facts: ClockFacts;
  now: Date;
  calendar: Required<CalendarOptions>;
  /** Filled in stage order: a progress report comes after the stage it stands in for. */
  stillOpen: Map<string, StillOpen>;
}

const HOUR_MS = 3_600_000;
const NO_DEADLINE = { operationalDue: null, legalLatest: null };
const waiting = (waitingFor: string): Resolved => ({ startedAt: null, ...NO_DEADLINE, waitingFor });

/**
 * Every stage of a clock at `now`, from the recorded facts alone: a pure function, so the view at
 * any moment can be recomputed and tested. Facts are taken as recorded; pass only those known at `now`.
 */
export function computeClock(
  clock: ClockRegime | ClockDefinition,
  facts: ClockFacts,
  now: Date,
  options?: CalendarOptions,
): ClockView {
  const definition: ClockDefinition = typeof clock === 'string' ? clockDefinition(clock) : clock;
  const ctx: Context = { definition, facts, now, calendar: resolveCalendar(options), stillOpen: new Map() };
  const stages = definition.stages.flatMap((stage) =>
    stage.start.on === 'request'
      ? requestViews(stage, ctx)
      : [view(stage, resolve(stage, ctx), facts.submissions?.[stage.id], ctx)],
  );
  return {
    regime: definition.regime,
    label: definition.label,
    now,
    stages,
    nextTransitionAt: nextTransition(stages, now),
  };
}

/** The instant at which the clock next needs a look: computeClock(…).nextTransitionAt. */
export function nextClockTransition(
  clock: ClockRegime | ClockDefinition,
  facts: ClockFacts,
  now: Date,
  options?: CalendarOptions,
): Date | null {
  return computeClock(clock, facts, now, options).nextTransitionAt;
}

function resolve(stage: StageDefinition, ctx: Context): Resolved {
  const t0 = startOf(stage, ctx);
  if (!(t0 instanceof Date)) {
    if (stage.whenStillOpen && t0.waitingFor) ctx.stillOpen.set(stage.id, { waitingFor: t0.waitingFor });
    return t0;
  }
  const resolved = deadlinesFrom(stage, t0, ctx);
  return stage.whenStillOpen ? checkStillOpen(stage, stage.whenStillOpen.period, resolved, ctx) : resolved;
}

function startOf(stage: StageDefinition, ctx: Context): Date | Resolved {
  const { facts } = ctx;
  const start = stage.start;
  switch (start.on) {
    case 'awareness':
      return (
        facts.awareAt ??
        waiting('awareness of the incident (a logged decision; detection alone starts nothing)')
      );
    case 'submission':
      return facts.submissions?.[start.of] ?? waiting(`submission of the ${labelOf(start.of, ctx)}`);
    case 'request':
      return waiting(`a request from ${start.by.en}`);
    case 'by-law-issued':
      return facts.issuedAt ?? waiting('the emergency by-law (noodverordening) being issued');
    case 'still-open-when-due': {
      const outcome = ctx.stillOpen.get(start.of);
      if (!outcome) return waiting(`the ${labelOf(start.of, ctx)} starting while handling is open`);
      if ('waitingFor' in outcome) return waiting(outcome.waitingFor);
      if ('notRequired' in outcome)
        return { startedAt: null, ...NO_DEADLINE, notRequired: outcome.notRequired };
      return outcome.startedAt;
    }
  }
}

function deadlinesFrom(stage: StageDefinition, t0: Date, ctx: Context): Resolved {
  const { period } = stage;
  if (!('open' in period)) return counted(t0, period, ctx);
  const { councilMeetingAt, periodMs } = ctx.facts;
  switch (period.open) {
    case 'without-undue-delay':
    case 'set-by-requester': // requests carry their own due instant (requestViews)
      return { startedAt: t0, ...NO_DEADLINE };
    case 'next-council-meeting':
      return councilMeetingAt
        ? { startedAt: t0, operationalDue: councilMeetingAt, legalLatest: councilMeetingAt }
        : { startedAt: t0, ...NO_DEADLINE, waitingFor: 'the date of the next council meeting' };
    case 'set-by-scenario':
      return periodMs === undefined
        ? { startedAt: t0, ...NO_DEADLINE, waitingFor: 'a period for this custom clock' }
        : counted(t0, { hours: periodMs / HOUR_MS }, ctx);
    case 'when-trigger-falls-due': {
      const outcome =
        stage.start.on === 'still-open-when-due' ? ctx.stillOpen.get(stage.start.of) : undefined;
      return outcome && 'due' in outcome
        ? { startedAt: t0, operationalDue: outcome.due, legalLatest: outcome.legalLatest }
        : { startedAt: t0, ...NO_DEADLINE };
    }
  }
}

function counted(t0: Date, period: CountedPeriod, ctx: Context): Resolved {
  return {
    startedAt: t0,
    operationalDue: operationalDue(t0, period, ctx.calendar),
    legalLatest: legalLatestIfCovered(t0, period, ctx),
  };
}

/** No legal reading where the holiday calendar does not reach (before 1980): shown as none, not guessed. */
function legalLatestIfCovered(t0: Date, period: CountedPeriod, ctx: Context): Date | null {
  try {
    return legalLatest(t0, period, ctx.calendar);
  } catch (error) {
    if (error instanceof HolidayCalendarRangeError) return null;
    throw error;
  }
}

/**
 * NIS2 art. 23(4)(e): if the incident is still ongoing when this stage (the final report) falls due,
 * a progress report is due then, and this stage runs again from handling closed.
 *
 * The progress report is known to be required from the moment this stage starts (the notification's
 * submission: from then its due instant is known) as long as handling is open and this stage's
 * report is not in. So it shares this stage's window: it can be submitted, and is met, from this
 * stage's start up to and including its due instant, and is met late or missed after it. It stops
 * being required (notRequired) the moment handling closes, or this stage's report is submitted, at
 * or before the due instant; a progress report already submitted by then stays on record, met.
 * Only once the due instant has passed with handling still open does this stage move.
 */
function checkStillOpen(
  stage: StageDefinition,
  restart: CountedPeriod,
  resolved: Resolved,
  ctx: Context,
): Resolved {
  const { startedAt, operationalDue: due, legalLatest } = resolved;
  if (!startedAt || !due || !stage.whenStillOpen) return resolved;
  const { handlingClosedAt, submissions } = ctx.facts;
  const submittedAt = submissions?.[stage.id];
  const label = labelOf(stage.id, ctx);
  const window = { startedAt, due, legalLatest };
  const ruledOut =
    submittedAt && submittedAt <= due
      ? `the ${label} was submitted by its due time`
      : handlingClosedAt && handlingClosedAt <= due
        ? `handling of the incident was closed before the ${label} fell due`
        : undefined;
  if (ruledOut) {
    const progressSubmitted = submissions?.[stage.whenStillOpen.progressReport] !== undefined;
    ctx.stillOpen.set(stage.id, progressSubmitted ? window : { notRequired: ruledOut });
    return resolved;
  }
  ctx.stillOpen.set(stage.id, window);
  if (ctx.now <= due) return resolved;
  return handlingClosedAt
    ? counted(handlingClosedAt, restart, ctx)
    : waiting('handling of the incident being closed');
}

function requestViews(stage: StageDefinition, ctx: Context): StageView[] {
  const requests = ctx.facts.intermediateRequests ?? [];
  if (requests.length === 0) return [view(stage, resolve(stage, ctx), undefined, ctx)];
  return requests.map((request) =>
    view(
      stage,
      { startedAt: request.requestedAt, operationalDue: request.dueAt, legalLatest: request.dueAt },
      request.submittedAt,
      ctx,
      request.id,
    ),
  );
}

function view(
  stage: StageDefinition,
  resolved: Resolved,
  submittedAt: Date | undefined,
  ctx: Context,
  requestId?: string,
): StageView {
  const { startedAt, operationalDue, legalLatest, waitingFor, notRequired } = resolved;
  const soon = dueSoonFrom(stage.dueSoon, startedAt, operationalDue);
  const result: StageView = {
    stage: stage.id,
    label: stage.label,
    recipient: stage.recipient,
    startedAt,
    operationalDue,
    legalLatest,
    dueSoonFrom: soon,
    status: stageStatus({ operationalDue, dueSoonFrom: soon, submittedAt }, ctx.now),
  };
  if (requestId !== undefined) result.requestId = requestId;
  if (submittedAt) result.submittedAt = submittedAt;
  if (submittedAt && legalLatest) result.withinLegalLatest = submittedAt <= legalLatest;
  if (waitingFor) result.waitingFor = waitingFor;
  if (notRequired) result.notRequired = notRequired;
  return result;
}

/** "Incident notification" → "incident notification", for sentences. */
function labelOf(stageId: string, ctx: Context): string {
  const label = ctx.definition.stages.find((s) => s.id === stageId)?.label.en ?? stageId;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
