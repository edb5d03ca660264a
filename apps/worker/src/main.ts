import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, NestPinoLogger, createLogger, loadConfigOrExit } from '@driehoek/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const loaded = loadConfigOrExit((c) => {
    const missing = !c.DATABASE_URL ? 'DATABASE_URL' : !c.REDIS_URL ? 'REDIS_URL' : undefined;
    if (missing) {
      throw new ConfigError([
        {
          variable: missing,
          message:
            'the worker runs only in the distributed setup (DATABASE_URL and REDIS_URL set); in embedded mode `npm start` runs everything in one process',
        },
      ]);
    }
  });
  // API_RUNS_WORKER is for api processes; taking the wake-ups is what this process is for.
  const config = { ...loaded, API_RUNS_WORKER: true };
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
