import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { RegulatoryClocks, ReportService } from '@driehoek/exercise';
import { ExerciseMember, type Principal } from '@driehoek/identity';
import { Offset, offsetToSeconds } from '@driehoek/scenario';
import { z } from 'zod';
import { ApiError, ApiStatusRule, ZodResponse } from '../http/api-response.decorator';
import { CurrentPrincipal } from '../http/principal.decorator';
import { RegulatoryClockResponse, RegulatoryClocksResponse } from '../http/responses';
import { ZodBody } from '../http/zod-body.decorator';

const ms = (offset: string) => (offsetToSeconds(offset) ?? 0) * 1000;

const IntermediateRequest = z
  .object({ dueAfter: Offset.describe('How long the entity has, on the scenario clock, e.g. "12:00"') })
  .strict();

const ClockFacts = z
  .object({
    councilMeetingAt: Offset.optional().describe('Noodverordening: the council meeting that must ratify it'),
    handlingClosed: z.literal(true).optional().describe('NIS2: handling of the incident is closed now'),
  })
  .strict()
  .refine(
    (f) => f.councilMeetingAt !== undefined || f.handlingClosed,
    'give councilMeetingAt or handlingClosed',
  );

/** The regulatory clocks of an exercise (NIS2, AVG, CER, noodverordening); see docs/clocks.md. */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExerciseClocksController {
  constructor(
    private readonly regulatory: RegulatoryClocks,
    private readonly reports: ReportService,
  ) {}

  @Get(':exerciseId/clocks')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'Every regulatory clock of the exercise on scenario time: per stage the operational deadline, the legal latest and the status',
  })
  @ZodResponse(200, RegulatoryClocksResponse)
  clocks(@Param('exerciseId') exerciseId: string) {
    return this.regulatory.current(exerciseId);
  }

  @Post(':exerciseId/clocks/:clockId/requests')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Play the CSIRT: ask for an NIS2 intermediate report, due after the given time' })
  @ZodResponse(201, RegulatoryClockResponse)
  @ApiStatusRule('facilitator.clock-fact')
  @ApiError(ErrorCode.Conflict, 'The clock has not started')
  @ApiError(ErrorCode.NotFound, 'The exercise has no such clock')
  request(
    @Param('exerciseId') exerciseId: string,
    @Param('clockId') clockId: string,
    @ZodBody(IntermediateRequest) body: z.infer<typeof IntermediateRequest>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.request(exerciseId, principal.email, clockId, ms(body.dueAfter));
  }

  @Patch(':exerciseId/clocks/:clockId')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Play the outside world: the council meeting for a noodverordening, or NIS2 handling closed',
  })
  @ZodResponse(200, RegulatoryClockResponse)
  @ApiStatusRule('facilitator.clock-fact')
  @ApiError(ErrorCode.Conflict, 'The clock has not started, or handling was closed already')
  @ApiError(ErrorCode.NotFound, 'The exercise has no such clock')
  @ApiError(ErrorCode.ValidationFailed, "A fact the clock's regime does not have")
  setFacts(
    @Param('exerciseId') exerciseId: string,
    @Param('clockId') clockId: string,
    @ZodBody(ClockFacts) body: z.infer<typeof ClockFacts>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.setFacts(exerciseId, principal.email, clockId, {
      ...(body.councilMeetingAt !== undefined && { councilMeetingOffsetMs: ms(body.councilMeetingAt) }),
      ...(body.handlingClosed && { handlingClosed: true }),
    });
  }
}
