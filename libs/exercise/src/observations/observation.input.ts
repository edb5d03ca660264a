import { DB_INT_MAX } from '@driehoek/core';
import { z } from 'zod';

export const OBSERVATION_KINDS = ['strength', 'area-for-improvement'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/**
 * HSEEP's objective ratings: performed without challenges (P), with some challenges (S), with
 * major challenges (M), unable to be performed (U).
 */
export const OBJECTIVE_RATINGS = ['P', 'S', 'M', 'U'] as const;
export type ObjectiveRating = (typeof OBJECTIVE_RATINGS)[number];

/** The longest observation text, in characters. */
export const OBSERVATION_TEXT_MAX = 4000;

const scenarioId = (what: string) => z.string().min(1).max(80).describe(`The id of ${what} of the scenario`);

/** What an evaluator or facilitator sends to record an observation (socket and REST alike). */
export const ObservationInput = z
  .object({
    kind: z.enum(OBSERVATION_KINDS),
    objectiveId: scenarioId('an objective').optional(),
    expectedActionId: scenarioId('an expected action').optional(),
    roles: z.array(scenarioId('a role')).max(50).default([]).describe('The roles it is about'),
    seqs: z
      .array(z.number().int().positive().max(DB_INT_MAX))
      .max(200)
      .default([])
      .describe('The seqs of the events of this exercise it refers to'),
    text: z.string().trim().min(1, 'must not be empty').max(OBSERVATION_TEXT_MAX),
    rating: z
      .enum(OBJECTIVE_RATINGS)
      .optional()
      .describe('The objective rated P, S, M or U (HSEEP); only with objectiveId'),
    supersedes: z.uuid().optional().describe('The observationId this one corrects'),
  })
  .strict()
  .refine((o) => o.rating === undefined || o.objectiveId !== undefined, {
    path: ['rating'],
    message: 'a rating rates an objective: send objectiveId with it',
  });
export type ObservationInput = z.output<typeof ObservationInput>;

/** The payload of `observation.recorded`: the input as recorded, with its id and its observer. */
export const ObservationRecordedPayload = z.object({
  observationId: z.uuid(),
  kind: z.enum(OBSERVATION_KINDS),
  objectiveId: z.string().optional(),
  expectedActionId: z.string().optional(),
  roles: z.array(z.string()),
  seqs: z.array(z.number().int()),
  text: z.string(),
  rating: z.enum(OBJECTIVE_RATINGS).optional(),
  observer: z.string().describe('Who recorded it: the e-mail address of the evaluator or facilitator'),
  supersedes: z.uuid().optional().describe('The observationId this one corrects'),
});
export type ObservationRecordedPayload = z.infer<typeof ObservationRecordedPayload>;
