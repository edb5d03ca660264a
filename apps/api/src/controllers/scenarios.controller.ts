import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AppException, ErrorCode, ZodValidationPipe } from '@driehoek/core';
import {
  ScenarioLibraryService,
  scenarioJsonSchema,
  type ScenarioDetail,
  type ScenarioSummary,
  type StoreResult,
} from '@driehoek/scenario';
import type { Response } from 'express';
import { z } from 'zod';
import { YAML_MEDIA_TYPES } from '../http/body-parsers';

const ScenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id');
const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

@ApiTags('scenarios')
@Controller('scenarios')
export class ScenariosController {
  constructor(private readonly library: ScenarioLibraryService) {}

  @Get()
  @ApiOperation({ summary: 'The scenario library: shipped and uploaded scenarios, latest version each' })
  list(): Promise<ScenarioSummary[]> {
    return this.library.list();
  }

  @Get('schema')
  @ApiOperation({ summary: 'JSON Schema of the scenario format, for editors and tooling' })
  schema(): Record<string, unknown> {
    return scenarioJsonSchema();
  }

  @Post()
  @ApiOperation({ summary: 'Validate a scenario (YAML) and store it as a new immutable version' })
  @ApiConsumes(...YAML_MEDIA_TYPES)
  @ApiBody({ description: 'The scenario as YAML', schema: { type: 'string' } })
  @ApiResponse({
    status: 201,
    description: 'Stored as a new version: `{id, version, created: true, warnings}`',
  })
  @ApiResponse({ status: 200, description: 'Identical to the latest version; nothing new stored' })
  @ApiResponse({ status: 415, description: 'Not sent as YAML' })
  @ApiResponse({
    status: 422,
    description:
      '`{code: "SCENARIO_INVALID", errors: [{path, line, column, message}], warnings}`; nothing stored',
  })
  async upload(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<StoreResult> {
    if (typeof body !== 'string') {
      throw new AppException(
        ErrorCode.UnsupportedMediaType,
        `Send the scenario as YAML with Content-Type: ${YAML_MEDIA_TYPES[0]}`,
      );
    }
    const result = await this.library.upload(body);
    response.status(result.created ? 201 : 200);
    return result;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A scenario: the latest version, or the one asked for' })
  @ApiQuery({ name: 'version', required: false, type: Number })
  get(
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @Query(new ZodValidationPipe(VersionQuery)) query: z.infer<typeof VersionQuery>,
  ): Promise<ScenarioDetail> {
    return this.library.get(id, query.version);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every stored version of a scenario, newest first' })
  versions(@Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string) {
    return this.library.versions(id);
  }

  @Get(':id/source')
  @HttpCode(200)
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiOperation({ summary: 'The YAML of a version exactly as it was stored' })
  @ApiQuery({ name: 'version', required: false, type: Number })
  source(
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @Query(new ZodValidationPipe(VersionQuery)) query: z.infer<typeof VersionQuery>,
  ): Promise<string> {
    return this.library.source(id, query.version);
  }
}
