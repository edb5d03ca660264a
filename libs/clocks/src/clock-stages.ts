/** Regulatory regimes a scenario can declare (DOMAIN.md §7); custom clocks carry their own period. */
export const CLOCK_REGIMES = [
  'nis2',
  'nis2-trust-service',
  'avg',
  'cer',
  'noodverordening',
  'custom',
] as const;

export type ClockRegime = (typeof CLOCK_REGIMES)[number];

const NIS2_STAGES = [
  'early-warning',
  'notification',
  'intermediate-report',
  'final-report',
  'progress-report',
] as const;

/**
 * The stages of each regime, in the order of the law; scenario triggers refer to them by id and a
 * trigger without a stage means the first one. The definitions must list exactly these.
 */
export const CLOCK_STAGES = {
  nis2: NIS2_STAGES,
  'nis2-trust-service': NIS2_STAGES,
  avg: ['notification', 'data-subjects'],
  cer: ['initial-notification', 'detailed-report'],
  noodverordening: ['notice', 'ratification'],
  custom: ['deadline'],
} as const satisfies Record<ClockRegime, readonly string[]>;

export type ClockStageId<R extends ClockRegime = ClockRegime> = (typeof CLOCK_STAGES)[R][number];
