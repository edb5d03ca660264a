import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { OrganisationMember, type Principal } from '@driehoek/identity';
import {
  HandlingClosed,
  IncidentPlaybooks,
  IncidentReviews,
  IncidentService,
  IncidentViewService,
  NewAwareness,
  NewDecision,
  NewIncident,
  NewIncidentReview,
  NewNote,
  NewReport,
  NewRequest,
} from '@driehoek/incidents';
import { PlaybookAttachInput, PlaybookStepInput } from '@driehoek/playbooks';
import { z } from 'zod';
import { ApiError, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ChainVerdictResponse,
  IncidentNoticeResponse,
  IncidentReviewResponse,
  IncidentSummaryResponse,
  IncidentViewResponse,
  PlaybookProgressResponse,
} from '../http/responses';
import { ZodBody } from '../http/zod-body.decorator';

const incidentId = idPipe(z.uuid(), 'Incident');
const view = () => ZodResponse(200, IncidentViewResponse);
const noIncident = () => ApiError(ErrorCode.NotFound, 'No such incident in this organisation');

/**
 * The CISO's incident register: real incidents with live NIS2/AVG/CER clocks on the wall clock.
 * Members of the organisation read; admins and facilitators write. Another organisation's incident
 * answers 404. Members of several organisations add `?organisationId=`.
 */
@ApiTags('incidents')
@ApiBearerAuth()
@ApiQuery({
  name: 'organisationId',
  required: false,
  description: 'Needed only when you belong to several organisations',
})
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentService,
    private readonly views: IncidentViewService,
    private readonly playbooks: IncidentPlaybooks,
    private readonly reviews: IncidentReviews,
  ) {}

  @Post()
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Open an incident with the clocks that apply (e.g. nis2 and avg)' })
  @ZodResponse(201, IncidentViewResponse)
  open(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(NewIncident) body: NewIncident,
  ) {
    return this.incidents.open(principal, organisationId, body);
  }

  @Get()
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({
    summary: "The organisation's incidents, newest first, with status, next deadline and notices",
  })
  @ZodResponse(200, IncidentSummaryResponse.array())
  list(@CurrentOrganisation() organisationId: string) {
    return this.views.list(organisationId);
  }

  // Before ':incidentId', so that "notices" is not read as an id.
  @Get('notices')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: 'Stages due soon or missed across the register, soonest first' })
  @ZodResponse(200, IncidentNoticeResponse.array())
  notices(@CurrentOrganisation() organisationId: string) {
    return this.views.notices(organisationId);
  }

  @Get(':incidentId')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: 'One incident: every clock and stage (both readings), notices and the timeline' })
  @view()
  @noIncident()
  get(@CurrentOrganisation() organisationId: string, @Param('incidentId', incidentId) id: string) {
    return this.views.view(organisationId, id);
  }

  @Get(':incidentId/verify')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: "Recompute the incident log's hash chain: {valid, count, headHash}" })
  @ZodResponse(200, ChainVerdictResponse)
  verify(@CurrentOrganisation() organisationId: string, @Param('incidentId', incidentId) id: string) {
    return this.views.verify(organisationId, id);
  }

  @Post(':incidentId/awareness')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Record awareness (t0 of every clock): when, and who decided; once' })
  @view()
  @noIncident()
  @ApiError(ErrorCode.Conflict, 'Awareness was already recorded')
  recordAwareness(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewAwareness) body: NewAwareness,
  ) {
    return this.incidents.recordAwareness(principal, organisationId, id, body);
  }

  @Post(':incidentId/reports')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({
    summary:
      "Submit a stage's report; checked against the stage's required contents (more when late, e.g. AVG reasonsForDelay)",
  })
  @view()
  @noIncident()
  @ApiError(
    ErrorCode.Conflict,
    'The stage has not started (the message names what it waits for), or was submitted',
  )
  @ApiError(
    ErrorCode.ValidationFailed,
    'Unknown regime or stage, or the report lacks fields: errors name them (report.…)',
  )
  submitReport(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewReport) body: NewReport,
  ) {
    return this.incidents.submitReport(principal, organisationId, id, body);
  }

  @Post(':incidentId/requests')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Record that the CSIRT requested an intermediate report, due when it said' })
  @view()
  @noIncident()
  requestReport(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewRequest) body: NewRequest,
  ) {
    return this.incidents.requestReport(principal, organisationId, id, body);
  }

  @Post(':incidentId/close')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Record that handling of the incident was closed; reports may still fall due' })
  @view()
  @noIncident()
  @ApiError(ErrorCode.Conflict, 'Handling was already closed')
  close(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(HandlingClosed) body: HandlingClosed,
  ) {
    return this.incidents.closeHandling(principal, organisationId, id, body);
  }

  @Post(':incidentId/notes')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Add a note to the timeline' })
  @view()
  @noIncident()
  addNote(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewNote) body: NewNote,
  ) {
    return this.incidents.addNote(principal, organisationId, id, body);
  }

  @Post(':incidentId/decisions')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Record a decision in BOB form (beeld, oordeel, besluit) and who took it' })
  @view()
  @noIncident()
  recordDecision(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewDecision) body: NewDecision,
  ) {
    return this.incidents.recordDecision(principal, organisationId, id, body);
  }

  @Post(':incidentId/playbooks')
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Attach a playbook from the library, to follow it during the incident' })
  @ZodResponse(201, PlaybookProgressResponse)
  @ApiError(ErrorCode.NotFound, 'No such playbook, or no such incident')
  @ApiError(ErrorCode.Conflict, 'The playbook is attached already')
  attachPlaybook(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(PlaybookAttachInput) body: PlaybookAttachInput,
  ) {
    return this.playbooks.attach(principal, organisationId, id, body.playbookId);
  }

  @Post(':incidentId/playbooks/steps')
  @HttpCode(200)
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({
    summary:
      "Tick off a step of an attached playbook, as you (email and organisation role), now; answers the playbook's progress",
  })
  @ZodResponse(200, PlaybookProgressResponse)
  @ApiError(ErrorCode.NotFound, 'The playbook is not attached to this incident, or no such incident')
  @ApiError(ErrorCode.ValidationFailed, 'The playbook has no such step: errors name stepId')
  tickOffStep(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(PlaybookStepInput) body: PlaybookStepInput,
  ) {
    return this.playbooks.step(principal, organisationId, id, body);
  }

  @Post(':incidentId/review')
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({
    summary:
      "Record a post-incident review in the incident's log; its actions join the organisation's improvement plan",
  })
  @ZodResponse(201, IncidentReviewResponse)
  @noIncident()
  @ApiError(
    ErrorCode.ValidationFailed,
    'A field is missing or wrong: errors name it (e.g. actions[0].reason)',
  )
  recordReview(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('incidentId', incidentId) id: string,
    @ZodBody(NewIncidentReview) body: NewIncidentReview,
  ) {
    return this.reviews.record(principal, organisationId, id, body);
  }
}
