import type { Bilingual } from './bilingual';
import type { ClockRegime } from './clock-stages';
import type { StageStatus } from './stage-status';

/** One stage as players see it at `now`. Instants are UTC Dates; show them in Europe/Amsterdam. */
export interface StageView {
  stage: string;
  /** Intermediate reports: one view per request. */
  requestId?: string;
  label: Bilingual;
  recipient: Bilingual;
  /** t0 of this stage; null while it waits for its trigger. */
  startedAt: Date | null;
  /** The deadline to aim for. */
  operationalDue: Date | null;
  /** The latest reading under Reg. 1182/71; shown beside, never as the target. */
  legalLatest: Date | null;
  dueSoonFrom: Date | null;
  status: StageStatus;
  submittedAt?: Date;
  /** For a submission: whether it still fell within the legal latest reading. */
  withinLegalLatest?: boolean;
  /** What is still missing before this stage has a deadline, e.g. "submission of the incident notification". */
  waitingFor?: string;
  /** Why this stage will never start, e.g. a progress report when the final report came in time. */
  notRequired?: string;
}

export interface ClockView {
  regime: ClockRegime;
  label: Bilingual;
  now: Date;
  stages: StageView[];
  /** The earliest instant after `now` at which any stage's status changes by time alone. */
  nextTransitionAt: Date | null;
}
