import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '@driehoek/core';
import { createTestDatabase, describeWithRedis, type TestDatabase } from '@driehoek/testing';
import { createApp } from '../../apps/api/src/bootstrap';

describeWithRedis('health with Redis configured', (redisUrl) => {
  let db: TestDatabase;
  const apps: NestExpressApplication[] = [];

  const boot = async (url: string): Promise<NestExpressApplication> => {
    const app = await createApp(
      loadConfig({ DATABASE_URL: db.url, REDIS_URL: url, SCENARIOS_DIR: '/nonexistent' }),
      pino({ level: 'silent' }),
    );
    await app.init();
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await db?.drop();
  });

  it('should report Redis up beside the database', async () => {
    const app = await boot(redisUrl);
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body.checks).toEqual({
      database: { status: 'up', latencyMs: expect.any(Number) },
      redis: { status: 'up', latencyMs: expect.any(Number) },
      eventStream: { status: 'up' },
    });
  });

  it('should answer 503 naming Redis when it cannot be reached', async () => {
    const app = await boot('redis://127.0.0.1:1');
    const response = await request(app.getHttpServer()).get('/health').expect(503);
    expect(response.body).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'up' }, redis: { status: 'down', error: expect.any(String) } },
    });
  });
});
