import { z } from 'zod';

const Id = (what: string) =>
  z
    .string({ message: `must be a ${what} id` })
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, `must be a ${what} id: lower-case letters, digits and dashes`);

/**
 * A request to tick off a playbook step, as exercises (socket `playbook.step`) and the incident
 * register (REST) receive it. Who and when are not in it: the server takes them from the
 * authenticated participant and its own clock, so nobody can record a step for someone else.
 */
export const PlaybookStepInput = z
  .object({
    playbookId: Id('playbook'),
    stepId: Id('step'),
    note: z
      .string()
      .trim()
      .max(2000, 'must be at most 2000 characters')
      .optional()
      .describe('What was done, or why it was done differently'),
  })
  .strict();

export type PlaybookStepInput = z.infer<typeof PlaybookStepInput>;

/** A request to attach a playbook from the library to an exercise or an incident. */
export const PlaybookAttachInput = PlaybookStepInput.pick({ playbookId: true });

export type PlaybookAttachInput = z.infer<typeof PlaybookAttachInput>;
