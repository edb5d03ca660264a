import { z } from 'zod';

/** A player's report to an authority (NIS2 early warning, AVG notification …) in an exercise. */
export const ReportInput = z
  .object({
    clockId: z.string().min(1).max(80),
    stage: z.string().min(1).max(40),
    requestId: z.string().max(80).optional(),
    report: z.record(z.string(), z.unknown()).describe('The contents the stage requires; see docs/clocks.md'),
    submittedBy: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200)
      .describe('The name of the person, as typed'),
  })
  .strict();

export type ReportInput = z.infer<typeof ReportInput>;
