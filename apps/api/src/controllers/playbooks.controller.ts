import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { Authenticated } from '@driehoek/identity';
import { PlaybookLibrary, type PlaybookDetail, type PlaybookSummary } from '@driehoek/playbooks';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { PlaybookDetailResponse, PlaybookSummaryResponse } from '../http/responses';

/** The shipped playbooks: the same for every signed-in user, like the shipped scenarios. */
@ApiTags('playbooks')
@ApiBearerAuth()
@Authenticated()
@Controller('playbooks')
export class PlaybooksController {
  constructor(private readonly library: PlaybookLibrary) {}

  @Get()
  @ApiOperation({ summary: 'The playbook library: every shipped playbook with its content hash' })
  @ZodResponse(200, PlaybookSummaryResponse.array())
  list(): PlaybookSummary[] {
    return this.library.list();
  }

  @Get(':playbookId')
  @ApiOperation({ summary: 'A whole playbook: roles, phases and steps' })
  @ZodResponse(200, PlaybookDetailResponse)
  @ApiError(ErrorCode.NotFound, 'No such playbook')
  get(
    // A malformed id cannot name a playbook: 404 like an unknown one.
    @Param('playbookId', idPipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/), 'Playbook'))
    playbookId: string,
  ): PlaybookDetail {
    return this.library.get(playbookId);
  }
}
