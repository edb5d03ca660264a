import { z } from 'zod';
import { ACTION_STATUSES, CAPABILITY_ELEMENTS } from './improvement-action';

/** Request bodies and queries of the improvement plan, validated at the edge (ZodValidationPipe). */

const text = (max: number) => z.string().trim().min(1).max(max);
const ObjectiveId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be an objective id');
const CalendarDate = z.iso.date({ message: 'must be a date, YYYY-MM-DD' });

export const ActionObjectiveInput = z
  .union([
    text(2_000).describe('Free text'),
    z
      .object({ id: ObjectiveId.describe("An objective of the exercise's scenario"), title: text(2_000) })
      .strict(),
  ])
  .describe("Free text, or an exercise objective's id and title")
  .transform((objective) => (typeof objective === 'string' ? { id: null, title: objective } : objective));

/** The HSEEP columns of an action, as a new one gives them. */
export const ActionFieldsInput = z
  .object({
    objective: ActionObjectiveInput.optional(),
    areaForImprovement: text(5_000).describe('What did not go well enough'),
    correctiveAction: text(5_000).describe('What will be done about it'),
    capabilityElement: z.enum(CAPABILITY_ELEMENTS),
    responsibleOrganisation: text(200).describe('e.g. Gemeente Hofstede, Politie Oost-Nederland'),
    contactRole: text(200).optional().describe('e.g. CISO, teamleider crisiscommunicatie'),
    startDate: CalendarDate.optional(),
    dueDate: CalendarDate.optional(),
    status: z.enum(ACTION_STATUSES).optional().describe('open when left out'),
    reason: text(5_000).optional().describe('Why it is dropped: required with status dropped, only then'),
  })
  .strict();
export type ActionFieldsInput = z.infer<typeof ActionFieldsInput>;

export const ActionSourceInput = z
  .union([
    z
      .object({
        exerciseId: z.uuid(),
        observationIds: z
          .array(z.uuid())
          .max(100)
          .optional()
          .describe("The observations in the exercise's log that raised it (observation.recorded)"),
      })
      .strict(),
    z.object({ incidentId: z.uuid() }).strict(),
  ])
  .describe('An exercise of the organisation (and its observations), or an incident of its register');

export const NewImprovementAction = ActionFieldsInput.extend({ source: ActionSourceInput }).strict();
export type NewImprovementAction = z.infer<typeof NewImprovementAction>;

export const ImprovementActionPatch = z
  .object({
    objective: ActionObjectiveInput.nullable().optional(),
    areaForImprovement: text(5_000).optional(),
    correctiveAction: text(5_000).optional(),
    capabilityElement: z.enum(CAPABILITY_ELEMENTS).optional(),
    responsibleOrganisation: text(200).optional(),
    contactRole: text(200).nullable().optional(),
    startDate: CalendarDate.nullable().optional(),
    dueDate: CalendarDate.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    reason: text(5_000).optional().describe('Why it is dropped: required when status becomes dropped'),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type ImprovementActionPatch = z.infer<typeof ImprovementActionPatch>;

export const ImprovementActionQuery = z
  .object({
    status: z
      .string()
      .optional()
      .describe(`Comma-separated statuses, e.g. open,in-progress (${ACTION_STATUSES.join(', ')})`)
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const statuses = value.split(',').map((s) => s.trim());
        const unknown = statuses.filter((s) => !(ACTION_STATUSES as readonly string[]).includes(s));
        if (unknown.length) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown status ${unknown.join(', ')}; one or more of ${ACTION_STATUSES.join(', ')}`,
          });
          return z.NEVER;
        }
        return statuses as (typeof ACTION_STATUSES)[number][];
      }),
  })
  .strict();
export type ImprovementActionQuery = z.infer<typeof ImprovementActionQuery>;

export const NewRetest = z
  .object({
    objectiveId: ObjectiveId.describe("An objective of this exercise's scenario version"),
    actionId: z.uuid().describe('An open or in-progress action of the same organisation'),
  })
  .strict();
export type NewRetest = z.infer<typeof NewRetest>;
