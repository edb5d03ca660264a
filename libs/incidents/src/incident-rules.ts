import { clockDefinition, formatLocal, validateReport } from '@driehoek/clocks';
import type { IncidentRegime } from './incident-regimes';
import { findStage, incidentClocks, recordAsOf, type IncidentRecord } from './incident-state';

/**
 * The rules a new fact must pass before it is logged, as pure functions of the record and `now`:
 * the service turns a refusal into a 422 (`invalid`, with field paths) or a 409 (`conflict`).
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export type Refusal =
  { refused: 'invalid'; message: string; errors: FieldProblem[] } | { refused: 'conflict'; message: string };

const invalid = (path: string, message: string): Refusal => ({
  refused: 'invalid',
  message: 'The request is not valid',
  errors: [{ path, message }],
});
const conflict = (message: string): Refusal => ({ refused: 'conflict', message });

/** Instants the CISO enters may lie in the past; a little clock skew between browser and server is fine. */
const FUTURE_TOLERANCE_MS = 60_000;

/** Refuses instants in the future: a fact is recorded once it has happened. */
export function checkPast(instants: Record<string, Date | undefined>, now: Date): Refusal | undefined {
  const errors = Object.entries(instants)
    .filter(([, at]) => at && at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    .map(([path]) => ({ path, message: `must not lie in the future (it is now ${formatLocal(now)})` }));
  return errors.length ? { refused: 'invalid', message: 'The request is not valid', errors } : undefined;
}

export function checkAwareness(record: IncidentRecord): Refusal | undefined {
  const known = record.awareness;
  if (known)
    return conflict(
      `Awareness was already recorded: ${formatLocal(known.at)} by ${known.by}. It is the start of every clock and is recorded once.`,
    );
}

export function checkHandlingClosed(record: IncidentRecord): Refusal | undefined {
  if (record.handlingClosedAt)
    return conflict(`Handling of the incident was already closed at ${formatLocal(record.handlingClosedAt)}`);
}

export interface SubmissionInput {
  regime: string;
  stage: string;
  requestId?: string;
  report: unknown;
  submittedAt: Date;
}

/**
 * A report may be submitted once per stage (per request for intermediate reports), only while its
 * stage had started and was required at `submittedAt`, and with the contents its stage requires —
 * more when it is late (AVG: reasons for the delay). Late means after the operational deadline.
 * A report recorded after the fact is judged by the facts as they stood when it was submitted
 * (recordAsOf): a progress report submitted before handling closed stays valid, and a final report
 * submitted before its due is not turned away because the due has passed since.
 */
export function checkSubmission(
  record: IncidentRecord,
  input: SubmissionInput,
  now: Date,
): Refusal | { late: boolean; report: unknown } {
  const { regime, stage: stageId, requestId, submittedAt } = input;
  if (!record.regimes.includes(regime as IncidentRegime))
    return invalid('regime', `must be one of this incident's clocks: ${record.regimes.join(', ')}`);
  const definition = clockDefinition(regime as IncidentRegime).stages.find((s) => s.id === stageId);
  if (!definition) {
    const known = clockDefinition(regime as IncidentRegime).stages.map((s) => s.id);
    return invalid('stage', `must be one of: ${known.join(', ')}`);
  }
  const onRequest = definition.start.on === 'request';
  if (onRequest && requestId === undefined)
    return invalid('requestId', 'is required: name the request this intermediate report answers');
  if (!onRequest && requestId !== undefined)
    return invalid('requestId', 'is only for intermediate reports, which answer a request');
  const label = definition.label.en.toLowerCase();
  const current = findStage(incidentClocks(record, now), regime, stageId, requestId);
  if (!current) return invalid('requestId', `is not a request recorded for this incident's ${regime} clock`);
  if (current.submittedAt)
    return conflict(`The ${label} was already submitted, at ${formatLocal(current.submittedAt)}`);
  const stage = findStage(
    incidentClocks(recordAsOf(record, submittedAt), submittedAt),
    regime,
    stageId,
    requestId,
  )!;
  if (stage.notRequired) return conflict(`The ${label} is not required: ${stage.notRequired}`);
  // Started only later than submittedAt (e.g. awareness recorded after it): the date is wrong.
  const startedAt = stage.startedAt ?? current.startedAt;
  if (!startedAt) return conflict(`The ${label} has not started yet: it waits for ${stage.waitingFor}`);
  if (submittedAt < startedAt)
    return invalid('submittedAt', `must not be before the ${label} started (${formatLocal(startedAt)})`);
  const late = stage.operationalDue !== null && submittedAt > stage.operationalDue;
  const result = validateReport(regime as IncidentRegime, stageId, input.report, { late });
  if (!result.ok)
    return {
      refused: 'invalid',
      message: late
        ? `The ${label} is not complete; it is late, so it needs more (see errors)`
        : `The ${label} is not complete`,
      errors: result.errors.map((e) => ({
        path: e.path ? `report.${e.path}` : 'report',
        message: e.message,
      })),
    };
  return { late, report: result.value };
}

export interface RequestInput {
  regime: string;
  requestedAt: Date;
  dueAt: Date;
}

/** An intermediate report is requested on a clock that has one; its id numbers the incident's requests. */
export function checkRequest(record: IncidentRecord, input: RequestInput): Refusal | { requestId: string } {
  const regime = input.regime as IncidentRegime;
  const requestable = record.regimes.filter((r) =>
    clockDefinition(r).stages.some((s) => s.start.on === 'request'),
  );
  if (!requestable.includes(regime))
    return invalid(
      'regime',
      requestable.length
        ? `must be a clock of this incident with intermediate reports: ${requestable.join(', ')}`
        : 'none of the clocks of this incident has intermediate reports (only NIS2 has)',
    );
  if (input.dueAt <= input.requestedAt) return invalid('dueAt', 'must be after the request');
  return { requestId: `r${record.requests.length + 1}` };
}
