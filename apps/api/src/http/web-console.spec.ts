import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { NONCE_PLACEHOLDER, useWebConsole } from './web-console';

@Controller('api/ping')
class PingController {
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

async function appServing(dist: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(PingModule, { logger: false });
  useWebConsole(app, dist);
  await app.init();
  return app;
}

describe(useWebConsole.name, () => {
  let dist: string;
  let sut: NestExpressApplication;
  /** As a browser asks for a page. */
  const page = (path: string) =>
    request(sut.getHttpServer()).get(path).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');

  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), 'driehoek-web-'));
  });

  afterEach(async () => {
    await sut?.close();
    await rm(dist, { recursive: true, force: true });
  });

  describe('with a build', () => {
    beforeEach(async () => {
      await mkdir(join(dist, 'assets'));
      await writeFile(
        join(dist, 'index.html'),
        `<!doctype html><title>Driehoek</title><meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">`,
      );
      await writeFile(join(dist, 'assets/index-abc123.js'), 'console.log(1)');
      sut = await appServing(dist);
    });

    it('should serve index.html at / never stored, with a policy that allows no inline script', async () => {
      const response = await page('/').expect(200);
      expect(response.text).toContain('<title>Driehoek</title>');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-security-policy']).toContain("script-src 'self';");
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(response.headers['content-security-policy']).toContain("frame-src 'self' blob:");
    });

    it("should give each page a fresh nonce for its <style> elements, in the policy's style-src only", async () => {
      const nonces = [];
      for (const path of ['/', '/staff/scenarios/new', '/index.html']) {
        const response = await page(path).expect(200);
        const policy = response.headers['content-security-policy'];
        const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{22,})'/.exec(policy)?.[1];
        expect(nonce).toBeDefined();
        expect(response.text).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
        expect(response.text).not.toContain(NONCE_PLACEHOLDER);
        expect(policy).toContain("script-src 'self';");
        expect(response.headers['cache-control']).toBe('no-store');
        nonces.push(nonce);
      }
      expect(new Set(nonces).size).toBe(3);
    });

    it('should serve hashed assets as immutable', async () => {
      const response = await request(sut.getHttpServer()).get('/assets/index-abc123.js').expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('should answer the app for its own routes, deep links and QR links included', async () => {
      for (const path of ['/play', '/join?code=7KQ2-M9XD-4HTA', '/facilitator/exercises/x']) {
        const response = await page(path).expect(200);
        expect(response.text).toContain('<title>Driehoek</title>');
      }
    });

    it('should leave the server its paths and a missing asset its 404', async () => {
      await request(sut.getHttpServer()).get('/api/ping').expect(200, { pong: true });
      await request(sut.getHttpServer()).get('/api/nothing').expect(404);
      await request(sut.getHttpServer()).get('/health').expect(404);
      await request(sut.getHttpServer()).get('/assets/index-old.js').expect(404);
      await request(sut.getHttpServer()).post('/play').expect(404);
      await page('/assets/index-old.js').expect(404);
      await page('/api/nothing').expect(404);
    });

    it('should leave an API client asking for an unknown path its 404', async () => {
      await request(sut.getHttpServer()).get('/no/such/route').expect(404);
      await request(sut.getHttpServer()).get('/play').set('Accept', 'application/json').expect(404);
    });
  });

  it('should say how to build the console when it has not been built', async () => {
    sut = await appServing(join(dist, 'missing'));
    const response = await page('/').expect(503);
    expect(response.text).toContain('npm run web:build');
    await request(sut.getHttpServer()).get('/api/ping').expect(200);
    await request(sut.getHttpServer()).get('/no/such/route').expect(404);
  });
});
