import { z } from 'zod';

const emptyAsUndefined = (value: unknown): unknown => (value === '' ? undefined : value);

const url = (protocols: string[], example: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(
        (value) => {
          try {
            return protocols.includes(new URL(value).protocol);
          } catch {
            return false;
          }
        },
        `must be a URL starting with ${protocols.join(' or ')}// (for example ${example})`,
      )
      .optional(),
  );

/**
 * Every environment variable the platform reads, validated once at boot. A bad value stops the
 * start with a message naming the variable, instead of failing later somewhere deep.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'must be a whole number between 1 and 65535' })
      .int('must be a whole number between 1 and 65535')
      .min(0, 'must be a whole number between 1 and 65535')
      .max(65535, 'must be a whole number between 1 and 65535')
      .default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://user:password@localhost:5432/driehoek'),
  REDIS_URL: url(['redis:', 'rediss:'], 'redis://localhost:6379'),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data')),
  SCENARIOS_DIR: z.preprocess(emptyAsUndefined, z.string().default('./scenarios')),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;
