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
    name: z.string().trim().min(1).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(256)
      .optional(),
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
  @OrganisationMember('admin')
  @ApiOperation({
    summary: 'Add a member: an existing account gets a role here; a new address needs an initial password',
  })
  @ZodResponse(201, MemberResponse)
  @ApiError(ErrorCode.Conflict, 'The account was created at the same moment by another request; try again')
  @ApiError(ErrorCode.ValidationFailed, 'A new address needs `password`')
  addMember(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(NewMember) body: z.infer<typeof NewMember>,
  ) {
    return this.organisations.addMember(principal, organisationId, body);
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
  @ApiOperation({ summary: 'Sign a member out everywhere: every token of theirs stops working at once' })
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
