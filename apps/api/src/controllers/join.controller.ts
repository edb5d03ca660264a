import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
import { ExerciseService } from '@driehoek/exercise';
import { Public } from '@driehoek/identity';
import type { Request } from 'express';
import { z } from 'zod';
import { ErrorResponse, PlayerJoinResponse } from '../http/responses';
import { Throttle } from '../http/throttle.guard';

const Join = z.object({ code: z.string().min(1).max(40) }).strict();

@ApiTags('players')
@Controller('join')
export class JoinController {
  constructor(private readonly exercises: ExerciseService) {}

  @Post()
  @HttpCode(200)
  @Public('players join with a code, without an account')
  @Throttle('join', { limit: 30, windowMs: 60_000 })
  @ApiOperation({ summary: 'Join an exercise as a player with the code of your role; no account needed' })
  @ApiResponse({ status: 200, schema: openApiSchema(PlayerJoinResponse) })
  @ApiResponse({
    status: 401,
    description: '"invalid code", whatever the reason',
    schema: openApiSchema(ErrorResponse),
  })
  @ApiResponse({
    status: 429,
    description: 'More than 30 attempts a minute from this address',
    schema: openApiSchema(ErrorResponse),
  })
  join(@Body(new ZodValidationPipe(Join)) body: z.infer<typeof Join>, @Req() request: Request) {
    return this.exercises.join(body.code, request.ip ?? null);
  }
}
