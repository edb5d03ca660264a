import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { openApiSchema } from '@driehoek/core';
import { Authenticated } from '@driehoek/identity';
import { PlaybookLibrary, type PlaybookDetail, type PlaybookSummary } from '@driehoek/playbooks';
import { z } from 'zod';
import { idPipe } from '../http/id-pipe';
import { ErrorResponse, PlaybookDetailResponse, PlaybookSummaryResponse } from '../http/responses';

/** The shipped playbooks: the same for every signed-in user, like the shipped scenarios. */
@ApiTags('playbooks')
@ApiBearerAuth()
@Authenticated()
@Controller('playbooks')
export class PlaybooksController {
  constructor(private readonly library: PlaybookLibrary) {}

  @Get()
  @ApiOperation({ summary: 'The playbook library: every shipped playbook with its content hash' })
  @ApiResponse({ status: 200, schema: openApiSchema(PlaybookSummaryResponse.array()) })
  list(): PlaybookSummary[] {
    return this.library.list();
  }

  @Get(':playbookId')
  @ApiOperation({ summary: 'A whole playbook: roles, phases and steps' })
  @ApiResponse({ status: 200, schema: openApiSchema(PlaybookDetailResponse) })
  @ApiResponse({ status: 404, description: 'No such playbook', schema: openApiSchema(ErrorResponse) })
  get(
    // A malformed id cannot name a playbook: 404 like an unknown one.
    @Param('playbookId', idPipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/), 'Playbook'))
    playbookId: string,
  ): PlaybookDetail {
    return this.library.get(playbookId);
  }
}
