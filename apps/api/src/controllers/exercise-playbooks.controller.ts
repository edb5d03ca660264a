import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
import { ExercisePlaybooks } from '@driehoek/exercise';
import { ExerciseMember, type Principal } from '@driehoek/identity';
import { PlaybookAttachInput } from '@driehoek/playbooks';
import { CurrentPrincipal } from '../http/principal.decorator';
import { ErrorResponse, PlaybookProgressResponse } from '../http/responses';

/** Playbooks followed in an exercise: attached by the facilitator, ticked off by players (socket). */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExercisePlaybooksController {
  constructor(private readonly playbooks: ExercisePlaybooks) {}

  @Get(':exerciseId/playbooks')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The attached playbooks with the state of every step, per phase, role and clock' })
  @ApiResponse({ status: 200, schema: openApiSchema(PlaybookProgressResponse.array()) })
  list(@Param('exerciseId') exerciseId: string) {
    return this.playbooks.progress(exerciseId);
  }

  @Post(':exerciseId/playbooks')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Attach a playbook from the library; every participant sees it and can tick off steps',
  })
  @ApiResponse({ status: 201, schema: openApiSchema(PlaybookProgressResponse) })
  @ApiResponse({
    status: 409,
    description: 'Attached already, or the exercise has ended',
    schema: openApiSchema(ErrorResponse),
  })
  attach(
    @Param('exerciseId') exerciseId: string,
    @Body(new ZodValidationPipe(PlaybookAttachInput)) body: PlaybookAttachInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.playbooks.attach(exerciseId, principal.email, body.playbookId);
  }
}
