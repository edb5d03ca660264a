import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REDIS, type RedisConnection } from '../redis/redis.module';

export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

export interface Health {
  status: 'ok' | 'degraded';
  checks: { database: DependencyHealth; redis?: DependencyHealth };
}

const CHECK_TIMEOUT_MS = 2000;

/** Readiness of what the platform depends on: PostgreSQL always, Redis when configured. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: RedisConnection,
  ) {}

  async check(): Promise<Health> {
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      this.redis ? probe(() => this.redis!.ping()) : Promise.resolve(undefined),
    ]);
    const up = database.status === 'up' && (!redis || redis.status === 'up');
    return { status: up ? 'ok' : 'degraded', checks: { database, ...(redis && { redis }) } };
  }
}

async function probe(check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
            CHECK_TIMEOUT_MS,
          )),
      ),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
