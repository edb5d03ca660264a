import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, NestPinoLogger, createLogger, loadConfig } from '@driehoek/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    if (!config.DATABASE_URL || !config.REDIS_URL) {
      throw new ConfigError([
        {
          variable: !config.DATABASE_URL ? 'DATABASE_URL' : 'REDIS_URL',
          message:
            'the worker runs only in the distributed setup (DATABASE_URL and REDIS_URL set); in embedded mode `npm start` runs everything in one process',
        },
      ]);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: new NestPinoLogger(logger),
  });
  app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
  await app.init();
  logger.info({ context: 'main' }, 'Driehoek worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Driehoek worker could not start: ${error.message}` : error);
  process.exit(1);
});
