import { z } from 'zod';
import { OBSERVATION_KINDS } from '../observations/observation.input';

/** The longest free answer or hot-wash point, in characters. */
export const DEBRIEF_TEXT_MAX = 4000;

const text = z.string().trim().min(1, 'must not be empty').max(DEBRIEF_TEXT_MAX);

/** A player's answer to a debrief question (socket `debrief.answer`, REST POST …/debrief). */
export const DebriefAnswerInput = z
  .object({
    questionId: z.string().min(1).max(80),
    answer: z
      .union([text, z.number().int().min(1).max(5)], {
        message: 'must be a text (a text question) or a whole number from 1 to 5 (a scale question)',
      })
      .describe('A text, or 1 (poor) to 5 (very good) for a scale question'),
    anonymous: z
      .boolean()
      .default(false)
      .describe('Store the answer with no identity at all (questions asked of every role only)'),
  })
  .strict();
export type DebriefAnswerInput = z.output<typeof DebriefAnswerInput>;

/**
 * The payload of `debrief.answered`. An anonymous answer has no `role` (and its event no actor):
 * nothing in the log links it to a role, a join code or a session.
 */
export const DebriefAnsweredPayload = z.object({
  questionId: z.string(),
  answer: z.union([z.string(), z.number().int()]),
  anonymous: z.boolean(),
  role: z.string().optional().describe('The answering role; absent when anonymous'),
});
export type DebriefAnsweredPayload = z.infer<typeof DebriefAnsweredPayload>;

/** A point the facilitator captures in the group hot wash (socket `hotwash.point`, REST POST …/hotwash). */
export const HotwashPointInput = z.object({ text, kind: z.enum(OBSERVATION_KINDS).optional() }).strict();
export type HotwashPointInput = z.output<typeof HotwashPointInput>;

export const HotwashPointPayload = z.object({
  pointId: z.uuid(),
  text: z.string(),
  kind: z.enum(OBSERVATION_KINDS).optional(),
  capturedBy: z.string().describe('The facilitator’s e-mail address'),
});
export type HotwashPointPayload = z.infer<typeof HotwashPointPayload>;
