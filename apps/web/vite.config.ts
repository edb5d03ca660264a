import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is built into static files that the api serves (apps/api/src/http/web-console.ts):
 * same origin as /api and the realtime channel, so the app needs no base URL and no CORS.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The server puts a fresh nonce in each page where this stands (apps/api/src/http/web-console.ts):
  // the scenario editor (CodeMirror) writes its styles into a <style> element, which the console's
  // policy admits only with that nonce. The page's own tags carry it too; they need not.
  html: { cspNonce: 'DRIEHOEK_CSP_NONCE' },
  // Staff and players use current browsers; tablets in a crisis room are not always updated daily.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsDir: 'assets', sourcemap: false },
  server: {
    // `npx vite apps/web` during development: the api on :3000 answers /api and /socket.io.
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
