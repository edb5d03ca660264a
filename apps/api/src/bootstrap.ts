import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { HttpExceptionFilter, NestPinoLogger, type Config } from '@driehoek/core';
import type { Logger } from 'pino';
import { AppModule, CONTROLLERS } from './app.module';
import { useBodyParsers } from './http/body-parsers';
import { setupOpenApi } from './http/openapi';
import { requestLogger } from './http/request-logger';
import { UNPREFIXED, assertEveryRouteHasPolicy, routeTable } from './http/route-table';
import { useSecurity } from './http/security';

/** Builds the HTTP application; used by main.ts and by the end-to-end tests alike. */
export async function createApp(config: Config, logger: Logger): Promise<NestExpressApplication> {
  assertEveryRouteHasPolicy(routeTable(CONTROLLERS));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  useSecurity(app, config);
  app.use(requestLogger(logger));
  useBodyParsers(app);
  app.setGlobalPrefix('api', { exclude: UNPREFIXED });
  app.useGlobalFilters(new HttpExceptionFilter(logger.child({ context: 'http' })));
  setupOpenApi(app);
  return app;
}
