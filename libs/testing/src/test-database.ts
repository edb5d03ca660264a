import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by test/global-setup.ts: a PostgreSQL server to create databases on, and a migrated template. */
export const TEST_SERVER_URL_ENV = 'DRIEHOEK_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'DRIEHOEK_TEST_TEMPLATE';
/** Names this run's databases, so that two runs against one server never drop each other's. */
export const TEST_RUN_ENV = 'DRIEHOEK_TEST_RUN';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, migrated database for one test file, cloned from the template that the global setup
 * migrated once. Cloning takes milliseconds; test files never see each other's data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!serverUrl || !template)
    throw new Error('No test database server: run this suite through jest (test/global-setup.ts).');
  const name = `driehoek_test_${process.env[TEST_RUN_ENV]}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, async (client) => {
    // Two clones of one template at the same instant can collide; a short retry settles it.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`,
        );
        return;
      } catch (error) {
        if (attempt >= 10 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withClient(serverUrl, (client) =>
        client
          .query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
          .then(() => undefined),
      ),
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
