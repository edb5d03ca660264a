import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@driehoek/core';
import pino from 'pino';
import { AppModule } from '../app.module';
import { createOpenApiDocument } from './openapi';
import { UNPREFIXED } from './route-table';

/**
 * The app's OpenAPI document without starting it: Nest's preview mode builds the module graph
 * but instantiates no provider, so no database or Redis is needed. The end-to-end test checks
 * that the running app serves the same document.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({}), pino({ level: 'silent' })), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  // As bootstrap.ts does: the paths depend on it.
  app.setGlobalPrefix('api', { exclude: UNPREFIXED });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
