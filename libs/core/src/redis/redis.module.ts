import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CONFIG } from '../config/config.module';
import type { Config } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';

export const REDIS = Symbol('REDIS');

/** The Redis connection when REDIS_URL is set, `null` in embedded mode. */
export type RedisConnection = Redis | null;

class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisConnection) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.redis?.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis?.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [CONFIG, LOGGER],
      useFactory: (config: Config, logger: Logger): RedisConnection => {
        if (!config.REDIS_URL) return null;
        const redis = new Redis(config.REDIS_URL, {
          lazyConnect: false,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
        });
        // Redis is only a trigger and a fan-out: losing it is reported by /health, never fatal.
        redis.on('error', (error: Error) =>
          logger.warn({ context: 'Redis', err: error.message }, 'redis connection problem'),
        );
        return redis;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
