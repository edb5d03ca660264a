import type { ClockDefinition } from '../clock-definition';
import { AvgDataSubjectsCommunication, AvgNotification, AvgNotificationLate } from '../reports/avg-reports';

const GDPR = 'Regulation (EU) 2016/679 (GDPR / AVG)';

export const AVG_CLOCK: ClockDefinition<'avg'> = {
  regime: 'avg',
  label: { nl: 'Meldplicht datalekken (AVG)', en: 'Personal data breach (GDPR)' },
  legalBasis: [`${GDPR} art. 33`, `${GDPR} art. 34`],
  stages: [
    {
      id: 'notification',
      label: {
        nl: 'Melding aan de Autoriteit Persoonsgegevens',
        en: 'Notification to the Autoriteit Persoonsgegevens',
      },
      start: { on: 'awareness' },
      period: { hours: 72 },
      recipient: { nl: 'Autoriteit Persoonsgegevens', en: 'Autoriteit Persoonsgegevens (Dutch DPA)' },
      legalBasis: [`${GDPR} art. 33(1), (3), (4)`],
      report: AvgNotification,
      reportWhenLate: AvgNotificationLate,
      dueSoon: { hours: 12 },
    },
    {
      // Only for a high risk to people; "without undue delay" has no fixed deadline.
      id: 'data-subjects',
      label: { nl: 'Mededeling aan betrokkenen', en: 'Communication to data subjects' },
      start: { on: 'awareness' },
      period: { open: 'without-undue-delay' },
      recipient: { nl: 'Betrokkenen (of een openbare mededeling)', en: 'Data subjects (or a public notice)' },
      legalBasis: [`${GDPR} art. 34`],
      report: AvgDataSubjectsCommunication,
    },
  ],
};
