import type { ClockDefinition } from '../clock-definition';
import { CustomReport } from '../reports/custom-report';

/** A scenario's own deadline: t0 plus ClockFacts.periodMs, read as a period in hours. */
export const CUSTOM_CLOCK: ClockDefinition<'custom'> = {
  regime: 'custom',
  label: { nl: 'Eigen termijn', en: 'Custom deadline' },
  legalBasis: [],
  stages: [
    {
      id: 'deadline',
      label: { nl: 'Termijn', en: 'Deadline' },
      start: { on: 'awareness' },
      period: { open: 'set-by-scenario' },
      recipient: { nl: 'Zoals in het scenario', en: 'As set by the scenario' },
      legalBasis: [],
      report: CustomReport,
      dueSoon: { shareOfPeriod: 1 / 6 },
    },
  ],
};
