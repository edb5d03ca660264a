import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limit/rate-limiter';
import { Clock } from './time/clock';

/** Small shared services every feature may inject. */
@Global()
@Module({ providers: [Clock, RateLimiter], exports: [Clock, RateLimiter] })
export class CoreModule {}
