/**
 * `describe` for suites that need Redis. Without REDIS_URL they are skipped and say so in the
 * report and on the console; CI always sets REDIS_URL, so there they always run.
 */
export function describeWithRedis(name: string, suite: (redisUrl: string) => void): void {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    console.warn(`SKIPPED "${name}": it needs Redis and REDIS_URL is not set.`);
    describe.skip(`${name} [SKIPPED: needs Redis, REDIS_URL not set]`, () => {
      it('should run against Redis', () => undefined);
    });
    return;
  }
  describe(name, () => suite(redisUrl));
}
