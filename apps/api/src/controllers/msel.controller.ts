import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode, ZodValidationPipe } from '@driehoek/core';
import { Authenticated, type Principal } from '@driehoek/identity';
import { ReportRenderer } from '@driehoek/reporting';
import { ScenarioLibraryService, buildMsel, mselCsv, mselHtml, readScope } from '@driehoek/scenario';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../http/api-response.decorator';
import { CurrentPrincipal } from '../http/principal.decorator';
import { ZodQuery } from '../http/zod-body.decorator';
import { RENDER_UNAVAILABLE } from './exercise-report.controller';
import { ScenarioId, VersionQuery, ambiguous, malformedId, notYours } from './scenarios.controller';

const MselQuery = VersionQuery.extend({
  format: z
    .enum(['csv', 'html', 'pdf'])
    .default('html')
    .describe(
      '`html` (print it: A4 landscape), `pdf` (A4 landscape, for the binder) or `csv` (UTF-8 with BOM, for Excel)',
    ),
  lang: z
    .enum(['nl', 'en'])
    .default('nl')
    .describe('Language of headings and labels; the content is the scenario’s'),
});

const MEDIA_TYPE = {
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** The scenario's master scenario events list, for the facilitator's binder. */
@ApiTags('scenarios')
@ApiBearerAuth()
@Authenticated()
@Controller('scenarios')
export class MselController {
  constructor(
    private readonly library: ScenarioLibraryService,
    private readonly renderer: ReportRenderer,
  ) {}

  @Get(':id/msel')
  @ApiOperation({
    summary:
      'The MSEL of a version of one copy (resolved as GET /api/scenarios/:id): every inject and decision point in ' +
      'scenario time order, with offset and fictional date-time, phase, from, to, channel, content, expected ' +
      'actions and facilitator notes; branch injects under the decision option, overdue decision or clock that schedules them',
  })
  @ApiResponse({
    status: 200,
    description:
      'The MSEL as a printable HTML page, an A4 landscape PDF (title and start on every page, page X of Y, the header row ' +
      'repeated), or CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised)',
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiError(...notYours)
  @ApiError(...malformedId)
  @ApiError(...ambiguous)
  @ApiError(ErrorCode.ServiceUnavailable, RENDER_UNAVAILABLE)
  async msel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @ZodQuery(MselQuery) query: z.infer<typeof MselQuery>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | StreamableFile> {
    const detail = await this.library.get(id, readScope(principal, query), query.version);
    const msel = buildMsel(detail.scenario, query.lang);
    const attachment = `attachment; filename="msel-${detail.id}-v${detail.version}.${query.format}"`;
    if (query.format === 'pdf')
      // A buffer through StreamableFile: Nest would add a charset to a binary body sent as a string.
      // Made on a render thread: pdfmake's seconds for a long MSEL never hold the event loop.
      return new StreamableFile(await this.renderer.mselPdf(msel), {
        type: MEDIA_TYPE.pdf,
        disposition: attachment,
      });
    response.setHeader('Content-Type', MEDIA_TYPE[query.format]);
    if (query.format === 'csv') {
      response.setHeader('Content-Disposition', attachment);
      return mselCsv(msel);
    }
    return mselHtml(msel);
  }
}
