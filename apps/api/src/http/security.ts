import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import helmet from 'helmet';
import type { Config } from '@driehoek/core';

/**
 * Security headers on every response, CORS only for the origins configured, and the client
 * address taken from X-Forwarded-For only when we are told a proxy sets it.
 */
export function useSecurity(app: NestExpressApplication, config: Config): void {
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The API docs page (Swagger UI) needs inline styles and data: images; nothing else does.
        // No page of ours is ever framed: that closes clickjacking.
        directives: {
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'frame-ancestors': ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
    }),
  );
  // Tokens and setup links must never sit in a browser's or a proxy's cache.
  app.use(['/api/auth', '/api/join', '/setup'], (_request: unknown, response: Response, next: () => void) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.enableCors({
    origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });
}
