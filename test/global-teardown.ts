import { readFile, rm } from 'node:fs/promises';
// eslint-disable-next-line no-restricted-imports -- Jest runs global teardown outside its moduleNameMapper
import type { EmbeddedPostgres } from '../libs/core/src';
// eslint-disable-next-line no-restricted-imports -- see above
import {
  TEST_RUN_ENV,
  TEST_SKIPS_ENV,
  TEST_SERVER_URL_ENV,
  TEST_TEMPLATE_ENV,
  withClient,
} from '../libs/testing/src';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { driehoekTestTeardown?: Promise<void> };
  state.driehoekTestTeardown ??= tearDown();
  await state.driehoekTestTeardown;
}

async function tearDown(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (serverUrl && template) {
    await withClient(serverUrl, async (client) => {
      // Test files drop their own databases; this catches any left by a crashed test file.
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2',
        [`driehoek_test_${process.env[TEST_RUN_ENV]}_%`, template],
      );
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    });
  }
  await (globalThis as { driehoekEmbedded?: EmbeddedPostgres }).driehoekEmbedded?.stop();

  const skipped = await readFile(process.env[TEST_SKIPS_ENV] ?? '', 'utf8').catch(() => '');
  if (skipped.trim()) {
    console.log(
      `\nSKIPPED because REDIS_URL is not set (CI always runs these):\n${skipped
        .trim()
        .split('\n')
        .map((name) => `  - ${name}`)
        .join('\n')}\n`,
    );
  }
  const scratch = (globalThis as { driehoekScratch?: string }).driehoekScratch;
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
