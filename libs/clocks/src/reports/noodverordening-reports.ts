import { z } from 'zod';
import { optionalText, section, yesNo } from './report-fields';

const informed = (who: string) =>
  z
    .literal(true, {
      error: (issue) =>
        issue.input === undefined
          ? `is required: was ${who} informed?`
          : `must be true: ${who} must be informed`,
    })
    .describe(`${who} has been informed`);

/** Gemeentewet art. 176: the council, the King's Commissioner and the chief public prosecutor, as soon as possible. */
export const NoodverordeningNotice = z
  .strictObject({
    recipientsInformed: section(
      {
        council: informed('the municipal council'),
        kingsCommissioner: informed("the King's Commissioner"),
        chiefPublicProsecutor: informed('the chief public prosecutor'),
      },
      'who has been informed of the emergency by-law',
    ),
  })
  .describe('Notice of an emergency by-law');

/** Gemeentewet art. 176: the by-law lapses unless the next council meeting ratifies it. */
export const NoodverordeningRatification = z
  .strictObject({
    ratified: yesNo('did the council ratify the emergency by-law?'),
    decision: optionalText("the council's decision as recorded"),
  })
  .describe('Ratification of an emergency by-law');
