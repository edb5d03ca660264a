import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExerciseService } from '@driehoek/exercise';
import { Public } from '@driehoek/identity';
import type { Request } from 'express';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { PlayerJoinResponse } from '../http/responses';
import { Throttle } from '../http/throttle.guard';
import { ZodBody } from '../http/zod-body.decorator';

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
  @ZodResponse(200, PlayerJoinResponse)
  @ApiError(ErrorCode.Unauthorized, '"invalid code", whatever the reason')
  join(@ZodBody(Join) body: z.infer<typeof Join>, @Req() request: Request) {
    return this.exercises.join(body.code, request.ip ?? null);
  }
}
