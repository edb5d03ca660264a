import { ActionFieldsInput } from '@driehoek/improvement';
import { z } from 'zod';

/** A post-incident review by the CISO: what went well, what did not, and what will be done. */
export const NewIncidentReview = z
  .object({
    summary: z.string().trim().min(1).max(20_000).describe('What happened and how it was handled'),
    observations: z
      .array(
        z
          .object({
            kind: z.enum(['strength', 'area-for-improvement']),
            text: z.string().trim().min(1).max(5_000),
          })
          .strict(),
      )
      .max(100)
      .default([]),
    actions: z
      .array(ActionFieldsInput)
      .max(50)
      .default([])
      .describe("Raised into the organisation's improvement plan with this incident as their source"),
  })
  .strict();
export type NewIncidentReview = z.infer<typeof NewIncidentReview>;
