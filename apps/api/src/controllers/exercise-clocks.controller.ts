import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { openApiSchema } from '@driehoek/core';
import { RegulatoryClocks } from '@driehoek/exercise';
import { ExerciseMember } from '@driehoek/identity';
import { RegulatoryClocksResponse } from '../http/responses';

/** The regulatory clocks of an exercise (NIS2, AVG, CER, noodverordening); see docs/clocks.md. */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExerciseClocksController {
  constructor(private readonly regulatory: RegulatoryClocks) {}

  @Get(':exerciseId/clocks')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'Every regulatory clock of the exercise on scenario time: per stage the operational deadline, the legal latest and the status',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(RegulatoryClocksResponse) })
  clocks(@Param('exerciseId') exerciseId: string) {
    return this.regulatory.current(exerciseId);
  }
}
