import { INCIDENT_REGIMES, INCIDENT_STATUSES } from '@driehoek/incidents';
import { ACTION_STATUSES, CAPABILITY_ELEMENTS, HISTORY_KINDS } from '@driehoek/improvement';
import { Playbook } from '@driehoek/playbooks';
import { ExerciseExport, ExportedEvent, SCHEDULED_KINDS } from '@driehoek/exercise';
import { ErrorCode, FIELD_ERROR_CODES } from '@driehoek/core';
import { z } from 'zod';

/**
 * The wire format of the responses, for the OpenAPI document, where each exported schema is a
 * named component. The end-to-end tests parse real responses with these schemas, so the document
 * cannot drift from what the server sends.
 */
const Timestamp = z.iso.datetime({ offset: true });
const CalendarDate = z.iso.date();

export const ScenarioProblemResponse = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  path: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

export const FieldErrorResponse = z.object({
  path: z.string().describe('Field path, e.g. injects[3].audience[0]; "" for the body as a whole'),
  message: z.string(),
  code: z
    .string()
    .optional()
    .describe(
      `Stable kind of problem. A body or query that fails its schema: ${FIELD_ERROR_CODES.join(', ')}. ` +
        'A scenario (SCENARIO_INVALID): the same code as `npm run scenarios:check` prints, e.g. ' +
        'unknown-reference, duplicate-id, yaml-syntax. Absent on refusals by a rule of the exercise, ' +
        'e.g. a clock jump backwards (path jumpTo)',
    ),
  line: z.number().int().optional().describe('1-based, for YAML input'),
  column: z.number().int().optional().describe('1-based, for YAML input'),
});

export const ErrorResponse = z.object({
  statusCode: z.number().int(),
  code: z.string().describe(`Stable machine-readable code: ${Object.values(ErrorCode).join(', ')}`),
  message: z.string(),
  errors: z.array(FieldErrorResponse).optional().describe('With VALIDATION_FAILED and SCENARIO_INVALID'),
  warnings: z
    .array(ScenarioProblemResponse)
    .optional()
    .describe('With SCENARIO_INVALID: the warnings the scenario has besides its errors (the first 100)'),
  errorCount: z
    .number()
    .int()
    .optional()
    .describe(
      'With SCENARIO_INVALID: how many errors there are; `errors` lists the first 100 in source order',
    ),
  warningCount: z
    .number()
    .int()
    .optional()
    .describe('With SCENARIO_INVALID: how many warnings there are; `warnings` lists the first 100'),
  truncated: z
    .boolean()
    .optional()
    .describe('With SCENARIO_INVALID: true when `errors` or `warnings` leaves some out'),
});

const Dependency = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});
export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.object({
    database: Dependency,
    redis: Dependency.optional(),
    eventStream: Dependency.optional(),
  }),
});

/** Whose copy of a scenario id this is; a shipped scenario and an organisation's fork share the id. */
export const ScenarioOwnerResponse = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('shipped') }),
    z.object({ kind: z.literal('organisation'), organisationId: z.uuid(), name: z.string() }),
  ])
  .describe(
    'Who owns this copy: `shipped` (the platform), or an organisation (its own fork or upload); ' +
      'choose a copy with `?owner=shipped|<organisationId>`',
  );

export const ScenarioSummaryResponse = z.object({
  id: z.string(),
  owner: ScenarioOwnerResponse,
  organisationId: z
    .uuid()
    .nullable()
    .describe('The owning organisation, as in `owner`; null for a shipped scenario'),
  title: z.string(),
  summary: z.string(),
  language: z.string(),
  tags: z.array(z.string()),
  latestVersion: z.number().int(),
  durationMinutes: z.number().int(),
  counts: z.object({
    roles: z.number().int(),
    injects: z.number().int(),
    decisionPoints: z.number().int(),
    phases: z.number().int(),
  }),
  updatedAt: Timestamp,
});

export const StoreResultResponse = z.object({
  id: z.string(),
  organisationId: z.uuid().nullable().describe('The owning organisation; null for a shipped scenario'),
  version: z.number().int(),
  created: z.boolean().describe('false when the upload was identical to the latest version'),
  warnings: z.array(ScenarioProblemResponse),
});

const MselRowResponse = z.object({
  kind: z
    .enum(['inject', 'branch', 'held', 'decision-point', 'unscheduled'])
    .describe(
      'On the main timeline, a branch inject (scheduled by a decision option, an overdue decision or a clock), held for the facilitator, a decision point, or scheduled by nothing',
    ),
  depth: z
    .number()
    .int()
    .describe('How deep under what schedules it a branch row sits; 0 on the main timeline'),
  offset: z
    .string()
    .nullable()
    .describe('On the exercise clock, e.g. "00:10"; null when it depends on the play'),
  localTime: z
    .string()
    .nullable()
    .describe('The fictional date-time in the scenario\'s zone, e.g. "2026-03-12 08:10 (CET)"'),
  when: z
    .string()
    .describe('When it comes, as the facilitator reads it: the offset, or relative to its trigger'),
  phase: z.string(),
  id: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  channel: z.string(),
  content: z.string(),
  expectedActions: z.string(),
  facilitatorNotes: z.string(),
});

export const MselResponse = z.object({
  scenarioId: z.string(),
  title: z.string(),
  language: z.enum(['nl', 'en']).describe("Of the labels; the content is the scenario's"),
  startsAt: z.string(),
  timeZone: z.string(),
  rows: z
    .array(MselRowResponse)
    .describe('In scenario time order, as GET /api/scenarios/:id/msel lists them'),
});

export const ScenarioCheckResponse = z.object({
  valid: z.boolean().describe('No errors: POST /api/scenarios would store this document'),
  errors: z
    .array(ScenarioProblemResponse)
    .describe(
      'The first 100 errors in source order, each with `path`, `line`, `column`, `message` and `code`',
    ),
  warnings: z.array(ScenarioProblemResponse).describe('The first 100 warnings in source order'),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  truncated: z.boolean().describe('true when `errors` or `warnings` leaves some out'),
  msel: MselResponse.nullable().describe('The MSEL of a valid document; null when it has errors'),
});

export const ScenarioDetailResponse = z.object({
  id: z.string(),
  owner: ScenarioOwnerResponse,
  organisationId: z
    .uuid()
    .nullable()
    .describe('The owning organisation, as in `owner`; null for a shipped scenario'),
  version: z.number().int(),
  origin: z.enum(['shipped', 'upload']),
  contentHash: z.string().describe('sha256 of the YAML source, hex'),
  createdAt: Timestamp,
  scenario: z
    .record(z.string(), z.unknown())
    .describe('The validated scenario; see GET /api/scenarios/schema'),
});

export const ScenarioVersionResponse = ScenarioDetailResponse.pick({
  version: true,
  origin: true,
  contentHash: true,
  createdAt: true,
});

export const RevokedSessionsResponse = z.object({
  revoked: z
    .number()
    .int()
    .describe('How many live sessions of the member no longer reach this organisation'),
});

export const DeliveredResponse = z.object({ delivered: z.literal(true) });

export const TokenResponse = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
  refreshToken: z.string(),
  refreshExpiresIn: z.number().int(),
});

const Membership = z.object({
  organisationId: z.uuid(),
  role: z.enum(['admin', 'facilitator', 'evaluator']),
});

export const MeResponse = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  platformAdmin: z.boolean(),
  memberships: z.array(Membership),
});

export const OrganisationResponse = z.object({ id: z.uuid(), name: z.string(), createdAt: Timestamp });

export const MemberResponse = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'facilitator', 'evaluator']),
  disabled: z.boolean(),
});

const InvitationRole = z.enum(['admin', 'facilitator', 'evaluator']);

export const InvitationResponse = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    exerciseId: z.uuid().nullable().describe('Set for an invitation to one exercise (a grant once accepted)'),
    email: z.string().describe('The address invited, lower-cased'),
    role: InvitationRole,
    createdAt: Timestamp,
    expiresAt: Timestamp,
  })
  .describe(
    'An open invitation, as the inviting side sees it: the same whether or not the address has an account',
  );

export const ReceivedInvitationResponse = z.object({
  id: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  exercise: z
    .object({ id: z.uuid(), title: z.string() })
    .nullable()
    .describe('The exercise, for an invitation to one exercise only; null for a membership'),
  role: InvitationRole,
  invitedBy: z.object({ name: z.string() }).nullable(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});

export const AcceptedInvitationResponse = z.object({
  organisationId: z.uuid(),
  exerciseId: z.uuid().nullable().describe('Set when the invitation was to one exercise: a grant'),
  role: InvitationRole,
});

export const AuditEventResponse = z.object({
  id: z.string(),
  at: Timestamp,
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string(),
  organisationId: z.uuid().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const ExerciseResponse = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  scenarioVersionId: z.uuid(),
  title: z.string(),
  status: z.enum(['draft', 'running', 'paused', 'ended', 'archived']),
  speed: z.number(),
  createdBy: z.uuid().nullable(),
  createdAt: Timestamp,
  archivedAt: Timestamp.nullable(),
});

export const JoinCodeResponse = z.object({
  role: z.string(),
  roleName: z.string(),
  code: z.string().describe('e.g. 7KQ2-M9XD-4HTA; case, spaces and dashes do not matter'),
});

export const OpenActionResponse = z.object({
  id: z.uuid(),
  areaForImprovement: z.string(),
  correctiveAction: z.string(),
  dueDate: CalendarDate.nullable(),
  status: z.enum(ACTION_STATUSES),
});

export const CreatedExerciseResponse = z.object({
  id: z.uuid(),
  status: z.literal('draft'),
  title: z.string(),
  organisationId: z.uuid(),
  scenario: z.object({
    id: z.string(),
    version: z.number().int(),
    owner: ScenarioOwnerResponse,
  }),
  joinCodes: z.array(JoinCodeResponse),
  openActions: z
    .array(OpenActionResponse)
    .describe("The organisation's improvement actions still open or in progress, soonest due first"),
});

export const JoinCodeStatusResponse = z.object({
  role: z.string(),
  active: z.boolean(),
  createdAt: Timestamp.nullable(),
});

export const GrantResponse = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['facilitator', 'evaluator']),
  createdAt: Timestamp,
});

export const PlayerJoinResponse = z.object({
  exerciseId: z.uuid(),
  role: z.string(),
  roleName: z.string(),
  playerToken: z
    .string()
    .describe('Bearer token of this player; valid while the code is live and the exercise not archived'),
});

export const ClockResponse = z.object({
  status: z.enum(['not-started', 'running', 'paused', 'stopped']),
  speed: z.number(),
  offsetMs: z.number(),
  offset: z.string().describe('Scenario offset now, e.g. "01:10" or "1d 08:30"'),
  scenarioTime: Timestamp.describe('The fictional scenario date-time now'),
});

export const EventResponse = z.object({
  exerciseId: z.uuid(),
  seq: z.number().int(),
  type: z.string(),
  offsetMs: z.number(),
  wallTime: Timestamp,
  actor: z.string().nullable(),
  audience: z
    .array(z.string())
    .describe('Scenario roles that may see it; "*" for every player; empty for staff only'),
  payload: z.record(z.string(), z.unknown()),
  previousHash: z.string(),
  hash: z.string(),
});

export const ChainVerdictResponse = z.object({
  valid: z.boolean(),
  count: z.number().int(),
  headHash: z.string(),
  brokenAt: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
});

export const ScheduledItemResponse = z.object({
  id: z.uuid(),
  exerciseId: z.uuid(),
  kind: z.enum(SCHEDULED_KINDS),
  refId: z.string(),
  occurrence: z.number().int(),
  dueOffsetMs: z.number(),
  status: z
    .enum(['pending', 'fired', 'skipped', 'cancelled'])
    .describe('cancelled: left unfired when the exercise ended'),
  cause: z.record(z.string(), z.unknown()),
  firedSeq: z.number().int().nullable(),
});

const TimelineEventEntry = z.object({
  kind: z.literal('event'),
  seq: z.number().int(),
  type: z.string(),
  offsetMs: z.number(),
  scenarioTime: Timestamp,
  wallTime: Timestamp,
  actor: z.string().nullable(),
  audience: z.array(z.string()),
  title: z
    .string()
    .nullable()
    .describe("The inject's title, the decision point's question or the decision's besluit"),
  ref: z.object({
    injectId: z.string().optional(),
    occurrence: z.number().int().optional(),
    decisionPointId: z.string().optional(),
    optionId: z.string().optional(),
    triggerId: z.string().optional(),
  }),
  acknowledgements: z
    .array(z.object({ role: z.string(), seq: z.number().int(), wallTime: Timestamp }))
    .optional()
    .describe('Only on inject.delivered: the roles that acknowledged it (the first time each)'),
});

const TimelineScheduledEntry = z.object({
  kind: z.literal('scheduled'),
  status: z.enum(['pending', 'skipped']),
  itemKind: ScheduledItemResponse.shape.kind,
  refId: z.string().describe('The inject or decision point id'),
  occurrence: z.number().int(),
  offsetMs: z.number().describe('When it is due on the scenario clock'),
  scenarioTime: Timestamp,
  expectedWallTime: Timestamp.nullable().describe(
    'When it fires at the current speed; null while the clock stands still, and when skipped',
  ),
  title: z.string().nullable(),
});

export const TimelineResponse = z.object({
  exerciseId: z.uuid(),
  status: ExerciseResponse.shape.status,
  clock: ClockResponse,
  entries: z
    .array(z.discriminatedUnion('kind', [TimelineEventEntry, TimelineScheduledEntry]))
    .describe(
      'By scenario offset; at equal offsets events (by seq) before scheduled items. Events are the log ' +
        'without inject.acknowledged (folded into the inject); scheduled items are those not fired',
    ),
});

const Bilingual = z.object({ nl: z.string(), en: z.string() });

const ClockStage = z.object({
  stage: z.string(),
  requestId: z.string().optional(),
  label: Bilingual,
  recipient: Bilingual,
  status: z.enum(['pending', 'due-soon', 'met', 'met-late', 'missed']),
  startedAt: Timestamp.nullable(),
  operationalDue: Timestamp.nullable().describe('The deadline to aim for'),
  legalLatest: Timestamp.nullable().describe('The latest reading under Reg. 1182/71, shown beside it'),
  dueSoonFrom: Timestamp.nullable(),
  submittedAt: Timestamp.nullable(),
  withinLegalLatest: z.boolean().nullable(),
  waitingFor: z.string().nullable().describe('What has to happen before this stage has a deadline'),
  notRequired: z.string().nullable(),
  local: z
    .record(z.string(), z.string())
    .describe('The instants above that are set, as read in the scenario’s zone: "2026-03-30 10:17 (CEST)"'),
});

export const RegulatoryClockResponse = z.object({
  id: z.string(),
  regime: z.enum(['nis2', 'nis2-trust-service', 'avg', 'cer', 'noodverordening', 'custom']),
  label: z.string(),
  description: z.string().nullable(),
  role: z.string().nullable(),
  audience: z
    .array(z.string())
    .describe('Roles that see this clock and its reports (`*`: every player); staff see every clock'),
  recipient: z.string().nullable().describe('Custom clocks: to whom the report goes'),
  running: z.boolean(),
  startedAt: Timestamp.nullable().describe('t0 on scenario time: awareness, or the by-law issued'),
  startsBy: z.union([
    z.object({ kind: z.literal('schedule'), at: z.string() }),
    z.object({ kind: z.literal('decision'), decision: z.string(), option: z.string() }),
    z.object({ kind: z.literal('awareness') }),
  ]),
  nextChangeAt: Timestamp.nullable(),
  local: z.record(z.string(), z.string()).describe('startedAt as read in the scenario’s zone'),
  stages: z.array(ClockStage),
});

export const RegulatoryClocksResponse = z.object({
  scenarioTime: Timestamp,
  clocks: z.array(RegulatoryClockResponse),
});

const LocalReadings = z
  .record(z.string(), z.string())
  .describe(
    'The instants beside it as read in Europe/Amsterdam, e.g. "2026-03-30 10:17 (CEST)"; only those set',
  );

const IncidentDeadline = z.object({
  regime: z.enum(INCIDENT_REGIMES),
  stage: z.string(),
  requestId: z.string().optional(),
  label: Bilingual,
  status: ClockStage.shape.status,
  operationalDue: Timestamp,
  legalLatest: Timestamp.nullable(),
  local: LocalReadings,
});

export const IncidentSummaryResponse = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(INCIDENT_STATUSES).describe('closed once handling is closed; reports may still fall due'),
  regimes: z.array(z.enum(INCIDENT_REGIMES)),
  createdBy: z.uuid().nullable(),
  createdAt: Timestamp,
  detectedAt: Timestamp.nullable(),
  awareAt: Timestamp.nullable().describe('t0 of every clock'),
  handlingClosedAt: Timestamp.nullable(),
  nextDeadline: IncidentDeadline.nullable().describe(
    'The earliest operational deadline with nothing submitted yet (a missed one comes first)',
  ),
  noticeCount: z.number().int().describe('Stages due soon or missed'),
});

// Completed below with the attached playbooks, once PlaybookProgressResponse is declared.
const IncidentViewFields = IncidentSummaryResponse.extend({
  local: LocalReadings,
  now: Timestamp.describe('The moment the clocks were computed for'),
  awareness: z
    .object({ at: Timestamp, by: z.string(), role: z.string().optional(), note: z.string().optional() })
    .nullable(),
  clocks: z.array(
    z.object({
      regime: z.enum(INCIDENT_REGIMES),
      label: Bilingual,
      stages: z.array(ClockStage.extend({ local: LocalReadings })),
    }),
  ),
  notices: z.array(IncidentDeadline).describe('Stages due soon or missed, soonest first'),
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      recordedAt: Timestamp,
      actor: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()),
      hash: z.string(),
    }),
  ),
});

export const IncidentNoticeResponse = IncidentDeadline.extend({
  incident: z.object({ id: z.uuid(), title: z.string(), status: z.enum(INCIDENT_STATUSES) }),
});

const ContentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('sha256 of the YAML source, hex: record it to say exactly which version was followed');

export const PlaybookSummaryResponse = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  language: z.enum(['nl', 'en']),
  appliesTo: z.array(z.string()).describe('Kinds of incident, e.g. ransomware, online-disorder'),
  stepCount: z.number().int(),
  contentHash: ContentHash,
});

export const PlaybookDetailResponse = z.object({
  id: z.string(),
  contentHash: ContentHash,
  playbook: Playbook.describe('The validated playbook; its format is playbooks/schema.json'),
});

const ProgressCounts = {
  total: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  blocked: z.number().int(),
};

export const PlaybookProgressResponse = z.object({
  playbookId: z.string(),
  title: z.string(),
  attachedAt: Timestamp.describe('Scenario time in an exercise, the wall clock in an incident'),
  changedSinceAttached: z.boolean().describe('A newer release changed the playbook since it was attached'),
  withdrawn: z.boolean().describe('No longer shipped: its steps are unknown; the log keeps what was done'),
  steps: z.array(
    z.object({
      stepId: z.string(),
      title: z.string(),
      owner: z.string(),
      phase: z.string().nullable(),
      status: z.enum(['open', 'done', 'blocked']),
      completedAt: Timestamp.nullable().describe(
        'Scenario time in an exercise, the wall clock in an incident',
      ),
      by: z.string().nullable(),
      role: z.string().nullable(),
      note: z.string().nullable(),
      blockedBy: z.array(z.string()),
      clock: z.object({ regime: z.string(), stage: z.string() }).nullable(),
    }),
  ),
  totals: z.object({ ...ProgressCounts, percentDone: z.number() }),
  phases: z.array(
    z.object({ ...ProgressCounts, phaseId: z.string().nullable(), name: z.string().nullable() }),
  ),
  roles: z.array(z.object({ ...ProgressCounts, roleId: z.string(), name: z.string() })),
  clocks: z.array(
    z.object({ regime: z.string(), stage: z.string(), stepIds: z.array(z.string()), done: z.boolean() }),
  ),
  ignoredRecords: z.number().int(),
});

export const IncidentViewResponse = IncidentViewFields.extend({
  playbooks: z.array(PlaybookProgressResponse).describe('The attached playbooks, in the order attached'),
});

export const ImprovementActionResponse = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  objective: z
    .object({
      id: z.string().nullable().describe("A scenario objective's id; null for free text"),
      title: z.string(),
    })
    .nullable(),
  areaForImprovement: z.string(),
  correctiveAction: z.string(),
  capabilityElement: z.enum(CAPABILITY_ELEMENTS),
  responsibleOrganisation: z.string(),
  contactRole: z.string().nullable(),
  startDate: CalendarDate.nullable(),
  dueDate: CalendarDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  reason: z.string().nullable().describe('Why it was dropped; set exactly when status is dropped'),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('exercise'), exerciseId: z.uuid(), observationIds: z.array(z.uuid()) }),
    z.object({ kind: z.literal('incident'), incidentId: z.uuid() }),
  ]),
  retestedIn: z
    .array(z.object({ exerciseId: z.uuid(), objectiveId: z.string() }))
    .describe('Objectives of later exercises that re-test it'),
  version: z.number().int().describe('The seq of its last history entry'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ImprovementActionChangeResponse = z.object({
  seq: z.number().int(),
  kind: z.enum(HISTORY_KINDS),
  recordedAt: Timestamp,
  actor: z.string().describe('Who: the signed-in e-mail address'),
  changes: z
    .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
    .describe('Each field changed, with its value before and after'),
});

export const RetestResponse = z.object({
  exerciseId: z.uuid(),
  objectiveId: z.string(),
  actionId: z.uuid(),
  areaForImprovement: z.string(),
  correctiveAction: z.string(),
  status: z.enum(ACTION_STATUSES),
  createdAt: Timestamp,
});

export const IncidentReviewResponse = z.object({
  incidentId: z.uuid(),
  seq: z.number().int().describe("The review's entry in the incident's log"),
  recordedAt: Timestamp,
  summary: z.string(),
  observations: z.array(z.object({ kind: z.enum(['strength', 'area-for-improvement']), text: z.string() })),
  by: z.string(),
  actions: z.array(ImprovementActionResponse).describe("Raised into the organisation's improvement plan"),
});

// Lessons learned: observations, the debrief (hot wash) and its points.

const ObservationKind = z.enum(['strength', 'area-for-improvement']);

export const ObservationRecordedResponse = z.object({
  seq: z.number().int().describe('The seq of the observation.recorded event'),
  observationId: z.uuid(),
});

export const ObservationResponse = z.object({
  observationId: z.uuid(),
  kind: ObservationKind,
  objectiveId: z.string().optional(),
  expectedActionId: z.string().optional(),
  roles: z.array(z.string()),
  seqs: z.array(z.number().int()).describe('The events of this exercise it refers to'),
  text: z.string(),
  rating: z
    .enum(['P', 'S', 'M', 'U'])
    .optional()
    .describe(
      'HSEEP: performed without challenges (P), with some (S), with major challenges (M), unable to be performed (U)',
    ),
  observer: z.string().describe('Who recorded it (e-mail address)'),
  supersedes: z.uuid().optional().describe('The observation this one corrects'),
  seq: z.number().int(),
  offsetMs: z.number().int(),
  scenarioTime: Timestamp,
  wallTime: Timestamp,
  history: z.array(z.uuid()).describe('The observationIds this one corrects, oldest first'),
});

export const DebriefAnswerResponse = z.object({ seq: z.number().int() });

export const DebriefQuestionResponse = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(['text', 'scale']).describe('scale: 1 (poor) to 5 (very good)'),
  roles: z.array(z.string()).optional().describe('The roles asked; absent: every role'),
  anonymousAllowed: z.boolean().describe('Only questions asked of every role take anonymous answers'),
});

export const HotwashPointResponse = z.object({
  pointId: z.uuid(),
  text: z.string(),
  kind: ObservationKind.optional(),
  capturedBy: z.string(),
  seq: z.number().int(),
  scenarioTime: Timestamp,
  wallTime: Timestamp,
});

export const HotwashPointCapturedResponse = z.object({ seq: z.number().int(), pointId: z.uuid() });

export const DebriefResponse = z.object({
  questions: z.array(
    DebriefQuestionResponse.extend({
      answers: z.array(
        z.object({
          answer: z.union([z.string(), z.number().int()]),
          anonymous: z.boolean(),
          role: z.string().optional().describe('Absent for an anonymous answer'),
          seq: z.number().int(),
          scenarioTime: Timestamp,
        }),
      ),
    }),
  ),
  hotwash: z.array(HotwashPointResponse).describe('The points of the group hot wash, in order'),
});

/** An exercise as one document (docs/exports.md); the same schema checks an import's body. */
export const ExerciseExportResponse = ExerciseExport;
export const ImportedEventResponse = ExportedEvent;
export const ExerciseImportResponse = z.object({
  id: z.uuid(),
  organisationId: z.uuid().describe('The importing organisation; its members read the copy'),
  importedAt: Timestamp,
  importedBy: z.uuid().nullable(),
  exportedAt: Timestamp,
  exercise: z.object({ id: z.uuid(), title: z.string(), organisationName: z.string() }),
  scenario: z.object({ id: z.string(), version: z.number().int() }),
  eventCount: z.number().int(),
  headHash: z.string().describe('The head of the chain as verified on import'),
});
export const ExerciseImportDetailResponse = ExerciseImportResponse.extend({
  exercise: ExerciseExport.shape.exercise,
  scenario: ExerciseExport.shape.scenario,
  improvementActions: ExerciseExport.shape.improvementActions,
});
