import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
import { EXERCISE_ROLES, ExerciseService } from '@driehoek/exercise';
import { Authenticated, ExerciseMember, OrganisationMember, type Principal } from '@driehoek/identity';
import { z } from 'zod';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  CreatedExerciseResponse,
  ExerciseResponse,
  GrantResponse,
  JoinCodeResponse,
  JoinCodeStatusResponse,
} from '../http/responses';

const NewExercise = z
  .object({
    scenarioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id'),
    scenarioVersion: z.number().int().positive().optional(),
  })
  .strict();
const NewGrant = z
  .object({ email: z.email('must be an e-mail address').max(254), role: z.enum(EXERCISE_ROLES) })
  .strict();
const RoleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExerciseService) {}

  @Post()
  @OrganisationMember('admin', 'facilitator')
  @ApiQuery({
    name: 'organisationId',
    required: false,
    description: 'Needed only when you belong to several organisations',
  })
  @ApiOperation({
    summary:
      'Create an exercise (draft) from a stored scenario version; returns one join code per scenario role, shown only now',
  })
  @ApiResponse({ status: 201, schema: openApiSchema(CreatedExerciseResponse) })
  create(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @Body(new ZodValidationPipe(NewExercise)) body: z.infer<typeof NewExercise>,
  ) {
    return this.exercises.create(principal, organisationId, body);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Exercises of your organisations and those you were granted, newest first' })
  @ApiResponse({ status: 200, schema: openApiSchema(ExerciseResponse.array()) })
  list(@CurrentPrincipal() principal: Principal) {
    return this.exercises.list(principal);
  }

  @Get(':exerciseId')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'One exercise' })
  @ApiResponse({ status: 200, schema: openApiSchema(ExerciseResponse) })
  get(@Param('exerciseId') exerciseId: string) {
    return this.exercises.get(exerciseId);
  }

  @Post(':exerciseId/archive')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Archive a draft or ended exercise: read-only, and every join code stops working',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(ExerciseResponse) })
  archive(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.exercises.archive(principal, exerciseId);
  }

  @Get(':exerciseId/join-codes')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Which roles have a live join code (codes themselves are shown only when made)' })
  @ApiResponse({ status: 200, schema: openApiSchema(JoinCodeStatusResponse.array()) })
  joinCodes(@Param('exerciseId') exerciseId: string) {
    return this.exercises.joinCodes(exerciseId);
  }

  @Post(':exerciseId/join-codes/:role')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: "A new join code for a role; the role's previous code stops working" })
  @ApiResponse({ status: 201, schema: openApiSchema(JoinCodeResponse) })
  rotateJoinCode(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('role', idPipe(RoleId, 'Role')) role: string,
  ) {
    return this.exercises.rotateJoinCode(principal, exerciseId, role);
  }

  @Delete(':exerciseId/join-codes/:role')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: "Revoke a role's join code" })
  revokeJoinCode(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('role', idPipe(RoleId, 'Role')) role: string,
  ): Promise<void> {
    return this.exercises.revokeJoinCode(principal, exerciseId, role);
  }

  @Get(':exerciseId/grants')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'People from any organisation granted access to this exercise' })
  @ApiResponse({ status: 200, schema: openApiSchema(GrantResponse.array()) })
  grants(@Param('exerciseId') exerciseId: string) {
    return this.exercises.grants(exerciseId);
  }

  @Post(':exerciseId/grants')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Grant someone (from any organisation) access to this exercise only' })
  @ApiResponse({ status: 201, schema: openApiSchema(GrantResponse) })
  addGrant(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Body(new ZodValidationPipe(NewGrant)) body: z.infer<typeof NewGrant>,
  ) {
    return this.exercises.addGrant(principal, exerciseId, body.email, body.role);
  }

  @Delete(':exerciseId/grants/:userId')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Withdraw a grant' })
  removeGrant(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('userId', idPipe(z.uuid(), 'Grant')) userId: string,
  ): Promise<void> {
    return this.exercises.removeGrant(principal, exerciseId, userId);
  }
}
