import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@driehoek/core';

export const YAML_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

export const JSON_LIMIT = '256kb';
export const YAML_LIMIT = '1mb';

/**
 * Size-limited JSON and YAML bodies. Body-parser errors happen before Nest's routing, so they get
 * their own handler here that answers in the same JSON shape as every other error.
 */
export function useBodyParsers(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_LIMIT });
  app.useBodyParser('text', { type: YAML_MEDIA_TYPES, limit: YAML_LIMIT });
  // Only the plain-HTML first-admin form posts url-encoded.
  app.useBodyParser('urlencoded', { limit: '16kb', extended: false });
  app.use(
    (error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      const tooLarge = error.type === 'entity.too.large';
      const statusCode = tooLarge
        ? 413
        : error.type === 'encoding.unsupported' || error.type === 'charset.unsupported'
          ? 415
          : 400;
      res.status(statusCode).json({
        statusCode,
        code: tooLarge
          ? ErrorCode.PayloadTooLarge
          : statusCode === 415
            ? ErrorCode.UnsupportedMediaType
            : ErrorCode.BadRequest,
        message: tooLarge
          ? 'The request body is too large'
          : `The request body could not be read: ${error.type === 'entity.parse.failed' ? 'malformed JSON' : error.message}`,
      });
    },
  );
}
