import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { UNPREFIXED } from './route-table';

/** Where `npm run web:build` (and `npm start`) puts the browser console (docs/web.md). */
export const WEB_DIST = resolve(process.cwd(), 'apps/web/dist');

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = ['api', 'socket.io', 'docs', 'openapi.json', 'openapi.yaml', ...UNPREFIXED];

/**
 * What the build writes where the page's nonce goes (`html.cspNonce` in apps/web/vite.config.ts):
 * the `<meta property="csp-nonce">` the scenario editor reads, and the page's own tags.
 */
export const NONCE_PLACEHOLDER = 'DRIEHOEK_CSP_NONCE';

/**
 * The console's own policy. Stricter than the one helmet gives every response, and without
 * `upgrade-insecure-requests`: tablets in a crisis room may reach a server on the local network
 * over plain http, and upgrading its scripts to https would leave them with a blank page.
 * `connect-src 'self'` covers the realtime channel's ws:// on the same origin.
 * `frame-src blob:`: the server's own HTML (MSEL, after-action report) is fetched with the staff
 * token and shown from a Blob in a sandboxed frame without scripts; nothing else is framed.
 * Styles: the app's stylesheets, and `<style>` elements carrying this response's nonce — the
 * scenario editor's (CodeMirror writes its styles into one). No inline style otherwise, and scripts
 * from the same origin only: the nonce is not valid for scripts.
 */
function consoleCsp(nonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Driehoek</title></head><body>
<h1>De webconsole is nog niet gebouwd</h1>
<p>Bouw hem met <code>npm run web:build</code> (<code>npm start</code> doet dat zelf). De API draait: <a href="/docs">/docs</a>.</p>
<p lang="en">The web console has not been built: run <code>npm run web:build</code> (<code>npm start</code> does it for you). The API runs: <a href="/docs">/docs</a>.</p>
</body></html>
`;

/**
 * Serves the built console (apps/web/dist) on the api's own port, so the app, `/api` and the
 * socket.io namespace share one origin. Hashed assets are cached for good. The page itself
 * (index.html) carries a fresh nonce in each response, so it is never stored: a stored copy would
 * carry a nonce the next policy does not name. Any other page a browser asks for (GET, Accept:
 * text/html) outside the server's paths gets the page, and the app's router takes it from there;
 * without a build, a page that says so.
 */
export function useWebConsole(app: NestExpressApplication, dist = WEB_DIST): void {
  const sendPage = (response: Response) => {
    void readFile(join(dist, 'index.html'), 'utf8').then(
      (html) => {
        const nonce = randomBytes(16).toString('base64');
        response.setHeader('Cache-Control', 'no-store');
        response.setHeader('Content-Security-Policy', consoleCsp(nonce));
        response.type('html').send(html.replaceAll(NONCE_PLACEHOLDER, nonce));
      },
      () => {
        response.setHeader('Cache-Control', 'no-store');
        response.status(503).type('html').send(NOT_BUILT);
      },
    );
  };
  const isPage = (request: Request) => ['GET', 'HEAD'].includes(request.method);
  // Before the static files: index.html asked for by name gets its nonce too.
  app.use((request: Request, response: Response, next: NextFunction) =>
    isPage(request) && request.path === '/index.html' ? sendPage(response) : next(),
  );
  app.useStaticAssets(dist, {
    index: false,
    setHeaders: (response: Response, path: string) => {
      response.setHeader(
        'Cache-Control',
        path.startsWith(join(dist, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      // No page but index.html is built; should one appear, it gets the policy without a nonce.
      if (extname(path) === '.html') response.setHeader('Content-Security-Policy', consoleCsp());
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isPage(request) || isServerPath(request.path)) return next();
    // Only a browser asking for a page gets the app: an API client's unknown path stays a JSON 404,
    // built or not.
    if (!(request.headers.accept ?? '').includes('text/html')) return next();
    // A missing file is a 404, not the app: a stale tab asking for an old asset must not get HTML.
    if (extname(request.path)) return next();
    sendPage(response);
  });
}

function isServerPath(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return SERVER_PATHS.includes(first);
}
