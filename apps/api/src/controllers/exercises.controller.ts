import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe, openApiSchema } from '@driehoek/core';
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
import { idPipe } from '../http/id-pipe';
import { CurrentOrganisation, CurrentPrincipal } from '../http/principal.decorator';
import {
  ChainVerdictResponse,
  ClockResponse,
  ScheduledItemResponse,
  CreatedExerciseResponse,
  EventResponse,
  ExerciseResponse,
  GrantResponse,
  JoinCodeResponse,
  JoinCodeStatusResponse,
  TimelineResponse,
} from '../http/responses';

const Speed = z
  .number()
  .min(MIN_SPEED)
  .max(MAX_SPEED)
  .describe(`Clock speed, ${MIN_SPEED} (real time) to ${MAX_SPEED}`);

const NewExercise = z
  .object({
    scenarioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a scenario id'),
    scenarioVersion: z.number().int().positive().optional(),
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
    after: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
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

  @Post(':exerciseId/start')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Start the exercise clock (draft → running), optionally at another speed' })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Body(new ZodValidationPipe(Start)) body: z.infer<typeof Start>,
  ) {
    return this.run.start(principal, exerciseId, body.speed);
  }

  @Post(':exerciseId/pause')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Pause the clock (running → paused)' })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  pause(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.pause(principal, exerciseId);
  }

  @Post(':exerciseId/resume')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Resume the clock (paused → running)' })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  resume(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.resume(principal, exerciseId);
  }

  @Post(':exerciseId/end')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'End the exercise (running or paused → ended)' })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  end(@CurrentPrincipal() principal: Principal, @Param('exerciseId') exerciseId: string) {
    return this.run.end(principal, exerciseId);
  }

  @Patch(':exerciseId/clock')
  @ExerciseMember('facilitator')
  @ApiOperation({
    summary: 'Change the speed and/or jump to a scenario offset; each is recorded as an event',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  adjustClock(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Body(new ZodValidationPipe(ClockChange)) body: z.infer<typeof ClockChange>,
  ) {
    return this.run.adjust(principal, exerciseId, {
      speed: body.speed,
      jumpToMs: body.jumpTo === undefined ? undefined : offsetToSeconds(body.jumpTo)! * 1000,
    });
  }

  @Get(':exerciseId/clock')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The exercise clock now: status, speed, scenario offset and fictional date-time' })
  @ApiResponse({ status: 200, schema: openApiSchema(ClockResponse) })
  clock(@Param('exerciseId') exerciseId: string) {
    return this.run.view(exerciseId);
  }

  @Get(':exerciseId/events')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({ summary: 'The exercise log after a sequence number (facilitator view: every event)' })
  @ApiResponse({ status: 200, schema: openApiSchema(EventResponse.array()) })
  events(
    @Param('exerciseId') exerciseId: string,
    @Query(new ZodValidationPipe(EventsQuery)) query: z.infer<typeof EventsQuery>,
  ) {
    return this.log.list(exerciseId, query.after, query.limit);
  }

  @Get(':exerciseId/events/verify')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary: 'Recompute the hash chain: {valid, count, headHash}, and the first broken event if any',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(ChainVerdictResponse) })
  verify(@Param('exerciseId') exerciseId: string) {
    return this.log.verify(exerciseId);
  }

  @Get(':exerciseId/timeline')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary:
      'The facilitator timeline: what happened (the log, acknowledgements folded into their inject) and what is coming or was skipped (the schedule), on one scenario-time axis',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(TimelineResponse) })
  timeline(@Param('exerciseId') exerciseId: string) {
    return this.timelines.timeline(exerciseId);
  }

  @Get(':exerciseId/injects')
  @ExerciseMember('facilitator', 'evaluator')
  @ApiOperation({
    summary: 'The inject schedule: fired, pending and skipped, with due times on the scenario clock',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(ScheduledItemResponse.array()) })
  schedule(@Param('exerciseId') exerciseId: string) {
    return this.engine.schedule(exerciseId);
  }

  @Post(':exerciseId/injects')
  @HttpCode(201)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Deliver an ad-hoc inject now' })
  async adHoc(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Body(new ZodValidationPipe(AdHocInject)) body: z.infer<typeof AdHocInject>,
  ) {
    await this.injects.adHoc(principal.email, exerciseId, body);
    return { delivered: true };
  }

  @Post(':exerciseId/injects/:injectId/fire')
  @HttpCode(200)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Fire a held (or any) scenario inject now' })
  async fire(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('injectId', idPipe(InjectId, 'Inject')) injectId: string,
    @Body(new ZodValidationPipe(Fire)) body: z.infer<typeof Fire>,
  ) {
    await this.injects.fireNow(principal.email, exerciseId, injectId, body.again);
    return { delivered: true };
  }

  @Post(':exerciseId/injects/:injectId/skip')
  @HttpCode(204)
  @ExerciseMember('facilitator')
  @ApiOperation({ summary: 'Take a queued inject off the schedule' })
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
  postpone(
    @CurrentPrincipal() principal: Principal,
    @Param('exerciseId') exerciseId: string,
    @Param('injectId', idPipe(InjectId, 'Inject')) injectId: string,
    @Body(new ZodValidationPipe(Postpone)) body: z.infer<typeof Postpone>,
  ): Promise<void> {
    return this.injects.postpone(principal.email, exerciseId, injectId, offsetToSeconds(body.by)! * 1000);
  }
}
