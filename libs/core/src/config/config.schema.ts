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
const seconds = (fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .positive('must be positive')
      .default(fallback),
  );

const perMinute = (fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .positive('must be positive')
      .max(100_000)
      .default(fallback),
  );

export const ConfigSchema = z
  .object({
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
    REDIS_PREFIX: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, dashes or underscores')
        .default('driehoek'),
    ),
    // Distributed setup: `false` leaves the firing of injects and clocks to apps/worker processes.
    API_RUNS_WORKER: z.preprocess(
      emptyAsUndefined,
      z
        .enum(['true', 'false'])
        .default('true')
        .transform((v) => v === 'true'),
    ),
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data')),
    SCENARIOS_DIR: z.preprocess(emptyAsUndefined, z.string().default('./scenarios')),
    PLAYBOOKS_DIR: z.preprocess(emptyAsUndefined, z.string().default('./playbooks')),
    PUBLIC_URL: url(['http:', 'https:'], 'https://driehoek.example.nl'),
    DRIEHOEK_ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email('must be an e-mail address').optional()),
    DRIEHOEK_ADMIN_PASSWORD: z.preprocess(
      emptyAsUndefined,
      z.string().min(12, 'must be at least 12 characters').max(256).optional(),
    ),
    DRIEHOEK_ORGANISATION_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).max(200).default('Beheer')),
    ACCESS_TOKEN_TTL: seconds(900),
    REFRESH_TOKEN_TTL: seconds(12 * 3600),
    CORS_ORIGINS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('')
        .transform((value) =>
          value
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
        )
        .refine(
          (origins) => origins.every((o) => /^https?:\/\/[^/]+$/.test(o)),
          'must be a comma-separated list of origins such as https://oefening.example.nl',
        ),
    ),
    TRUST_PROXY: z.preprocess(
      emptyAsUndefined,
      z
        .enum(['true', 'false'])
        .default('false')
        .transform((v) => v === 'true'),
    ),
    // The realtime channel's limits (docs/security.md). Per connection; a role's connections
    // together get twice the per-connection rate.
    REALTIME_WRITES_PER_MINUTE: perMinute(6),
    REALTIME_STEPS_PER_MINUTE: perMinute(30),
    REALTIME_ACKS_PER_MINUTE: perMinute(60),
    REALTIME_RESYNCS_PER_MINUTE: perMinute(12),
    REALTIME_CONNECTIONS_PER_JOIN_CODE: perMinute(10),
    REALTIME_HANDSHAKES_PER_ADDRESS: perMinute(20),
    REALTIME_JOIN_FAILURES_PER_MINUTE: perMinute(30),
    // How long checking one uploaded scenario may take, on its worker thread, before the upload is
    // refused (422) and the thread terminated. A real scenario takes a few tens of milliseconds.
    SCENARIO_VALIDATION_TIMEOUT_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: 'must be a whole number of milliseconds' })
        .int('must be a whole number of milliseconds')
        .positive('must be positive')
        .max(600_000, 'must be at most 600000 (ten minutes)')
        .default(2000),
    ),
    // How long making one report or MSEL PDF may take, in CPU time of its render thread, before
    // it is answered 503 and the thread terminated. The PDF of a 10,000-event exercise takes 3-5 s.
    REPORT_RENDER_TIMEOUT_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: 'must be a whole number of milliseconds' })
        .int('must be a whole number of milliseconds')
        .positive('must be positive')
        .max(600_000, 'must be at most 600000 (ten minutes)')
        .default(60_000),
    ),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
  })
  .superRefine((config, ctx) => {
    // Without Redis nothing else could fire injects: the api process must.
    if (!config.API_RUNS_WORKER && !config.REDIS_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['API_RUNS_WORKER'],
        message:
          'can be false only in the distributed setup (REDIS_URL set), where apps/worker fires injects',
      });
    // The first admin needs both; one without the other is a typo, not a choice.
    if (Boolean(config.DRIEHOEK_ADMIN_EMAIL) !== Boolean(config.DRIEHOEK_ADMIN_PASSWORD)) {
      const missing = config.DRIEHOEK_ADMIN_EMAIL ? 'DRIEHOEK_ADMIN_PASSWORD' : 'DRIEHOEK_ADMIN_EMAIL';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'must be set together with the other DRIEHOEK_ADMIN_* variable',
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;
