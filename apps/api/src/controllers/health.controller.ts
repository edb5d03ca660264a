import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthService, type Health } from '@driehoek/core';
import { Public } from '@driehoek/identity';
import { ZodResponse } from '../http/api-response.decorator';
import { HealthResponse } from '../http/responses';
import type { Response } from 'express';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public('liveness and readiness probes')
  @ApiOperation({
    summary: 'Liveness and readiness: database, Redis when configured, and the live event stream',
  })
  @ZodResponse(200, HealthResponse, 'Everything is up')
  @ZodResponse(
    503,
    HealthResponse,
    'A dependency is down, or the event stream is reconnecting; `checks` says which',
  )
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await this.health.check();
    if (health.status !== 'ok') response.status(503);
    return health;
  }
}
