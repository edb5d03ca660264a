import type { Bilingual } from '../bilingual';
import type { ClockDefinition, StageDefinition } from '../clock-definition';
import type { ClockStageId } from '../clock-stages';
import {
  Nis2EarlyWarning,
  Nis2FinalReport,
  Nis2IntermediateReport,
  Nis2Notification,
  Nis2ProgressReport,
} from '../reports/nis2-reports';

type Nis2Stage = StageDefinition<ClockStageId<'nis2'>>;

const NIS2 = 'Directive (EU) 2022/2555 (NIS2)';
// DOMAIN.md §2: the route is one report via the NCSC portal [unverified]; keep it data.
const CSIRT: Bilingual = { nl: 'CSIRT of bevoegde autoriteit', en: 'CSIRT or competent authority' };

/** Trust service providers notify within 24 h instead of 72 h (art. 23(4)(b)); all else is shared. */
function nis2Stages(notificationHours: 24 | 72): readonly Nis2Stage[] {
  return [
    {
      id: 'early-warning',
      label: { nl: 'Vroegtijdige waarschuwing', en: 'Early warning' },
      start: { on: 'awareness' },
      period: { hours: 24 },
      recipient: CSIRT,
      legalBasis: [`${NIS2} art. 23(4)(a)`],
      report: Nis2EarlyWarning,
      dueSoon: { hours: 4 },
    },
    {
      // Counted from awareness, not from the early warning.
      id: 'notification',
      label: { nl: 'Incidentmelding', en: 'Incident notification' },
      start: { on: 'awareness' },
      period: { hours: notificationHours },
      recipient: CSIRT,
      legalBasis: [`${NIS2} art. 23(4)(b)`],
      report: Nis2Notification,
      dueSoon: { hours: notificationHours === 24 ? 4 : 12 },
    },
    {
      id: 'intermediate-report',
      label: { nl: 'Tussentijds verslag', en: 'Intermediate report' },
      start: {
        on: 'request',
        by: { nl: 'het CSIRT of de bevoegde autoriteit', en: 'the CSIRT or competent authority' },
      },
      period: { open: 'set-by-requester' },
      recipient: CSIRT,
      legalBasis: [`${NIS2} art. 23(4)(c)`],
      report: Nis2IntermediateReport,
      dueSoon: { shareOfPeriod: 1 / 6 },
    },
    {
      // From the submission of the notification, not from its due time.
      id: 'final-report',
      label: { nl: 'Eindverslag', en: 'Final report' },
      start: { on: 'submission', of: 'notification' },
      period: { months: 1 },
      whenStillOpen: { progressReport: 'progress-report', period: { months: 1 } },
      recipient: CSIRT,
      legalBasis: [`${NIS2} art. 23(4)(d)`, `${NIS2} art. 23(4)(e)`],
      report: Nis2FinalReport,
      dueSoon: { days: 3 },
    },
    {
      id: 'progress-report',
      label: { nl: 'Voortgangsverslag', en: 'Progress report' },
      // Runs in the final report's window while handling is open: due when the final report is.
      start: { on: 'still-open-when-due', of: 'final-report' },
      period: { open: 'when-trigger-falls-due' },
      recipient: CSIRT,
      legalBasis: [`${NIS2} art. 23(4)(e)`],
      report: Nis2ProgressReport,
      dueSoon: { days: 3 },
    },
  ];
}

// The Cyberbeveiligingswet transposes art. 23; its article numbers are not verified (DOMAIN.md §2).
const LEGAL_BASIS = [`${NIS2} art. 23`, 'Cyberbeveiligingswet (article numbers to be verified)'];

export const NIS2_CLOCK: ClockDefinition<'nis2'> = {
  regime: 'nis2',
  label: { nl: 'NIS2-meldplicht', en: 'NIS2 reporting' },
  legalBasis: LEGAL_BASIS,
  stages: nis2Stages(72),
};

export const NIS2_TRUST_SERVICE_CLOCK: ClockDefinition<'nis2-trust-service'> = {
  regime: 'nis2-trust-service',
  label: { nl: 'NIS2-meldplicht (vertrouwensdiensten)', en: 'NIS2 reporting (trust services)' },
  legalBasis: LEGAL_BASIS,
  stages: nis2Stages(24),
};
