import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { REDIS, type RedisConnection } from '../redis/redis.module';

export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

export interface Health {
  status: 'ok' | 'degraded';
  checks: {
    database: DependencyHealth;
    redis?: DependencyHealth;
    [name: string]: DependencyHealth | undefined;
  };
}

/** A provider that knows its own health, e.g. a long-lived connection it keeps open. */
export interface ReportsHealth {
  health(): DependencyHealth | Promise<DependencyHealth>;
}

/**
 * Puts a provider's `health()` into `GET /health` as `checks[name]`, so a feature library reports
 * its own dependencies without this module knowing the feature.
 */
export const HealthIndicator = DiscoveryService.createDecorator<string>();

const CHECK_TIMEOUT_MS = 2000;

/**
 * Readiness of what the platform depends on: PostgreSQL always, Redis when configured, and every
 * provider marked with `@HealthIndicator`.
 */
@Injectable()
export class HealthService implements OnModuleInit {
  private indicators: [string, ReportsHealth][] = [];

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: RedisConnection,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, ReportsHealth>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: HealthIndicator.KEY })) {
      const name = this.discovery.getMetadataByDecorator(HealthIndicator, wrapper);
      if (name && wrapper.instance) found.set(name, wrapper.instance as ReportsHealth);
    }
    this.indicators = [...found];
  }

  async check(): Promise<Health> {
    const [database, redis, reported] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      this.redis ? probe(() => this.redis!.ping()) : Promise.resolve(undefined),
      Promise.all(this.indicators.map(([, indicator]) => report(indicator))),
    ]);
    const checks: Health['checks'] = { database, ...(redis && { redis }) };
    this.indicators.forEach(([name], i) => (checks[name] = reported[i]));
    const up = Object.values(checks).every((check) => !check || check.status === 'up');
    return { status: up ? 'ok' : 'degraded', checks };
  }
}

async function report(indicator: ReportsHealth): Promise<DependencyHealth> {
  try {
    return await indicator.health();
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
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
