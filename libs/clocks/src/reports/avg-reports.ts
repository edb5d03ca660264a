import { z } from 'zod';
import { count, oneOf, optionalText, text, texts } from './report-fields';

/** GDPR art. 33(3); the information may be given in phases (33(4)), later phases as updates. */
export const AvgNotification = z
  .strictObject({
    nature: text('the nature of the personal data breach'),
    categoriesOfPeople: texts('categories of data subjects concerned', { atLeastOne: true }),
    approxPeople: count('approximate number of data subjects concerned'),
    categoriesOfRecords: texts('categories of personal data records concerned', { atLeastOne: true }),
    approxRecords: count('approximate number of personal data records concerned'),
    dpoContact: text('name and contact details of the data protection officer (FG) or other contact'),
    likelyConsequences: text('the likely consequences of the breach'),
    measures: text('measures taken or proposed, including to mitigate adverse effects'),
    reasonsForDelay: optionalText('reasons for the delay, when later than 72 hours'),
  })
  .describe('GDPR art. 33 notification to the Autoriteit Persoonsgegevens');

/** Art. 33(1): a notification after the 72 hours is accompanied by reasons for the delay. */
export const AvgNotificationLate = AvgNotification.extend({
  reasonsForDelay: text('reasons for the delay: the notification is later than 72 hours after awareness'),
});

/** Art. 34(2), (3)(c): in clear and plain language; a public notice when individual contact is disproportionate. */
export const AvgDataSubjectsCommunication = z
  .strictObject({
    channel: oneOf(['individual', 'public-notice'], 'each data subject, or a public communication'),
    nature: text('the nature of the breach, in clear and plain language'),
    dpoContact: text('name and contact details of the data protection officer (FG) or other contact'),
    likelyConsequences: text('the likely consequences of the breach'),
    measures: text('measures taken or proposed'),
  })
  .describe('GDPR art. 34 communication to data subjects');
