import { DataSource, type EntitySchema } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config/config.schema';
import { EmbeddedPostgres } from './embedded-postgres';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

/** Arbitrary constant: serialises migrations when several processes start at once. */
const MIGRATION_LOCK_KEY = 7_401_2024;

/**
 * The system of record: a TypeORM DataSource on PostgreSQL, migrated at start (never synchronised).
 * Without DATABASE_URL it first starts the embedded PostgreSQL under DATA_DIR.
 */
export class Database {
  private constructor(
    readonly dataSource: DataSource,
    private readonly embedded: EmbeddedPostgres | undefined,
    private readonly logger: Logger,
  ) {}

  static async open(
    config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>,
    entities: EntityList,
    logger: Logger,
  ): Promise<Database> {
    let embedded: EmbeddedPostgres | undefined;
    let url = config.DATABASE_URL;
    if (!url) {
      embedded = new EmbeddedPostgres({
        dataDir: config.DATA_DIR,
        database: 'driehoek',
        log: (level, message) => logger[level]({ context: 'EmbeddedPostgres' }, message),
      });
      url = await embedded.start();
    }
    const dataSource = new DataSource({
      type: 'postgres',
      url,
      entities,
      migrations: MIGRATIONS,
      migrationsTableName: 'migration',
      synchronize: false,
      extra: { max: 10, application_name: 'driehoek' },
    });
    try {
      await dataSource.initialize();
      await runMigrations(dataSource, logger);
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
      throw error;
    }
    return new Database(dataSource, embedded, logger);
  }

  get embeddedMode(): boolean {
    return this.embedded !== undefined;
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
    this.logger.info({ context: 'Database' }, 'database closed');
  }
}

export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied)
      logger.info({ context: 'Database' }, `applied migration ${migration.name}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
