import { z } from 'zod';
import { AppException } from '../errors/app.exception';
import { ZodValidationPipe } from './zod-validation.pipe';

const Body = z
  .object({ title: z.string().min(1), speed: z.number().max(3600).optional(), tags: z.array(z.string()) })
  .strict();

function errorsOf(value: unknown) {
  try {
    new ZodValidationPipe(Body).transform(value);
  } catch (error) {
    return (error as AppException).errors;
  }
  throw new Error('expected a refusal');
}

describe(ZodValidationPipe.name, () => {
  it.each([
    ['a missing field', { tags: [] }, { path: 'title', code: 'missing-field' }],
    ['a field of the wrong type', { title: 'x', tags: 'a' }, { path: 'tags', code: 'wrong-type' }],
    ['a value out of range', { title: 'x', tags: [], speed: 5000 }, { path: 'speed', code: 'invalid-value' }],
    ['an unknown field', { title: 'x', tags: [], by: 'me' }, { path: '', code: 'unknown-field' }],
    ['no body at all', undefined, { path: '', code: 'missing-field' }],
  ])('should name %s with a stable code', (_what, value, expected) => {
    expect(errorsOf(value)).toEqual([expect.objectContaining({ ...expected, message: expect.any(String) })]);
  });

  it('should pass a valid value through, parsed', () => {
    expect(new ZodValidationPipe(Body).transform({ title: 'x', tags: [] })).toEqual({ title: 'x', tags: [] });
  });
});
