import { Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExerciseExport, ExerciseExports, ExerciseImports } from '@driehoek/exercise';
import { Authenticated, ExerciseMember, OrganisationMember, type Principal } from '@driehoek/identity';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { IMPORT_JSON_LIMIT } from '../http/body-parsers';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ExerciseExportResponse,
  ExerciseImportDetailResponse,
  ExerciseImportResponse,
  ImportedEventResponse,
} from '../http/responses';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

const LangQuery = z.object({
  lang: z.enum(['nl', 'en']).default('nl').describe('Language of the column headings'),
});
const EventsQuery = z
  .object({
    after: z.coerce.number().int().min(0).default(0).describe('Events with a higher sequence number'),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
const importIdPipe = idPipe(z.uuid(), 'Import');

/** Exports of exercises, and the read-only review copies another installation imports. */
@ApiTags('exports')
@ApiBearerAuth()
@Controller()
export class ExportsController {
  constructor(
    private readonly exports: ExerciseExports,
    private readonly imports: ExerciseImports,
  ) {}

  @Get('exercises/:exerciseId/export')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary:
      'The whole exercise as one JSON document: the scenario version (YAML and parsed), the exercise, the full ' +
      'hash-chained log (observations, debrief and hot-wash answers included) and its improvement actions',
  })
  @ZodResponse(200, ExerciseExportResponse)
  async export(
    @Param('exerciseId') exerciseId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ExerciseExport> {
    response.setHeader('Content-Disposition', `attachment; filename="exercise-${exerciseId}.json"`);
    return this.exports.export(exerciseId);
  }

  @Get('exercises/:exerciseId/decisions.csv')
  @ExerciseMember('facilitator', 'evaluator')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary:
      'Every recorded decision as CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised): time, role, decided-by, ' +
      'decision point, option, beeld, oordeel, besluit, legal basis',
  })
  @ApiResponse({ status: 200, description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } })
  async decisionsCsv(
    @Param('exerciseId') exerciseId: string,
    @ZodQuery(LangQuery) query: z.infer<typeof LangQuery>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="decisions-${exerciseId}.csv"`);
    return this.exports.decisionsCsv(exerciseId, query.lang);
  }

  @Post('imports')
  @OrganisationMember('admin', 'facilitator')
  @ApiQuery({
    name: 'organisationId',
    required: false,
    description: 'The importing organisation; needed only when you belong to several',
  })
  @ApiOperation({
    summary:
      `Import an exercise export (up to ${IMPORT_JSON_LIMIT}) read-only for review, after recomputing its hash chain; ` +
      "it becomes the organisation's review copy",
  })
  @ZodResponse(201, ExerciseImportResponse)
  @ApiError(
    ErrorCode.ValidationFailed,
    'The chain does not verify: `errors[0].path` is the first bad event (`log.events[i]`) and the message names its ' +
      '`seq`; or `log.count`, `log.headHash`, `scenario.contentHash` do not match. Nothing is stored',
  )
  import(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(ExerciseExport, { limit: IMPORT_JSON_LIMIT, description: 'A document of GET …/export' })
    document: ExerciseExport,
  ) {
    return this.imports.import(principal, organisationId, document);
  }

  @Get('imports')
  @Authenticated()
  @ApiOperation({
    summary: "Imported exercises of your organisations (platform admins: every organisation's), newest first",
  })
  @ZodResponse(200, ExerciseImportResponse.array())
  list(@CurrentPrincipal() principal: Principal) {
    return this.imports.list(principal);
  }

  @Get('imports/:importId')
  @Authenticated()
  @ApiOperation({
    summary: 'One import: where it came from, the exercise, the scenario version, the improvement actions',
  })
  @ZodResponse(200, ExerciseImportDetailResponse)
  @ApiError(ErrorCode.NotFound, 'No such import in your organisations')
  get(@CurrentPrincipal() principal: Principal, @Param('importId', importIdPipe) importId: string) {
    return this.imports.get(principal, importId);
  }

  @Get('imports/:importId/events')
  @Authenticated()
  @ApiOperation({ summary: 'The imported log after a sequence number, exactly as it was verified' })
  @ZodResponse(200, ImportedEventResponse.array())
  @ApiError(ErrorCode.NotFound, 'No such import in your organisations')
  events(
    @CurrentPrincipal() principal: Principal,
    @Param('importId', importIdPipe) importId: string,
    @ZodQuery(EventsQuery) query: z.infer<typeof EventsQuery>,
  ) {
    return this.imports.events(principal, importId, query.after, query.limit);
  }
}
