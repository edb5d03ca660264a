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
  /** NIS2 art. 23(4)(e): the stage `of` fell due while handling of the incident was still open. */
  | { on: 'still-open-when-due'; of: S };

/** A deadline that is not counted from t0 by the library. */
export interface OpenPeriod {
  open:
    | 'without-undue-delay' // no fixed deadline: pending until submitted
    | 'set-by-requester' // each request carries its own due instant
    | 'next-council-meeting' // ClockFacts.councilMeetingAt
    | 'set-by-scenario' // ClockFacts.periodMs, read as a period in hours
    | 'when-trigger-falls-due'; // the due instant of the stage that started this one
}

export type StagePeriod = CountedPeriod | OpenPeriod;

/** How long before the operational deadline a stage shows as due soon; days are 24 h. */
export type DueSoonWindow = { hours: number } | { days: number } | { shareOfPeriod: number };

export interface StageDefinition<S extends string = string> {
  id: S;
  label: Bilingual;
  start: StageStart<S>;
  period: StagePeriod;
  /**
   * NIS2 art. 23(4)(e): if handling is still open when this stage falls due (and it was not
   * submitted), `progressReport` falls due instead and this stage runs again from handling closed.
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
