import type { ClockDefinition } from '../clock-definition';
import { NoodverordeningNotice, NoodverordeningRatification } from '../reports/noodverordening-reports';

const GEMEENTEWET = 'Gemeentewet art. 176';

/** The emergency by-law; the appeal to the King's Commissioner (within 24 h) is the public's clock, not ours. */
export const NOODVERORDENING_CLOCK: ClockDefinition<'noodverordening'> = {
  regime: 'noodverordening',
  label: { nl: 'Noodverordening', en: 'Emergency by-law (noodverordening)' },
  legalBasis: [GEMEENTEWET],
  stages: [
    {
      id: 'notice',
      label: { nl: 'Kennisgeving', en: 'Notice' },
      start: { on: 'by-law-issued' },
      period: { open: 'without-undue-delay' },
      recipient: {
        nl: 'Gemeenteraad, commissaris van de Koning en hoofdofficier van justitie',
        en: "Municipal council, King's Commissioner and chief public prosecutor",
      },
      legalBasis: [GEMEENTEWET],
      report: NoodverordeningNotice,
    },
    {
      id: 'ratification',
      label: { nl: 'Bekrachtiging door de raad', en: 'Ratification by the council' },
      start: { on: 'by-law-issued' },
      period: { open: 'next-council-meeting' },
      recipient: { nl: 'Gemeenteraad', en: 'Municipal council' },
      legalBasis: [GEMEENTEWET],
      report: NoodverordeningRatification,
      dueSoon: { hours: 24 },
    },
  ],
};
