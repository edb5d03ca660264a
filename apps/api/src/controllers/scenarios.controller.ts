import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AppException, ErrorCode, ZodValidationPipe, openApiSchema } from '@driehoek/core';
import { Authenticated, OrganisationMember, type Principal } from '@driehoek/identity';
import {
  ScenarioLibraryService,
  scenarioJsonSchema,
  type Visibility,
  type ScenarioDetail,
  type ScenarioSummary,
  type StoreResult,
} from '@driehoek/scenario';
import type { Response } from 'express';
import { z } from 'zod';
import { YAML_MEDIA_TYPES } from '../http/body-parsers';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ErrorResponse,
  ScenarioDetailResponse,
  ScenarioSummaryResponse,
  ScenarioVersionResponse,
  StoreResultResponse,
} from '../http/responses';

const error = (status: number, description: string) => ({
  status,
  description,
  schema: openApiSchema(ErrorResponse),
});

const ScenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id');
const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

/** Shipped scenarios plus those of the caller's organisations; platform admins see all. */
function visibility(principal: Principal): Visibility {
  return principal.platformAdmin
    ? 'all'
    : { organisationIds: principal.memberships.map((m) => m.organisationId) };
}

@ApiTags('scenarios')
@ApiBearerAuth()
@Authenticated()
@Controller('scenarios')
export class ScenariosController {
  constructor(private readonly library: ScenarioLibraryService) {}

  @Get()
  @ApiOperation({ summary: 'The scenario library: shipped and uploaded scenarios, latest version each' })
  @ApiResponse({ status: 200, schema: openApiSchema(ScenarioSummaryResponse.array()) })
  list(@CurrentPrincipal() principal: Principal): Promise<ScenarioSummary[]> {
    return this.library.list(visibility(principal));
  }

  @Get('schema')
  @ApiOperation({ summary: 'JSON Schema of the scenario format, for editors and tooling' })
  @ApiResponse({
    status: 200,
    description: 'A JSON Schema (draft 2020-12) document',
    schema: { type: 'object' },
  })
  schema(): Record<string, unknown> {
    return scenarioJsonSchema();
  }

  @Post()
  @OrganisationMember('admin', 'facilitator')
  @ApiQuery({
    name: 'organisationId',
    required: false,
    description: 'Owner of the upload; needed only when you belong to several organisations',
  })
  @ApiOperation({ summary: 'Validate a scenario (YAML) and store it as a new immutable version' })
  @ApiConsumes(...YAML_MEDIA_TYPES)
  @ApiBody({ description: 'The scenario as YAML', schema: { type: 'string' } })
  @ApiResponse({
    status: 201,
    description: 'Stored as a new version',
    schema: openApiSchema(StoreResultResponse),
  })
  @ApiResponse({
    status: 200,
    description: 'Identical to the latest version; nothing new stored',
    schema: openApiSchema(StoreResultResponse),
  })
  @ApiResponse(error(413, 'Larger than 1 MB'))
  @ApiResponse(error(415, 'Not sent as YAML'))
  @ApiResponse(
    error(422, 'Invalid: code SCENARIO_INVALID, errors with line and column, warnings; nothing stored'),
  )
  async upload(
    @CurrentOrganisation() organisationId: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StoreResult> {
    if (typeof body !== 'string') {
      throw new AppException(
        ErrorCode.UnsupportedMediaType,
        `Send the scenario as YAML with Content-Type: ${YAML_MEDIA_TYPES[0]}`,
      );
    }
    const result = await this.library.upload(organisationId, body);
    response.status(result.created ? 201 : 200);
    return result;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A scenario: the latest version, or the one asked for' })
  @ApiResponse({ status: 200, schema: openApiSchema(ScenarioDetailResponse) })
  @ApiResponse(error(404, 'No such scenario or version'))
  @ApiQuery({ name: 'version', required: false, type: Number })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @Query(new ZodValidationPipe(VersionQuery)) query: z.infer<typeof VersionQuery>,
  ): Promise<ScenarioDetail> {
    return this.library.get(id, visibility(principal), query.version);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every stored version of a scenario, newest first' })
  @ApiResponse({ status: 200, schema: openApiSchema(ScenarioVersionResponse.array()) })
  @ApiResponse(error(404, 'No such scenario'))
  versions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
  ) {
    return this.library.versions(id, visibility(principal));
  }

  @Get(':id/source')
  @HttpCode(200)
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiOperation({ summary: 'The YAML of a version exactly as it was stored' })
  @ApiResponse({ status: 200, content: { 'application/yaml': { schema: { type: 'string' } } } })
  @ApiResponse(error(404, 'No such scenario or version'))
  @ApiQuery({ name: 'version', required: false, type: Number })
  source(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @Query(new ZodValidationPipe(VersionQuery)) query: z.infer<typeof VersionQuery>,
  ): Promise<string> {
    return this.library.source(id, visibility(principal), query.version);
  }
}
