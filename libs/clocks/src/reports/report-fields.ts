import { z } from 'zod';

// Messages are predicates ("must not be empty"); validateReport puts the field name in front, the
// same shape as scenario errors. A missing field says so instead of naming the expected type.
const requiredOr =
  (description: string, invalid: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `is required: ${description}` : invalid;

export const yesNo = (question: string) =>
  z.boolean({ error: requiredOr(question, 'must be true or false') }).describe(question);

export const text = (description: string) =>
  z
    .string({ error: requiredOr(description, 'must be a text') })
    .trim()
    .min(1, 'must not be empty')
    .describe(description);

export const optionalText = (description: string) => text(description).optional();

export const texts = (description: string, { atLeastOne }: { atLeastOne: boolean }) => {
  const list = z.array(z.string({ error: 'must be a text' }).trim().min(1, 'must not be empty'), {
    error: requiredOr(description, 'must be a list of texts'),
  });
  return (atLeastOne ? list.min(1, 'must name at least one') : list).describe(description);
};

export const count = (description: string) =>
  z
    .number({ error: requiredOr(description, 'must be a number') })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .describe(description);

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .enum(values, { error: requiredOr(description, `must be one of: ${values.join(', ')}`) })
    .describe(description);

export const section = <T extends z.core.$ZodLooseShape>(shape: T, description: string) =>
  z.strictObject(shape, { error: requiredOr(description, 'must be an object') }).describe(description);
