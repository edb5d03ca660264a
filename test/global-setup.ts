import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
// eslint-disable-next-line no-restricted-imports -- Jest runs global setup outside its moduleNameMapper
import { EmbeddedPostgres, MIGRATIONS, runMigrations } from '../libs/core/src';
// eslint-disable-next-line no-restricted-imports -- see above
import {
  TEST_RUN_ENV,
  TEST_SKIPS_ENV,
  TEST_SERVER_URL_ENV,
  TEST_TEMPLATE_ENV,
  databaseUrl,
  withClient,
} from '../libs/testing/src';

/**
 * Once per run (shared by the integration and e2e projects): find a PostgreSQL server — the one in
 * DATABASE_URL, or an embedded one when unset — and migrate a template database that every test
 * file clones.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { driehoekTestSetup?: Promise<void> };
  state.driehoekTestSetup ??= setUp();
  await state.driehoekTestSetup;
}

async function setUp(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'driehoek-test-'));
  (globalThis as { driehoekScratch?: string }).driehoekScratch = scratch;
  process.env[TEST_SKIPS_ENV] = join(scratch, 'skipped-suites.txt');
  await writeFile(process.env[TEST_SKIPS_ENV], '');
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = join(scratch, 'postgres');
    const embedded = new EmbeddedPostgres({ dataDir, database: 'postgres', log: () => undefined });
    serverUrl = await embedded.start();
    (globalThis as { driehoekEmbedded?: EmbeddedPostgres }).driehoekEmbedded = embedded;
    console.log(`\nDATABASE_URL not set: tests use an embedded PostgreSQL in ${dataDir}`);
  }
  const template = `driehoek_template_${process.pid}`;
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(template)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(template)}`);
  });
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(serverUrl, template),
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
  });
  await dataSource.initialize();
  await runMigrations(dataSource, pino({ level: 'silent' }));
  await dataSource.destroy();
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
  process.env[TEST_RUN_ENV] = String(process.pid);
}
