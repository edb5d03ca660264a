import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfigOrExit } from '@driehoek/core';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  // SIGINT/SIGTERM: stop accepting requests, let features finish, close the database last.
  app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
  await app.listen(config.PORT, config.HOST);
  const { port } = app.getHttpServer().address() as AddressInfo;
  logger.info(
    { context: 'main', port, embeddedDatabase: !config.DATABASE_URL, redis: Boolean(config.REDIS_URL) },
    `Driehoek listening on http://localhost:${port}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Driehoek could not start: ${error.message}` : error);
  process.exit(1);
});
