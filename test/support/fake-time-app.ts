import type { AddressInfo } from 'node:net';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Clock } from '@driehoek/core';
import { REGISTER_SCHEDULER } from '@driehoek/incidents';
import type { FakeClock, ManualScheduler } from './engine-harness';
import { startTestApp, type TestApp } from './test-app';

/**
 * The real application (createApp, every middleware and guard) with time under the test's hand: a
 * fake Clock and a manual scheduler for the incident register's wake-ups. createApp is left as it
 * is; only the module it hands to NestFactory is compiled with the two providers replaced.
 */
export async function startFakeTimeApp(
  clock: FakeClock,
  registerScheduler: ManualScheduler,
  env: Record<string, string> = {},
): Promise<{ t: TestApp; baseUrl: string }> {
  const create = jest.spyOn(NestFactory, 'create').mockImplementationOnce(async (module, options) => {
    const moduleRef = await Test.createTestingModule({ imports: [module as DynamicModule] })
      .overrideProvider(Clock)
      .useValue(clock)
      .overrideProvider(REGISTER_SCHEDULER)
      .useValue(registerScheduler)
      .compile();
    return moduleRef.createNestApplication<NestExpressApplication>(options);
  });
  try {
    const t = await startTestApp(env);
    await t.app.listen(0, '127.0.0.1');
    return { t, baseUrl: `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}` };
  } finally {
    create.mockRestore();
  }
}
