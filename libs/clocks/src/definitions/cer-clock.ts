import type { ClockDefinition } from '../clock-definition';
import { CerDetailedReport, CerInitialNotification } from '../reports/cer-reports';

const CER = 'Directive (EU) 2022/2557 (CER)';
const AUTHORITY = { nl: 'Bevoegde autoriteit', en: 'Competent authority' };

export const CER_CLOCK: ClockDefinition<'cer'> = {
  regime: 'cer',
  label: { nl: 'Meldplicht kritieke entiteiten (CER)', en: 'Critical entities reporting (CER)' },
  legalBasis: [`${CER} art. 15`],
  stages: [
    {
      id: 'initial-notification',
      label: { nl: 'Eerste melding', en: 'Initial notification' },
      start: { on: 'awareness' },
      period: { hours: 24 },
      recipient: AUTHORITY,
      legalBasis: [`${CER} art. 15(1)`],
      report: CerInitialNotification,
      dueSoon: { hours: 4 },
    },
    {
      // "Where relevant", one month after the initial notification was sent.
      id: 'detailed-report',
      label: { nl: 'Gedetailleerd verslag', en: 'Detailed report' },
      start: { on: 'submission', of: 'initial-notification' },
      period: { months: 1 },
      recipient: AUTHORITY,
      legalBasis: [`${CER} art. 15(1)`],
      report: CerDetailedReport,
      dueSoon: { days: 3 },
    },
  ],
};
