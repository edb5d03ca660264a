import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExercisePlaybooks } from '@driehoek/exercise';
import { ExerciseMember, type Principal } from '@driehoek/identity';
import { PlaybookAttachInput } from '@driehoek/playbooks';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { CurrentPrincipal } from '../http/principal.decorator';
import { PlaybookProgressResponse } from '../http/responses';
import { ZodBody } from '../http/zod-body.decorator';

/** Playbooks followed in an exercise: attached by the facilitator, ticked off by players (socket). */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExercisePlaybooksController {
  constructor(private readonly playbooks: ExercisePlaybooks) {}

  @Get(':exerciseId/playbooks')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The attached playbooks with the state of every step, per phase, role and clock' })
  @ZodResponse(200, PlaybookProgressResponse.array())
  list(@Param('exerciseId') exerciseId: string) {
    return this.playbooks.progress(exerciseId);
  }

  @Post(':exerciseId/playbooks')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Attach a playbook from the library; every participant sees it and can tick off steps',
  })
  @ZodResponse(201, PlaybookProgressResponse)
  @ApiError(ErrorCode.NotFound, 'No such playbook')
  @ApiError(ErrorCode.Conflict, 'Attached already, or the exercise has ended or is archived')
  attach(
    @Param('exerciseId') exerciseId: string,
    @ZodBody(PlaybookAttachInput) body: PlaybookAttachInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.playbooks.attach(exerciseId, principal.email, body.playbookId);
  }
}
