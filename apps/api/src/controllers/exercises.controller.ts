import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DB_INT_MAX, ErrorCode } from '@driehoek/core';
import {
  EXERCISE_ROLES,
  EventLog,
  ExerciseRunService,
  ExerciseService,
  ExerciseTimelineService,
  FacilitatorInjects,
  InjectEngine,
  MAX_SPEED,
  MIN_SPEED,
} from '@driehoek/exercise';
import { Offset, offsetToSeconds } from '@driehoek/scenario';
import { Authenticated, ExerciseMember, OrganisationMember, type Principal } from '@driehoek/identity';
import { z } from 'zod';
import { ApiError, ApiStatusRule, NoContent, ZodResponse } from '../http/api-response.decorator';
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ChainVerdictResponse,
  ClockResponse,
  ScheduledItemResponse,
  CreatedExerciseResponse,
  DeliveredResponse,
  EventResponse,
  ExerciseResponse,
  GrantResponse,
  InvitationResponse,
  JoinCodeResponse,
  JoinCodeStatusResponse,
  TimelineResponse,
} from '../http/responses';
import { ZodBody, ZodQuery } from '../http/zod-body.decorator';

const Speed = z
  .number()
  .min(MIN_SPEED)
  .max(MAX_SPEED)
  .describe(`Clock speed, ${MIN_SPEED} (real time) to ${MAX_SPEED}`);

const NewExercise = z
  .object({
    scenarioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id'),
    scenarioVersion: z
      .number()
      .int()
      .positive()
      .max(DB_INT_MAX)
      .optional()
      .describe('A stored version of the copy used; its latest without it'),
    scenarioOwner: z
      .union([z.literal('shipped'), z.uuid()])
      .optional()
      .describe(
        "Which copy of the scenario: `shipped`, or an organisation id. Without it the exercise's organisation's " +
          "own copy, else the shipped one. Members may name only `shipped` or the exercise's organisation; " +
          "platform admins any organisation's",
      ),
    speed: Speed.optional(),
  })
  .strict();
// Without a body (or with an empty one) the exercise starts at the speed chosen when it was created.
const Start = z
  .object({ speed: Speed.optional() })
  .strict()
  .optional()
  .transform((body) => body ?? {});
const Fire = z
  .object({
    again: z
      .boolean()
      .optional()
      .describe('Fire an inject that has fired already once more; without it that answers 409'),
  })
  .strict()
  .optional()
  .transform((body) => body ?? {});
const ClockChange = z
  .object({
    speed: Speed.optional(),
    jumpTo: Offset.optional().describe('Scenario offset to jump to, e.g. "1d 08:30"'),
  })
  .strict()
  .refine(
    (change) => change.speed !== undefined || change.jumpTo !== undefined,
    'give speed, jumpTo or both',
  );
const AdHocInject = z
  .object({
    title: z.string().trim().min(1).max(200),
    content: z.string().trim().min(1).max(20_000),
    channel: z.string().min(1).max(80),
    audience: z.union([z.literal('all'), z.array(z.string().min(1).max(80)).min(1)]),
    from: z.string().max(200).optional(),
  })
  .strict();
const Postpone = z
  .object({ by: Offset.describe('How much later on the scenario clock, e.g. "00:15"') })
  .strict();
const InjectId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

const EventsQuery = z
  .object({
    after: z.coerce.number().int().min(0).default(0).describe('Events with a higher sequence number'),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
const archivedRefuses = [ErrorCode.Conflict, 'The exercise is archived'] as const;
const NewGrant = z
  .object({ email: z.email('must be an e-mail address').max(254), role: z.enum(EXERCISE_ROLES) })
  .strict();
const RoleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('exercises')
export class ExercisesController {
  constructor(
    private readonly exercises: ExerciseService,
    private readonly run: ExerciseRunService,
    private readonly log: EventLog,
    private readonly engine: InjectEngine,
    private readonly injects: FacilitatorInjects,
    private readonly timelines: ExerciseTimelineService,
  ) {}

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
  @ZodResponse(201, CreatedExerciseResponse)
  @ApiError(
    ErrorCode.NotFound,
    "No such scenario, or version of it, in the organisation's library (its own, else shipped) or the copy named",
  )
  @ApiError(
    ErrorCode.ValidationFailed,
    "`scenarioOwner` names another organisation's copy, which only a platform administrator may use",
  )
  create(
    @CurrentPrincipal() principal: Principal,
    @CurrentOrganisation() organisationId: string,
    @ZodBody(NewExercise) body: z.infer<typeof NewExercise>,
  ) {
    return this.exercises.create(principal, organisationId, body);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Exercises of your organisations and those you were granted, newest first' })
  @ZodResponse(200, ExerciseResponse.array())
  list(@CurrentPrincipal() principal: Principal) {
    return this.exercises.list(principal);
  }

  @Get(':exerciseId')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'One exercise: its status and the speed its clock runs (or will start) at' })
  @ZodResponse(200, ExerciseResponse)
  get(@Param('exerciseId') exerciseId: string) {
    return this.exercises.get(exerciseId);
  }

  @Post(':exerciseId/archive')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Archive a draft or ended exercise: read-only, and every join code stops working',
  })
  @ZodResponse(200, ExerciseResponse)
  @ApiStatusRule('archive')
  archive(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.exercises.archive(principal, exerciseId);
  }

  @Get(':exerciseId/join-codes')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Which roles have a live join code (codes themselves are shown only when made)' })
  @ZodResponse(200, JoinCodeStatusResponse.array())
  joinCodes(@Param('exerciseId') exerciseId: string) {
    return this.exercises.joinCodes(exerciseId);
  }

  @Post(':exerciseId/join-codes/:role')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: "A new join code for a role; the role's previous code stops working" })
  @ZodResponse(201, JoinCodeResponse)
  @ApiError(ErrorCode.NotFound, 'The scenario has no such role')
  @ApiError(...archivedRefuses)
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
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'The role has no live join code')
  @ApiError(...archivedRefuses)
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
  @ZodResponse(200, GrantResponse.array())
  grants(@Param('exerciseId') exerciseId: string) {
    return this.exercises.grants(exerciseId);
  }

  @Post(':exerciseId/grants')
  @HttpCode(202)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary:
      'Invite someone (from any organisation) to this exercise only; the grant begins when they accept ' +
      '(GET /api/auth/invitations). The answer is the same whether or not the address has an account',
  })
  @ZodResponse(202, InvitationResponse, 'Invited; granted once they accept')
  @ApiError(...archivedRefuses)
  addGrant(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @ZodBody(NewGrant) body: z.infer<typeof NewGrant>,
  ) {
    return this.exercises.addGrant(principal, exerciseId, body.email, body.role);
  }

  @Get(':exerciseId/invitations')
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Open invitations to this exercise (not yet answered, not expired)' })
  @ZodResponse(200, InvitationResponse.array())
  grantInvitations(@Param('exerciseId') exerciseId: string) {
    return this.exercises.grantInvitations(exerciseId);
  }

  @Delete(':exerciseId/invitations/:invitationId')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Withdraw an open invitation to this exercise: it can no longer be accepted' })
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'No open invitation of that id to this exercise')
  withdrawGrantInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('invitationId', idPipe(z.uuid(), 'Invitation')) invitationId: string,
  ): Promise<void> {
    return this.exercises.withdrawGrantInvitation(principal, exerciseId, invitationId);
  }

  @Delete(':exerciseId/grants/:userId')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Withdraw a grant' })
  @NoContent()
  @ApiError(ErrorCode.NotFound, 'No such grant')
  @ApiError(...archivedRefuses)
  removeGrant(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('userId', idPipe(z.uuid(), 'Grant')) userId: string,
  ): Promise<void> {
    return this.exercises.removeGrant(principal, exerciseId, userId);
  }

  @Post(':exerciseId/start')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary:
      'Start the exercise clock (draft → running); without a body at the speed chosen at creation, or at `speed`',
  })
  @ZodResponse(200, ClockResponse)
  @ApiStatusRule('start')
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @ZodBody(Start) body: z.infer<typeof Start>,
  ) {
    return this.run.start(principal, exerciseId, body.speed);
  }

  @Post(':exerciseId/pause')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Pause the clock (running → paused)' })
  @ZodResponse(200, ClockResponse)
  @ApiStatusRule('pause')
  pause(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.pause(principal, exerciseId);
  }

  @Post(':exerciseId/resume')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Resume the clock (paused → running)' })
  @ZodResponse(200, ClockResponse)
  @ApiStatusRule('resume')
  resume(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.resume(principal, exerciseId);
  }

  @Post(':exerciseId/end')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'End the exercise (running or paused → ended): the clock stops, what is pending is cancelled',
  })
  @ZodResponse(200, ClockResponse)
  @ApiStatusRule('end')
  end(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.end(principal, exerciseId);
  }

  @Patch(':exerciseId/clock')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary:
      'Change the speed and/or jump forward to a scenario offset; each is recorded as an event. What a jump passes over fires at once with its declared offset (when paused: on resume)',
  })
  @ZodResponse(200, ClockResponse)
  @ApiStatusRule('clock.adjust')
  @ApiError(
    ErrorCode.ValidationFailed,
    '`jumpTo` before the current scenario time (a jump goes forward only) or past the end of the scenario',
  )
  adjustClock(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @ZodBody(ClockChange) body: z.infer<typeof ClockChange>,
  ) {
    return this.run.adjust(principal, exerciseId, {
      speed: body.speed,
      jumpToMs: body.jumpTo === undefined ? undefined : offsetToSeconds(body.jumpTo)! * 1000,
    });
  }

  @Get(':exerciseId/clock')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The exercise clock now: status, speed, scenario offset and fictional date-time' })
  @ZodResponse(200, ClockResponse)
  clock(@Param('exerciseId') exerciseId: string) {
    return this.run.view(exerciseId);
  }

  @Get(':exerciseId/events')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The exercise log after a sequence number (facilitator view: every event)' })
  @ZodResponse(200, EventResponse.array())
  events(@Param('exerciseId') exerciseId: string, @ZodQuery(EventsQuery) query: z.infer<typeof EventsQuery>) {
    return this.log.list(exerciseId, query.after, query.limit);
  }

  @Get(':exerciseId/events/verify')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary: 'Recompute the hash chain: {valid, count, headHash}, and the first broken event if any',
  })
  @ZodResponse(200, ChainVerdictResponse)
  verify(@Param('exerciseId') exerciseId: string) {
    return this.log.verify(exerciseId);
  }

  @Get(':exerciseId/timeline')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'The facilitator timeline: what happened (the log, acknowledgements folded into their inject) and what is coming or was skipped (the schedule), on one scenario-time axis',
  })
  @ZodResponse(200, TimelineResponse)
  timeline(@Param('exerciseId') exerciseId: string) {
    return this.timelines.timeline(exerciseId);
  }

  @Get(':exerciseId/injects')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary: 'The inject schedule: fired, pending and skipped, with due times on the scenario clock',
  })
  @ZodResponse(200, ScheduledItemResponse.array())
  schedule(@Param('exerciseId') exerciseId: string) {
    return this.engine.schedule(exerciseId);
  }

  @Post(':exerciseId/injects')
  @HttpCode(201)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Deliver an ad-hoc inject now' })
  @ZodResponse(201, DeliveredResponse)
  @ApiStatusRule('facilitator.inject')
  @ApiError(ErrorCode.ValidationFailed, '`channel` or `audience` names what the scenario does not have')
  async adHoc(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @ZodBody(AdHocInject) body: z.infer<typeof AdHocInject>,
  ) {
    await this.injects.adHoc(principal.email, exerciseId, body);
    return { delivered: true };
  }

  @Post(':exerciseId/injects/:injectId/fire')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary:
      'Fire a held (or any) scenario inject now; a queued one fires early and not again later. Once more only with {"again": true}',
  })
  @ZodResponse(200, DeliveredResponse)
  @ApiStatusRule('facilitator.inject')
  @ApiError(ErrorCode.Conflict, 'The inject has fired already, and the body is not `{"again": true}`')
  @ApiError(ErrorCode.NotFound, 'The scenario has no such inject')
  async fire(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('injectId', idPipe(InjectId, 'Inject')) injectId: string,
    @ZodBody(Fire) body: z.infer<typeof Fire>,
  ) {
    await this.injects.fireNow(principal.email, exerciseId, injectId, body.again);
    return { delivered: true };
  }

  @Post(':exerciseId/injects/:injectId/skip')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Take a queued inject off the schedule' })
  @NoContent()
  @ApiStatusRule('facilitator.inject')
  @ApiError(ErrorCode.NotFound, 'No pending occurrence of that inject')
  skip(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('injectId', idPipe(InjectId, 'Inject')) injectId: string,
  ): Promise<void> {
    return this.injects.skip(principal.email, exerciseId, injectId);
  }

  @Post(':exerciseId/injects/:injectId/postpone')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Move a queued inject later on the scenario clock' })
  @NoContent()
  @ApiStatusRule('facilitator.inject')
  @ApiError(ErrorCode.NotFound, 'No pending occurrence of that inject')
  postpone(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('injectId', idPipe(InjectId, 'Inject')) injectId: string,
    @ZodBody(Postpone) body: z.infer<typeof Postpone>,
  ): Promise<void> {
    return this.injects.postpone(principal.email, exerciseId, injectId, offsetToSeconds(body.by)! * 1000);
  }
}
