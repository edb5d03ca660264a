import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { UNPREFIXED } from './route-table';

/** Where `npm run web:build` (and `npm start`) puts the browser console (docs/web.md). */
export const WEB_DIST = resolve(process.cwd(), 'apps/web/dist');

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = ['api', 'socket.io', 'docs', 'openapi.json', 'openapi.yaml', ...UNPREFIXED];

/**
 * The console's own policy. Stricter than the one helmet gives every response (no inline styles:
 * the app has none), and without `upgrade-insecure-requests`: tablets in a crisis room may reach a
 * server on the local network over plain http, and upgrading its scripts to https would leave them
 * with a blank page. `connect-src 'self'` covers the realtime channel's ws:// on the same origin.
 * `frame-src blob:`: the server's own HTML (MSEL, after-action report) is fetched with the staff
 * token and shown from a Blob in a sandboxed frame without scripts; nothing else is framed.
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Driehoek</title></head><body>
<h1>De webconsole is nog niet gebouwd</h1>
<p>Bouw hem met <code>npm run web:build</code> (<code>npm start</code> doet dat zelf). De API draait: <a href="/docs">/docs</a>.</p>
<p lang="en">The web console has not been built: run <code>npm run web:build</code> (<code>npm start</code> does it for you). The API runs: <a href="/docs">/docs</a>.</p>
</body></html>
`;

/**
 * Serves the built console (apps/web/dist) on the api's own port, so the app, `/api` and the
 * socket.io namespace share one origin. Hashed assets are cached for good; index.html is checked
 * every time, so a new build is picked up at once. Any other page a browser asks for (GET, Accept:
 * text/html) outside the server's paths gets index.html, and the app's router takes it from there;
 * without a build, a page that says so.
 */
export function useWebConsole(app: NestExpressApplication, dist = WEB_DIST): void {
  app.useStaticAssets(dist, {
    index: false,
    setHeaders: (response: Response, path: string) => {
      if (path.startsWith(join(dist, 'assets'))) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        response.setHeader('Cache-Control', 'no-cache');
        if (extname(path) === '.html') response.setHeader('Content-Security-Policy', CONSOLE_CSP);
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!['GET', 'HEAD'].includes(request.method) || isServerPath(request.path)) return next();
    // Only a browser asking for a page gets the app: an API client's unknown path stays a JSON 404,
    // built or not.
    if (!(request.headers.accept ?? '').includes('text/html')) return next();
    // A missing file is a 404, not the app: a stale tab asking for an old asset must not get HTML.
    if (extname(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Content-Security-Policy', CONSOLE_CSP);
    response.sendFile(join(dist, 'index.html'), (error?: Error) => {
      if (!error || response.headersSent) return;
      response.status(503).type('html').send(NOT_BUILT);
    });
  });
}

function isServerPath(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return SERVER_PATHS.includes(first);
}
