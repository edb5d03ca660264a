import { num, str, type LoggedEvent } from '../model/logged-event';

export type StageOutcome = 'pending' | 'due-soon' | 'met' | 'met-late' | 'missed';

export interface StageCompliance {
  clockId: string;
  regime: string;
  stage: string;
  requestId: string | null;
  /** The stage's last logged status. */
  status: StageOutcome;
  operationalDue: string | null;
  legalLatest: string | null;
  submittedAt: string | null;
  submittedSeq: number | null;
  submittedBy: string | null;
  submittedByRole: string | null;
  /** Submitted by the legal latest; null when nothing was submitted or there is no legal latest. */
  withinLegalLatest: boolean | null;
}

export interface ClockRecord {
  clockId: string;
  regime: string;
  label: string | null;
  role: string | null;
  startedSeq: number;
  t0OffsetMs: number;
  startedAt: string | null;
  stages: StageCompliance[];
}

const key = (clockId: string, stage: string, requestId: string | undefined) =>
  `${clockId}\u0000${stage}\u0000${requestId ?? ''}`;

const OUTCOMES: readonly string[] = ['pending', 'due-soon', 'met', 'met-late', 'missed'];

/**
 * Deadline compliance per clock and stage, from the regulatory-clock.* and report.* events: the last
 * status of each stage (met / met-late / missed …) and whether the submission was by the legal latest.
 */
export function deadlineCompliance(events: readonly LoggedEvent[]): ClockRecord[] {
  const clocks = new Map<string, ClockRecord>();
  const stages = new Map<string, StageCompliance>();
  const stageOf = (e: LoggedEvent): StageCompliance | undefined => {
    const clockId = str(e.payload, 'clockId');
    const stage = str(e.payload, 'stage');
    if (!clockId || !stage) return undefined;
    const requestId = str(e.payload, 'requestId');
    const k = key(clockId, stage, requestId);
    let found = stages.get(k);
    if (!found) {
      found = {
        clockId,
        regime: str(e.payload, 'regime') ?? clocks.get(clockId)?.regime ?? '',
        stage,
        requestId: requestId ?? null,
        status: 'pending',
        operationalDue: null,
        legalLatest: null,
        submittedAt: null,
        submittedSeq: null,
        submittedBy: null,
        submittedByRole: null,
        withinLegalLatest: null,
      };
      stages.set(k, found);
      clockOf(clockId, found.regime).stages.push(found);
    }
    return found;
  };
  const clockOf = (clockId: string, regime: string): ClockRecord => {
    let clock = clocks.get(clockId);
    if (!clock) {
      clock = {
        clockId,
        regime,
        label: null,
        role: null,
        startedSeq: 0,
        t0OffsetMs: 0,
        startedAt: null,
        stages: [],
      };
      clocks.set(clockId, clock);
    }
    return clock;
  };
  for (const e of events) {
    if (e.type === 'regulatory-clock.started') {
      const clockId = str(e.payload, 'clockId');
      if (!clockId) continue;
      const clock = clockOf(clockId, str(e.payload, 'regime') ?? '');
      clock.regime = str(e.payload, 'regime') ?? clock.regime;
      clock.label = str(e.payload, 'label') ?? null;
      clock.role = str(e.payload, 'role') ?? null;
      clock.startedSeq = e.seq;
      clock.t0OffsetMs = num(e.payload, 't0OffsetMs') ?? e.offsetMs;
      clock.startedAt = str(e.payload, 'startedAt') ?? null;
    } else if (e.type === 'regulatory-clock.status') {
      const stage = stageOf(e);
      if (!stage) continue;
      const status = str(e.payload, 'status');
      if (status && OUTCOMES.includes(status)) stage.status = status as StageOutcome;
      stage.operationalDue = str(e.payload, 'operationalDue') ?? stage.operationalDue;
      stage.legalLatest = str(e.payload, 'legalLatest') ?? stage.legalLatest;
      stage.submittedAt = str(e.payload, 'submittedAt') ?? stage.submittedAt;
    } else if (e.type === 'report.submitted') {
      const stage = stageOf(e);
      if (!stage || stage.submittedSeq !== null) continue;
      stage.submittedSeq = e.seq;
      stage.submittedBy = str(e.payload, 'submittedBy') ?? null;
      stage.submittedByRole = str(e.payload, 'role') ?? null;
      stage.operationalDue = str(e.payload, 'operationalDue') ?? stage.operationalDue;
      stage.legalLatest = str(e.payload, 'legalLatest') ?? stage.legalLatest;
      if (stage.status !== 'met' && stage.status !== 'met-late')
        stage.status = e.payload.late === true ? 'met-late' : 'met';
    }
  }
  for (const stage of stages.values()) {
    if (stage.submittedAt && stage.legalLatest)
      stage.withinLegalLatest = Date.parse(stage.submittedAt) <= Date.parse(stage.legalLatest);
    else if (stage.submittedAt && (stage.status === 'met' || stage.status === 'met-late'))
      stage.withinLegalLatest = stage.status === 'met' ? true : null;
  }
  return [...clocks.values()].sort(
    (a, b) => a.startedSeq - b.startedSeq || a.clockId.localeCompare(b.clockId),
  );
}
