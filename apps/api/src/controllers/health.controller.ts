import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthService, openApiSchema, type Health } from '@driehoek/core';
import { Public } from '@driehoek/identity';
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
  @ApiResponse({ status: 200, description: 'Everything is up', schema: openApiSchema(HealthResponse) })
  @ApiResponse({
    status: 503,
    description: 'A dependency is down, or the event stream is reconnecting; `checks` says which',
    schema: openApiSchema(HealthResponse),
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await this.health.check();
    if (health.status !== 'ok') response.status(503);
    return health;
  }
}
