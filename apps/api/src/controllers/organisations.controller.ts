import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@driehoek/core';
import { AuditService } from '@driehoek/audit';
import {
  Authenticated,
  MIN_PASSWORD_LENGTH,
  ORGANISATION_ROLES,
  OrganisationAdminService,
  OrganisationMember,
  PlatformAdmin,
  type Principal,
} from '@driehoek/identity';
import { z } from 'zod';
import { ApiError, NoContent, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  AuditEventResponse,
  InvitationResponse,
  MemberResponse,
  OrganisationResponse,
  RevokedSessionsResponse,
} from '../http/responses';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

const Uuid = z.uuid();
const NewOrganisation = z.object({ name: z.string().trim().min(1).max(200) }).strict();
const NewMember = z
  .object({
    email: z.email('must be an e-mail address').max(254),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('The name of a new account; an existing one keeps its own'),
    // Required for every address: asking for it only when the address is new would tell which are not.
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(256)
      .describe('The first password of a new account; an existing account keeps its own'),
    role: z.enum(ORGANISATION_ROLES),
  })
  .strict();
const RoleChange = z.object({ role: z.enum(ORGANISATION_ROLES) }).strict();
const AuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
  })
  .strict();

const userIdPipe = idPipe(Uuid, 'User');
const invitationIdPipe = idPipe(Uuid, 'Invitation');

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationAdminService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Your organisations (every organisation for platform admins)' })
  @ZodResponse(200, OrganisationResponse.array())
  list(@CurrentPrincipal() principal: Principal) {
    return this.organisations.listOrganisations(principal);
  }

  @Post()
  @PlatformAdmin()
  @ApiOperation({ summary: 'Create an organisation (a tenant); platform admins only' })
  @ZodResponse(201, OrganisationResponse)
  @ApiError(ErrorCode.Conflict, 'An organisation of that name exists')
  create(
    @CurrentPrincipal() principal: Principal,
    @ZodBody(NewOrganisation) body: z.infer<typeof NewOrganisation>,
  ) {
    return this.organisations.createOrganisation(principal, body.name);
  }

  @Get(':organisationId')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: 'One organisation; 404 when you are not a member' })
  @ZodResponse(200, OrganisationResponse)
  get(@CurrentOrganisation() organisationId: string) {
    return this.organisations.getOrganisation(organisationId);
  }

  @Get(':organisationId/members')
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Members and their roles' })
  @ZodResponse(200, MemberResponse.array())
  members(@CurrentOrganisation() organisationId: string) {
    return this.organisations.members(organisationId);
  }

  @Post(':organisationId/members')
  @HttpCode(202)
  @OrganisationMember('admin')
  @ApiOperation({
    summary:
      'Invite a person: they become a member when they accept (GET /api/auth/invitations). An address ' +
      'without an account gets one with this name and first password, which signs in to accept. The ' +
      'answer is the same whether or not the address had an account',
  })
  @ZodResponse(202, InvitationResponse, 'Invited; a member once they accept')
  @ApiError(
    ErrorCode.Conflict,
    'The address is a member already, or was added at the same moment by another request',
  )
  addMember(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(NewMember) body: z.infer<typeof NewMember>,
  ) {
    return this.organisations.addMember(principal, organisationId, body);
  }

  @Get(':organisationId/invitations')
  @OrganisationMember('admin')
  @ApiOperation({ summary: 'Open invitations to this organisation (not yet answered, not expired)' })
  @ZodResponse(200, InvitationResponse.array())
  invitations(@CurrentOrganisation() organisationId: string) {
    return this.organisations.invitationsOf(organisationId);
  }

  @Delete(':organisationId/invitations/:invitationId')
  @HttpCode(204)
  @OrganisationMember('admin')
  @ApiOperation({ summary: 'Withdraw an open invitation: it can no longer be accepted' })
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'No open invitation of that id to this organisation')
  withdrawInvitation(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('invitationId', invitationIdPipe) invitationId: string,
  ): Promise<void> {
    return this.organisations.withdrawInvitation(principal, organisationId, invitationId);
  }

  @Patch(':organisationId/members/:userId')
  @OrganisationMember('admin')
  @ApiOperation({ summary: "Change a member's role (an organisation keeps at least one admin)" })
  @ZodResponse(200, MemberResponse)
  @ApiError(ErrorCode.NotFound, 'No such member')
  @ApiError(ErrorCode.Conflict, 'That would leave the organisation without an admin')
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('userId', userIdPipe) userId: string,
    @ZodBody(RoleChange) body: z.infer<typeof RoleChange>,
  ) {
    return this.organisations.changeRole(principal, organisationId, userId, body.role);
  }

  @Delete(':organisationId/members/:userId')
  @HttpCode(204)
  @OrganisationMember('admin')
  @ApiOperation({ summary: 'Remove a member from this organisation' })
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'No such member')
  @ApiError(ErrorCode.Conflict, 'That would leave the organisation without an admin')
  removeMember(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('userId', userIdPipe) userId: string,
  ): Promise<void> {
    return this.organisations.removeMember(principal, organisationId, userId);
  }

  @Post(':organisationId/members/:userId/revoke-sessions')
  @HttpCode(200)
  @OrganisationMember('admin')
  @ApiOperation({
    summary:
      "End a member's access to this organisation at once: none of their current sessions reaches it " +
      'any more (they sign in again); their other organisations are untouched. For a member of this ' +
      'organisation only, every session of theirs is revoked',
  })
  @ZodResponse(200, RevokedSessionsResponse)
  @ApiError(ErrorCode.NotFound, 'No such member')
  async revokeSessions(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('userId', userIdPipe) userId: string,
  ) {
    return { revoked: await this.organisations.revokeSessions(principal, organisationId, userId) };
  }

  @Get(':organisationId/audit')
  @OrganisationMember('admin')
  @ApiOperation({ summary: 'The audit log of administrative actions in this organisation, newest first' })
  @ZodResponse(200, AuditEventResponse.array())
  auditLog(
    @CurrentOrganisation() organisationId: string,
    @ZodQuery(AuditQuery) query: z.infer<typeof AuditQuery>,
  ) {
    return this.audit.list({
      organisationIds: [organisationId],
      limit: query.limit,
      before: query.before?.toString(),
    });
  }
}
