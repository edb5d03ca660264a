import { Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException, ErrorCode } from '@driehoek/core';
import {
  DebriefAnswerInput,
  ExerciseDebrief,
  ExerciseObservations,
  HotwashPointInput,
  ObservationInput,
} from '@driehoek/exercise';
import { ExerciseMember, Public, type Principal } from '@driehoek/identity';
import { z } from 'zod';
import { ApiError, ApiStatusRule, ZodResponse } from '../http/api-response.decorator';
import { CurrentPrincipal } from '../http/principal.decorator';
import {
  DebriefAnswerResponse,
  DebriefQuestionResponse,
  DebriefResponse,
  HotwashPointCapturedResponse,
  ObservationRecordedResponse,
  ObservationResponse,
} from '../http/responses';
import { Throttle } from '../http/throttle.guard';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

const JOIN_CODE_HEADER = 'x-join-code';
const DebriefQuery = z.object({ lang: z.enum(['nl', 'en']).optional() }).strict();

/** A player's join code, sent in the X-Join-Code header (never in the URL, which is logged). */
const JoinCodeHeader = () =>
  ApiHeader({
    name: 'X-Join-Code',
    required: true,
    description: 'The join code of your role, as for POST /api/join',
  });

/**
 * Lessons learned from an exercise: evaluators' observations, the players' debrief answers and the
 * facilitator's hot-wash points. Thin: the work is in ExerciseObservations and ExerciseDebrief.
 */
@ApiTags('lessons learned')
@Controller('exercises')
export class ExerciseLearningController {
  constructor(
    private readonly observations: ExerciseObservations,
    private readonly debrief: ExerciseDebrief,
  ) {}

  @Post(':exerciseId/observations')
  @ApiBearerAuth()
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'Record an observation (strength or area for improvement), or correct one with `supersedes`; staff only',
  })
  @ZodResponse(201, ObservationRecordedResponse)
  @ApiError(
    ErrorCode.ValidationFailed,
    'An objective, expected action, role or seq the exercise does not have',
  )
  @ApiError(ErrorCode.Conflict, 'The observation named in `supersedes` was corrected already')
  @ApiStatusRule('staff.observe')
  record(
    @Param('exerciseId') exerciseId: string,
    @ZodBody(ObservationInput) body: ObservationInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.observations.record(exerciseId, principal.email, body);
  }

  @Get(':exerciseId/observations')
  @ApiBearerAuth()
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The observations as they stand: the latest of each chain of corrections' })
  @ZodResponse(200, ObservationResponse.array())
  list(@Param('exerciseId') exerciseId: string) {
    return this.observations.current(exerciseId);
  }

  @Get(':exerciseId/debrief/questions')
  @Public('players read the questions with their join code, without an account')
  @Throttle('debrief', { limit: 30, windowMs: 60_000 })
  @JoinCodeHeader()
  @ApiOperation({ summary: 'The debrief questions put to your role (player, with the join code)' })
  @ZodResponse(200, DebriefQuestionResponse.array())
  @ApiError(ErrorCode.Unauthorized, '"invalid code", whatever the reason')
  async questions(@Param('exerciseId') exerciseId: string, @Headers(JOIN_CODE_HEADER) joinCode?: string) {
    return this.debrief.questionsFor(exerciseId, await this.debrief.roleOf(exerciseId, required(joinCode)));
  }

  @Post(':exerciseId/debrief')
  @HttpCode(201)
  @Public('players answer with their join code, without an account')
  @Throttle('debrief', { limit: 30, windowMs: 60_000 })
  @JoinCodeHeader()
  @ApiOperation({
    summary:
      'Answer a debrief question after the end (player, with the join code); `anonymous: true` stores no identity at all',
  })
  @ZodResponse(201, DebriefAnswerResponse)
  @ApiError(ErrorCode.Unauthorized, '"invalid code", whatever the reason')
  @ApiError(ErrorCode.Forbidden, 'The question is not put to your role')
  @ApiError(
    ErrorCode.ValidationFailed,
    'An unknown question, the wrong kind of answer, or `anonymous` on a question asked of some roles only',
  )
  @ApiStatusRule('player.debrief')
  async answer(
    @Param('exerciseId') exerciseId: string,
    @ZodBody(DebriefAnswerInput) body: DebriefAnswerInput,
    @Headers(JOIN_CODE_HEADER) joinCode?: string,
  ) {
    return this.debrief.answer(exerciseId, await this.debrief.roleOf(exerciseId, required(joinCode)), body);
  }

  @Get(':exerciseId/debrief')
  @ApiBearerAuth()
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'Every debrief question with its answers (anonymous ones without a role) and the hot-wash points',
  })
  @ZodResponse(200, DebriefResponse)
  read(@Param('exerciseId') exerciseId: string, @ZodQuery(DebriefQuery) query: z.infer<typeof DebriefQuery>) {
    return this.debrief.read(exerciseId, query.lang);
  }

  @Post(':exerciseId/hotwash')
  @ApiBearerAuth()
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Capture a point of the group hot wash; every participant sees it' })
  @ZodResponse(201, HotwashPointCapturedResponse)
  @ApiStatusRule('facilitator.hotwash')
  capture(
    @Param('exerciseId') exerciseId: string,
    @ZodBody(HotwashPointInput) body: HotwashPointInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.debrief.capture(exerciseId, principal.email, body);
  }
}

function required(joinCode: string | undefined): string {
  if (!joinCode || joinCode.length > 40) throw new AppException(ErrorCode.Unauthorized, 'invalid code');
  return joinCode;
}
