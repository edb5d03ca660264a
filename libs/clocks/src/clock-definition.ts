import type { ZodType } from 'zod';
import type { Bilingual } from './bilingual';
import type { ClockRegime, ClockStageId } from './clock-stages';
import type { CountedPeriod } from './counted-period';

/** What starts a stage; the matching fact is named in ClockFacts. */
export type StageStart<S extends string = string> =
  | { on: 'awareness' }
  | { on: 'submission'; of: S }
  | { on: 'request'; by: Bilingual }
  | { on: 'by-law-issued' }
  /**
   * NIS2 art. 23(4)(e): stands in for the stage `of` in case handling is still open when that stage
   * falls due. Starts with `of` while handling is open (see computeClock's checkStillOpen).
   */
  | { on: 'still-open-when-due'; of: S };

/** A deadline that is not counted from t0 by the library. */
export interface OpenPeriod {
  open:
    | 'without-undue-delay' // no fixed deadline: pending until submitted
    | 'set-by-requester' // each request carries its own due instant
    | 'next-council-meeting' // ClockFacts.councilMeetingAt
    | 'set-by-scenario' // ClockFacts.periodMs, read as a period in hours
    | 'when-trigger-falls-due'; // the due instant (and legal latest) of the stage it stands in for
}

export type StagePeriod = CountedPeriod | OpenPeriod;

/**
 * How long before the operational deadline a stage shows as due soon, in elapsed time: `hours` and
 * `days` (24 h each) are subtracted from the due instant, not counted on the local calendar, so a
 * window that spans a DST switch opens at a local time one hour off the due's time of day.
 */
export type DueSoonWindow = { hours: number } | { days: number } | { shareOfPeriod: number };

export interface StageDefinition<S extends string = string> {
  id: S;
  label: Bilingual;
  start: StageStart<S>;
  period: StagePeriod;
  /**
   * NIS2 art. 23(4)(e): while handling is open, `progressReport` runs in this stage's window; if
   * handling is still open when this stage falls due (and it was not submitted), the progress report
   * is owed at that instant and this stage runs again, `period` from handling closed.
   */
  whenStillOpen?: { progressReport: S; period: CountedPeriod };
  /** Configurable: DOMAIN.md §2 leaves the Dutch reporting route open. */
  recipient: Bilingual;
  /** Articles as data, never in logic (DOMAIN.md §2: Cbw numbers differ between drafts). */
  legalBasis: readonly string[];
  /** The required contents of the report. */
  report: ZodType;
  /** The contents when submitted after the operational deadline, e.g. with reasons for the delay. */
  reportWhenLate?: ZodType;
  dueSoon?: DueSoonWindow;
}

export interface ClockDefinition<R extends ClockRegime = ClockRegime> {
  regime: R;
  label: Bilingual;
  legalBasis: readonly string[];
  stages: readonly StageDefinition<ClockStageId<R>>[];
}
