import { Controller, Get, Header, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { OrganisationMember, type Principal } from '@driehoek/identity';
import {
  ImprovementActionPatch,
  ImprovementActionQuery,
  ImprovementPlan,
  NewImprovementAction,
} from '@driehoek/improvement';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import { ImprovementActionChangeResponse, ImprovementActionResponse } from '../http/responses';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

const LangQuery = z.object({
  lang: z.enum(['nl', 'en']).default('nl').describe('Language of the column headings and labels'),
});
const actionId = idPipe(z.uuid(), 'Improvement action');
const noAction = () => ApiError(ErrorCode.NotFound, 'No such improvement action in this organisation');

/**
 * The organisation's improvement plan: actions from exercises and real incidents in one list, in
 * HSEEP's columns. Admins and facilitators write, evaluators read; another organisation's action
 * answers 404.
 */
@ApiTags('improvement plan')
@ApiBearerAuth()
@Controller('organisations/:organisationId/improvement-actions')
export class ImprovementActionsController {
  constructor(private readonly plan: ImprovementPlan) {}

  @Get()
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({
    summary: "The organisation's improvement actions, soonest due first; ?status=open,in-progress",
  })
  @ZodResponse(200, ImprovementActionResponse.array())
  list(
    @CurrentOrganisation() organisationId: string,
    @ZodQuery(ImprovementActionQuery) query: ImprovementActionQuery,
  ) {
    return this.plan.list(organisationId, query.status);
  }

  @Post()
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({
    summary: 'Add an action, raised by observations of an exercise or by a real incident of the register',
  })
  @ZodResponse(201, ImprovementActionResponse)
  @ApiError(
    ErrorCode.ValidationFailed,
    'A field is missing or wrong (errors name it): e.g. reason with status dropped, a source of another organisation',
  )
  create(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(NewImprovementAction) body: NewImprovementAction,
  ) {
    return this.plan.create(principal, organisationId, body);
  }

  @Get(':actionId')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: 'One action as it now stands, with the exercises that re-test it' })
  @ZodResponse(200, ImprovementActionResponse)
  @noAction()
  get(@CurrentOrganisation() organisationId: string, @Param('actionId', actionId) id: string) {
    return this.plan.get(organisationId, id);
  }

  @Patch(':actionId')
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({
    summary: 'Change an action (status, dates, owner …); each change is an entry in its history',
  })
  @ZodResponse(200, ImprovementActionResponse)
  @noAction()
  @ApiError(
    ErrorCode.ValidationFailed,
    'Status dropped without a reason (errors name reason), or dates reversed',
  )
  update(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('actionId', actionId) id: string,
    @ZodBody(ImprovementActionPatch) body: ImprovementActionPatch,
  ) {
    return this.plan.update(principal, organisationId, id, body);
  }

  @Get(':actionId/history')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: "The action's append-only history: who changed what, when, oldest first" })
  @ZodResponse(200, ImprovementActionChangeResponse.array())
  @noAction()
  history(@CurrentOrganisation() organisationId: string, @Param('actionId', actionId) id: string) {
    return this.plan.history(organisationId, id);
  }
}

/** The same plan as a spreadsheet: beside the JSON list, not under it, so no action id can shadow it. */
@ApiTags('improvement plan')
@ApiBearerAuth()
@Controller('organisations/:organisationId')
export class ImprovementPlanCsvController {
  constructor(private readonly plan: ImprovementPlan) {}

  @Get('improvement-actions.csv')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary:
      'Every improvement action as CSV (RFC 4180, UTF-8 with BOM, formula cells neutralised), in the order of the list: ' +
      'objective, area for improvement, corrective action, capability element, responsible organisation, contact role, ' +
      'start, completion, status, reason, source, re-tested in, id',
  })
  @ApiResponse({ status: 200, description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(
    @CurrentOrganisation() organisationId: string,
    @ZodQuery(LangQuery) query: z.infer<typeof LangQuery>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="improvement-plan-${organisationId}.csv"`,
    );
    return this.plan.csv(organisationId, query.lang);
  }
}
