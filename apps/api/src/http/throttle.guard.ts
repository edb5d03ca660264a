import {
  Injectable,
  SetMetadata,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, ErrorCode, RateLimiter, type RateLimit } from '@driehoek/core';
import type { Request, Response } from 'express';
import { ApiError } from './api-response.decorator';

const THROTTLE_KEY = 'driehoek:throttle';

/** Limits attempts per client address on this route (login, join, setup): guessing takes forever. */
export const Throttle = (name: string, limit: RateLimit) =>
  applyDecorators(
    SetMetadata(THROTTLE_KEY, { name, ...limit }),
    ApiError(
      ErrorCode.TooManyRequests,
      `More than ${limit.limit} attempts in ${limit.windowMs / 1000} s from this address; \`Retry-After\` says when to try again`,
    ),
  );

@Injectable()
export class ThrottleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const throttle = this.reflector.get<(RateLimit & { name: string }) | undefined>(
      THROTTLE_KEY,
      context.getHandler(),
    );
    if (!throttle) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const decision = await this.limiter.hit(`${throttle.name}:${request.ip ?? 'unknown'}`, throttle);
    if (!decision.allowed) {
      context
        .switchToHttp()
        .getResponse<Response>()
        .setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new AppException(
        ErrorCode.TooManyRequests,
        `Too many attempts; try again in ${decision.retryAfterSeconds} s`,
      );
    }
    return true;
  }
}
