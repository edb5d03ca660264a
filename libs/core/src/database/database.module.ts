import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { CONFIG } from '../config/config.module';
import type { Config } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { Database, type EntityList } from './database';

/**
 * Closes the database last: Nest runs every onModuleDestroy and beforeApplicationShutdown hook
 * before any onApplicationShutdown, so features finish their database work first.
 */
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Entities declared by feature modules through forFeature(), collected before the DataSource opens. */
const registeredEntities = new Set<EntityList[number]>();

@Module({})
class DatabaseFeatureModule {}

@Global()
@Module({})
export class DatabaseModule {
  /** A feature declares its entities beside itself, so no central list can forget one. */
  static forFeature(entities: EntityList): DynamicModule {
    for (const entity of entities) registeredEntities.add(entity);
    return { module: DatabaseFeatureModule };
  }

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: Database,
          inject: [CONFIG, LOGGER],
          useFactory: (config: Config, logger: Logger) =>
            Database.open(config, [...registeredEntities], logger),
        },
        { provide: DataSource, inject: [Database], useFactory: (database: Database) => database.dataSource },
        DatabaseLifecycle,
      ],
      exports: [Database, DataSource],
    };
  }
}
