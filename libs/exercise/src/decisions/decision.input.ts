import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A decision in BOB form: beeld (picture), oordeel (judgement), besluit (decision). */
export const DecisionInput = z
  .object({
    decisionPointId: z.string().max(80).optional(),
    optionId: z.string().max(80).optional(),
    beeld: text(10_000),
    oordeel: text(10_000),
    besluit: text(10_000),
    rationale: z.string().max(10_000).optional(),
    legalBasis: z.array(text(200)).max(20).optional(),
    decidedBy: text(200).describe('The name of the person deciding, as typed'),
    actions: z
      .array(z.object({ description: text(2000), owner: text(200) }).strict())
      .max(50)
      .optional(),
    startsClocks: z
      .array(z.string().min(1).max(80))
      .max(10)
      .optional()
      .describe('Regulatory clocks this decision records awareness for (e.g. NIS2): they start now'),
  })
  .strict()
  .refine((d) => Boolean(d.decisionPointId) === Boolean(d.optionId), {
    path: ['optionId'],
    message: 'answering a decision point takes both decisionPointId and optionId',
  });

export type DecisionInput = z.infer<typeof DecisionInput>;
