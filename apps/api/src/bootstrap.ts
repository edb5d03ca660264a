import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { HttpExceptionFilter, NestPinoLogger, type Config } from '@driehoek/core';
import type { Logger } from 'pino';
import { AppModule, CONTROLLERS, GATEWAYS } from './app.module';
import { DriehoekIoAdapter } from './gateway/io.adapter';
import { assertEverySocketEventHasPolicy, socketEventTable } from './gateway/socket-policy';
import { useBodyParsers } from './http/body-parsers';
import { setupOpenApi } from './http/openapi';
import { requestLogger } from './http/request-logger';
import { UNPREFIXED, assertEveryRouteHasPolicy, routeTable } from './http/route-table';
import { useSecurity } from './http/security';
import { useUntrustedInputCheck } from './http/untrusted-input';
import { useWebConsole } from './http/web-console';

/** Builds the HTTP application; used by main.ts and by the end-to-end tests alike. */
export async function createApp(config: Config, logger: Logger): Promise<NestExpressApplication> {
  assertEveryRouteHasPolicy(routeTable(CONTROLLERS));
  assertEverySocketEventHasPolicy(socketEventTable(GATEWAYS));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  useSecurity(app, config);
  app.use(requestLogger(logger));
  useBodyParsers(app);
  useUntrustedInputCheck(app);
  app.setGlobalPrefix('api', { exclude: UNPREFIXED });
  app.useGlobalFilters(new HttpExceptionFilter(logger.child({ context: 'http' })));
  app.useWebSocketAdapter(new DriehoekIoAdapter(app, config, logger));
  setupOpenApi(app);
  useWebConsole(app);
  return app;
}
