import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { ExerciseMember } from '@driehoek/identity';
import { AfterActionReports, REPORT_FORMATS } from '@driehoek/reporting';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../http/api-response.decorator';
import { ZodQuery } from '../http/zod-body.decorator';

const ReportQuery = z.object({
  format: z
    .enum(REPORT_FORMATS)
    .default('html')
    .describe('`html` (accessible, the primary format), `pdf` (A4), `md` or `json`'),
  lang: z
    .enum(['nl', 'en'])
    .default('nl')
    .describe('Language of headings and labels; the content is the log’s'),
});

/** When a render thread cannot take the document (reports, the MSEL's PDF). */
export const RENDER_UNAVAILABLE =
  'Too many reports and PDFs are being made at once (try again in a moment), or this one took longer than ' +
  'REPORT_RENDER_TIMEOUT_MS or more memory than a render thread has; the message says which';

/** The after-action report of an exercise (docs/reports.md): the same log always gives the same report. */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExerciseReportController {
  constructor(private readonly reports: AfterActionReports) {}

  @Get(':exerciseId/report')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'The after-action report, generated from the log and the scenario version: objectives with ratings, ' +
      'timeline and branches, decisions in BOB form, clocks, metrics with charts, hot wash, improvement plan ' +
      'appendix and a verification stamp (the log’s head hash)',
  })
  @ApiResponse({
    status: 200,
    description: 'The report in the format asked for',
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/markdown': { schema: { type: 'string' } },
      'application/json': { schema: { type: 'object' } },
    },
  })
  @ApiError(ErrorCode.NotFound, 'No such exercise')
  @ApiError(ErrorCode.ServiceUnavailable, RENDER_UNAVAILABLE)
  async report(
    @Param('exerciseId') exerciseId: string,
    @ZodQuery(ReportQuery) query: z.infer<typeof ReportQuery>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | StreamableFile> {
    const rendered = await this.reports.render(exerciseId, query.format, query.lang);
    const attachment = `attachment; filename="${rendered.fileName}"`;
    // Binary goes out as it is: no charset, no JSON serialisation.
    if (typeof rendered.body !== 'string')
      return new StreamableFile(rendered.body, { type: rendered.contentType, disposition: attachment });
    response.setHeader('Content-Type', rendered.contentType);
    if (query.format === 'md') response.setHeader('Content-Disposition', attachment);
    return rendered.body;
  }
}
