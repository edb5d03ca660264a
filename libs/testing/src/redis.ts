import { appendFileSync } from 'node:fs';

/** File in which suites record that they were skipped; set by the global setup. */
export const TEST_SKIPS_ENV = 'DRIEHOEK_TEST_SKIPS';

/**
 * `describe` for suites that need Redis. Without REDIS_URL they are skipped and say so in the
 * report and on the console; CI always sets REDIS_URL, so there they always run.
 */
export function describeWithRedis(name: string, suite: (redisUrl: string) => void): void {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    // Jest hides the output of skipped files; the global teardown prints this list at the end.
    const skips = process.env[TEST_SKIPS_ENV];
    if (skips) appendFileSync(skips, `${name}\n`);
    describe.skip(`${name} [SKIPPED: needs Redis, REDIS_URL not set]`, () => {
      it('should run against Redis', () => undefined);
    });
    return;
  }
  describe(name, () => suite(redisUrl));
}
