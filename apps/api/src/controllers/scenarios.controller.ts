import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DB_INT_MAX, ErrorCode, ZodValidationPipe } from '@driehoek/core';
import { Authenticated, OrganisationMember, type Principal } from '@driehoek/identity';
import {
  ScenarioLibraryService,
  readScope,
  readerVisibility,
  scenarioJsonSchema,
  type ScenarioCheck,
  type ScenarioDetail,
  type ScenarioSummary,
  type StoreResult,
} from '@driehoek/scenario';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { YAML_MEDIA_TYPES } from '../http/body-parsers';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ScenarioCheckResponse,
  ScenarioDetailResponse,
  ScenarioSummaryResponse,
  ScenarioVersionResponse,
  StoreResultResponse,
} from '../http/responses';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

export const ScenarioId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id');
/** Which copy of an id to read: the caller's organisation's own, else the shipped one, unless named. */
const CopyQuery = z.object({
  owner: z
    .union([z.literal('shipped'), z.uuid()])
    .optional()
    .describe(
      'Exactly this copy: `shipped`, or the id of the organisation that owns it (platform admins: any; ' +
        'members: their own organisations)',
    ),
  organisationId: z
    .string()
    .optional()
    .describe(
      "Read as this organisation: its own copy, else the shipped one. Without it: your organisation's " +
        'library when you belong to one; otherwise (platform admins, members of several) the shipped copy, ' +
        'or the only one there is',
    ),
});
export const VersionQuery = CopyQuery.extend({
  version: z.coerce
    .number()
    .int()
    .positive()
    .max(DB_INT_MAX)
    .optional()
    .describe('A stored version of the copy read; its latest without it'),
});
export const ambiguous = [
  ErrorCode.ValidationFailed,
  'The id is not shipped and several organisations have a copy: name one with `owner` (path `owner`)',
] as const;
export const notYours = [
  ErrorCode.NotFound,
  'No such scenario or version in the library read, or `owner`/`organisationId` names an organisation that is not yours',
] as const;
const ScenarioSource = z.string().describe('The scenario as YAML; its format is GET /api/scenarios/schema');
const CheckQuery = z.object({
  lang: z
    .enum(['nl', 'en'])
    .default('nl')
    .describe(
      'Language of the MSEL’s labels (kinds, “everyone”, relative times); the content is the scenario’s',
    ),
});
const INVALID_FINDINGS =
  '`errors` has `path`, `line`, `column`, `message` and `code` per finding ' +
  '(the codes `npm run scenarios:check` prints), `warnings` the warnings; each lists the first 100 in ' +
  'source order, `errorCount` and `warningCount` count them all, `truncated` says whether any were left ' +
  'out. A document past the size limits (tokens, nodes, nesting, aliases) or one that takes longer to check ' +
  'than SCENARIO_VALIDATION_TIMEOUT_MS gets one finding that says so (`too-many-tokens`, `too-many-nodes`, ' +
  '`too-deep`, `too-many-aliases`, `aliases-too-large`, `took-too-long`)';
const BUSY = [
  ErrorCode.ServiceUnavailable,
  'Too many uploads are being checked at once; try again in a moment',
] as const;
export const malformedId = [ErrorCode.ValidationFailed, '`id` is not a scenario id'] as const;

@ApiTags('scenarios')
@ApiBearerAuth()
@Authenticated()
@Controller('scenarios')
export class ScenariosController {
  constructor(private readonly library: ScenarioLibraryService) {}

  @Get()
  @ApiOperation({
    summary:
      'The scenario library: one entry per copy (owner and id), latest version each — shipped ones, and your ' +
      "organisations' own (platform admins: every organisation's), each labelled with its owner",
  })
  @ZodResponse(200, ScenarioSummaryResponse.array())
  list(@CurrentPrincipal() principal: Principal): Promise<ScenarioSummary[]> {
    return this.library.list(readerVisibility(principal));
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
  @ZodResponse(201, StoreResultResponse, 'Stored as a new version')
  @ZodResponse(200, StoreResultResponse, 'Identical to the latest version; nothing new stored')
  @ApiError(ErrorCode.ScenarioInvalid, `Invalid; nothing stored. ${INVALID_FINDINGS}`)
  @ApiError(ErrorCode.UnsupportedMediaType, 'A `charset` other than utf-8, or a body that is not valid UTF-8')
  @ApiError(...BUSY)
  async upload(
    @CurrentOrganisation() organisationId: string,
    @ZodBody(ScenarioSource, { mediaTypes: YAML_MEDIA_TYPES, description: 'The scenario as YAML' })
    source: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StoreResult> {
    const result = await this.library.upload(organisationId, source);
    response.status(result.created ? 201 : 200);
    return result;
  }

  @Post('check')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiQuery({
    name: 'organisationId',
    required: false,
    description: 'As for POST /api/scenarios: needed only when you belong to several organisations',
  })
  @ApiOperation({
    summary:
      'Check a scenario (YAML) exactly as POST /api/scenarios does, and store nothing: for an editor, ' +
      'which sends the text as the author types. 200 whether or not it is valid; a valid one comes with its MSEL',
  })
  @ZodResponse(200, ScenarioCheckResponse, `The findings; ${INVALID_FINDINGS}`)
  @ApiError(ErrorCode.UnsupportedMediaType, 'A `charset` other than utf-8, or a body that is not valid UTF-8')
  @ApiError(...BUSY)
  check(
    @ZodBody(ScenarioSource, { mediaTypes: YAML_MEDIA_TYPES, description: 'The scenario as YAML' })
    source: string,
    @ZodQuery(CheckQuery) query: z.infer<typeof CheckQuery>,
  ): Promise<ScenarioCheck> {
    return this.library.check(source, query.lang);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      "A scenario: the latest version, or the one asked for, of one copy — your organisation's own, else the shipped one; `owner` names a copy",
  })
  @ZodResponse(200, ScenarioDetailResponse)
  @ApiError(...notYours)
  @ApiError(...malformedId)
  @ApiError(...ambiguous)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @ZodQuery(VersionQuery) query: z.infer<typeof VersionQuery>,
  ): Promise<ScenarioDetail> {
    return this.library.get(id, readScope(principal, query), query.version);
  }

  @Get(':id/versions')
  @ApiOperation({
    summary: 'Every stored version of one copy of a scenario, newest first (a fork has a history of its own)',
  })
  @ZodResponse(200, ScenarioVersionResponse.array())
  @ApiError(...notYours)
  @ApiError(...malformedId)
  @ApiError(...ambiguous)
  versions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @ZodQuery(CopyQuery) query: z.infer<typeof CopyQuery>,
  ) {
    return this.library.versions(id, readScope(principal, query));
  }

  @Get(':id/source')
  @HttpCode(200)
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiOperation({ summary: 'The YAML of a version of one copy, exactly as it was stored' })
  @ApiResponse({
    status: 200,
    description: 'The YAML source',
    content: { 'application/yaml': { schema: { type: 'string' } } },
  })
  @ApiError(...notYours)
  @ApiError(...malformedId)
  @ApiError(...ambiguous)
  source(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodValidationPipe(ScenarioId, 'id')) id: string,
    @ZodQuery(VersionQuery) query: z.infer<typeof VersionQuery>,
  ): Promise<string> {
    return this.library.source(id, readScope(principal, query), query.version);
  }
}
