import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
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
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import { AuditEventResponse, MemberResponse, OrganisationResponse } from '../http/responses';

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
  @ApiResponse({ status: 200, schema: openApiSchema(OrganisationResponse.array()) })
  list(@CurrentPrincipal() principal: Principal) {
    return this.organisations.listOrganisations(principal);
  }

  @Post()
  @PlatformAdmin()
  @ApiOperation({ summary: 'Create an organisation (a tenant); platform admins only' })
  @ApiResponse({ status: 201, schema: openApiSchema(OrganisationResponse) })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body(new ZodValidationPipe(NewOrganisation)) body: z.infer<typeof NewOrganisation>,
  ) {
    return this.organisations.createOrganisation(principal, body.name);
  }

  @Get(':organisationId')
  @OrganisationMember('admin', 'facilitator', 'evaluator')
  @ApiOperation({ summary: 'One organisation; 404 when you are not a member' })
  @ApiResponse({ status: 200, schema: openApiSchema(OrganisationResponse) })
  get(@CurrentOrganisation() organisationId: string) {
    return this.organisations.getOrganisation(organisationId);
  }

  @Get(':organisationId/members')
  @OrganisationMember('admin', 'facilitator')
  @ApiOperation({ summary: 'Members and their roles' })
  @ApiResponse({ status: 200, schema: openApiSchema(MemberResponse.array()) })
  members(@CurrentOrganisation() organisationId: string) {
    return this.organisations.members(organisationId);
  }

  @Post(':organisationId/members')
  @OrganisationMember('admin')
  @ApiOperation({
    summary: 'Add a member: an existing account gets a role here; a new address needs an initial password',
  })
  @ApiResponse({ status: 201, schema: openApiSchema(MemberResponse) })
  addMember(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Body(new ZodValidationPipe(NewMember)) body: z.infer<typeof NewMember>,
  ) {
    return this.organisations.addMember(principal, organisationId, body);
  }

  @Patch(':organisationId/members/:userId')
  @OrganisationMember('admin')
  @ApiOperation({ summary: "Change a member's role (an organisation keeps at least one admin)" })
  @ApiResponse({ status: 200, schema: openApiSchema(MemberResponse) })
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Param('userId', userIdPipe) userId: string,
    @Body(new ZodValidationPipe(RoleChange)) body: z.infer<typeof RoleChange>,
  ) {
    return this.organisations.changeRole(principal, organisationId, userId, body.role);
  }

  @Delete(':organisationId/members/:userId')
  @HttpCode(204)
  @OrganisationMember('admin')
  @ApiOperation({ summary: 'Remove a member from this organisation' })
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
  @ApiResponse({ status: 200, schema: openApiSchema(AuditEventResponse.array()) })
  auditLog(
    @CurrentOrganisation() organisationId: string,
    @Query(new ZodValidationPipe(AuditQuery)) query: z.infer<typeof AuditQuery>,
  ) {
    return this.audit.list({
      organisationIds: [organisationId],
      limit: query.limit,
      before: query.before?.toString(),
    });
  }
}
