import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExerciseRetests } from '@driehoek/exercise';
import { ExerciseMember, type Principal } from '@driehoek/identity';
import { NewRetest } from '@driehoek/improvement';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { CurrentPrincipal } from '../http/principal.decorator';
import { RetestResponse } from '../http/responses';
import { ZodBody } from '../http/zod-body.decorator';

/** Objectives of an exercise that re-test improvement actions of its organisation. */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExerciseRetestsController {
  constructor(private readonly retests: ExerciseRetests) {}

  @Get(':exerciseId/retests')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: "The improvement actions this exercise's objectives re-test" })
  @ZodResponse(200, RetestResponse.array())
  list(@Param('exerciseId') exerciseId: string) {
    return this.retests.list(exerciseId);
  }

  @Post(':exerciseId/retests')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: "Name an open action of the organisation that an objective of this exercise's scenario re-tests",
  })
  @ZodResponse(201, RetestResponse)
  @ApiError(
    ErrorCode.ValidationFailed,
    "objectiveId is not in the exercise's scenario version, or actionId is no open action of the organisation",
  )
  @ApiError(ErrorCode.Conflict, 'The objective re-tests the action already, or the exercise is archived')
  link(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @ZodBody(NewRetest) body: NewRetest,
  ) {
    return this.retests.link(principal, exerciseId, body);
  }
}
