import { z } from 'zod';
import { DecisionInput } from '../decisions/decision.input';
import { DebriefAnsweredPayload, HotwashPointPayload } from '../debrief/debrief.input';
import { ObservationRecordedPayload } from '../observations/observation.input';

/**
 * Every event an exercise log holds, as data: its payload schema, who sees it and what a player
 * receives of it. This one table is the source of the log's payload types (`ExerciseEvent`), of
 * the realtime channel's types, and of the event table in docs/realtime.md (a test fails when the
 * committed table is stale).
 */

const Offset = z.number().describe('ms on the scenario clock');
const Instant = z.string().describe('UTC ISO instant on scenario time');
const Channel = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const Attachment = z.object({
  name: z.string(),
  description: z.string().optional(),
  url: z.string().optional(),
});
const Scheduled = z.object({ injectId: z.string(), occurrence: z.number().int(), dueOffsetMs: Offset });

/** Who an event reaches, as docs/realtime.md says it; the server decides from the logged audience. */
export type Reach =
  | 'everyone'
  | 'the inject audience'
  | 'the decision point owner and participants'
  | 'the clock audience'
  | 'staff';

export interface EventDefinition<P extends z.ZodType = z.ZodType> {
  payload: P;
  reach: Reach;
  summary: string;
  /** Payload fields staff see and players do not (who fired it, why it was scheduled). */
  staffOnly?: readonly (keyof z.infer<P> & string)[];
}

const define = <P extends z.ZodType>(definition: EventDefinition<P>) => definition;

const ClockStatus = z.object({
  clockId: z.string(),
  regime: z.string(),
  stage: z.string(),
  requestId: z.string().optional(),
  status: z.enum(['pending', 'due-soon', 'met', 'met-late', 'missed']),
  operationalDue: Instant.nullable(),
  legalLatest: Instant.nullable(),
  submittedAt: Instant.nullable(),
});

export const EXERCISE_EVENTS = {
  'clock.started': define({
    payload: z.object({ speed: z.number() }),
    reach: 'everyone',
    summary: 'The exercise clock started.',
  }),
  'clock.paused': define({ payload: z.object({}), reach: 'everyone', summary: 'The clock paused.' }),
  'clock.resumed': define({ payload: z.object({}), reach: 'everyone', summary: 'The clock runs again.' }),
  'clock.speed-changed': define({
    payload: z.object({ speed: z.number() }),
    reach: 'everyone',
    summary: 'The clock runs at another speed from now on.',
  }),
  'clock.jumped': define({
    payload: z.object({ toOffsetMs: Offset }),
    reach: 'everyone',
    summary: 'The scenario clock jumped forward to `toOffsetMs`.',
  }),
  'clock.stopped': define({
    payload: z.object({}),
    reach: 'everyone',
    summary: 'The exercise ended; its log is complete.',
  }),
  'inject.delivered': define({
    payload: z.object({
      injectId: z.string(),
      occurrence: z.number().int(),
      title: z.string(),
      channel: Channel,
      from: z.string().nullable(),
      content: z.string(),
      attachments: z.array(Attachment),
      dueOffsetMs: Offset.describe('The moment it was due; a jump or a late wake-up never moves it'),
      cause: z
        .record(z.string(), z.unknown())
        .describe('Why it came: {timeline: true}, {trigger}, {facilitator}'),
    }),
    reach: 'the inject audience',
    summary: 'An inject reached its audience.',
    staffOnly: ['cause'],
  }),
  'inject.acknowledged': define({
    payload: z.object({ seq: z.number().int(), injectId: z.string(), role: z.string() }),
    reach: 'staff',
    summary: 'A role acknowledged the inject logged at `seq` (once per role).',
  }),
  'inject.skipped': define({
    payload: z.object({ injectId: z.string(), occurrence: z.number().int(), dueOffsetMs: Offset }),
    reach: 'staff',
    summary: 'The facilitator took a queued inject off the schedule.',
  }),
  'inject.postponed': define({
    payload: z.object({
      injectId: z.string(),
      occurrence: z.number().int(),
      dueOffsetMs: Offset,
      byMs: z.number(),
      toOffsetMs: Offset,
    }),
    reach: 'staff',
    summary: 'The facilitator moved a queued inject later.',
  }),
  'decision.opened': define({
    payload: z.object({
      decisionPointId: z.string(),
      question: z.string(),
      owner: z.string(),
      options: z.array(z.object({ id: z.string(), label: z.string(), description: z.string().optional() })),
      dueAt: z.string().nullable().describe('The scenario’s dueAt as written, if any'),
      openedAtOffsetMs: Offset,
      dueOffsetMs: Offset.nullable().describe('The deadline on the scenario clock; never before it opened'),
      legalBasis: z.array(z.string()),
    }),
    reach: 'the decision point owner and participants',
    summary: 'A decision point was put to its owner.',
  }),
  'decision.recorded': define({
    payload: DecisionInput.and(z.object({ role: z.string() })),
    reach: 'the decision point owner and participants',
    summary:
      'A decision in BOB form, as sent, with the deciding role (a free-standing one reaches that role).',
  }),
  'decision.overdue': define({
    payload: z.object({ decisionPointId: z.string(), dueAt: z.string().nullable(), dueOffsetMs: Offset }),
    reach: 'the decision point owner and participants',
    summary: 'A decision point passed its deadline undecided.',
  }),
  'trigger.fired': define({
    payload: z.object({
      triggerId: z.string(),
      decisionPointId: z.string().optional(),
      optionId: z.string().optional(),
      overdue: z.boolean().optional(),
      clockId: z.string().optional(),
      status: z.unknown().optional(),
      scheduled: z.array(Scheduled),
    }),
    reach: 'staff',
    summary: 'A branch was taken: the injects it scheduled.',
  }),
  'regulatory-clock.started': define({
    payload: z.object({
      clockId: z.string(),
      regime: z.string(),
      label: z.string().nullable(),
      role: z.string().nullable(),
      t0OffsetMs: Offset.describe('t0 (awareness, or the by-law issued): the declared or decided moment'),
      startedAt: Instant,
      cause: z
        .record(z.string(), z.unknown())
        .describe('{declared: true} or the decision that recorded awareness'),
    }),
    reach: 'the clock audience',
    summary: 'A regulatory clock started at t0.',
  }),
  'regulatory-clock.status': define({
    payload: ClockStatus,
    reach: 'the clock audience',
    summary: 'A stage became due-soon, met, met-late or missed.',
  }),
  'regulatory-clock.facts': define({
    payload: z.object({
      clockId: z.string(),
      councilMeetingOffsetMs: Offset.optional(),
      handlingClosed: z.boolean().optional(),
    }),
    reach: 'the clock audience',
    summary: 'The facilitator, as the outside world, set a fact: the council meeting, handling closed.',
  }),
  'report.requested': define({
    payload: z.object({ clockId: z.string(), requestId: z.string(), dueOffsetMs: Offset }),
    reach: 'the clock audience',
    summary: 'The CSIRT (the facilitator) asked for an intermediate report.',
  }),
  'report.submitted': define({
    payload: z.object({
      clockId: z.string(),
      regime: z.string(),
      stage: z.string(),
      requestId: z.string().optional(),
      report: z.record(z.string(), z.unknown()),
      submittedBy: z.string(),
      role: z.string(),
      late: z.boolean(),
      operationalDue: Instant.nullable(),
      legalLatest: Instant.nullable(),
    }),
    reach: 'the clock audience',
    summary: 'A report to an authority, with its contents.',
  }),
  'playbook.attached': define({
    payload: z.object({ playbookId: z.string(), contentHash: z.string(), title: z.string() }),
    reach: 'everyone',
    summary: 'A playbook was attached to the exercise.',
  }),
  'playbook.step': define({
    payload: z.object({
      playbookId: z.string(),
      stepId: z.string(),
      note: z.string().optional(),
      role: z.string(),
      by: z.string(),
    }),
    reach: 'everyone',
    summary: 'A playbook step was ticked off.',
  }),
  'observation.recorded': define({
    payload: ObservationRecordedPayload,
    reach: 'staff',
    summary:
      'An evaluator’s or facilitator’s observation; one with `supersedes` corrects the observation it names.',
  }),
  'debrief.answered': define({
    payload: DebriefAnsweredPayload,
    reach: 'staff',
    summary: 'A player answered a debrief question; an anonymous answer has no `role` and no actor.',
  }),
  'hotwash.point-captured': define({
    payload: HotwashPointPayload,
    reach: 'everyone',
    summary: 'The facilitator captured a point of the group hot wash.',
    staffOnly: ['capturedBy'],
  }),
} as const satisfies Record<string, EventDefinition>;

export type ExerciseEventType = keyof typeof EXERCISE_EVENTS;
export type ExercisePayload<T extends ExerciseEventType> = z.infer<(typeof EXERCISE_EVENTS)[T]['payload']>;

/** One logged event, discriminated on `type`. */
export type ExerciseEvent = {
  [T in ExerciseEventType]: { type: T; payload: ExercisePayload<T> };
}[ExerciseEventType];

/** What a player receives of a payload: without the fields meant for staff. */
export type PlayerPayload<T extends ExerciseEventType> = (typeof EXERCISE_EVENTS)[T] extends {
  staffOnly: readonly (infer K extends string)[];
}
  ? Omit<ExercisePayload<T>, K>
  : ExercisePayload<T>;

export function isExerciseEventType(type: string): type is ExerciseEventType {
  return Object.hasOwn(EXERCISE_EVENTS, type);
}

/** The payload as a viewer may read it: staff get it whole, players without staff-only fields. */
export function projectPayload(
  type: string,
  payload: Record<string, unknown>,
  viewer: 'staff' | 'player',
): Record<string, unknown> {
  if (viewer === 'staff' || !isExerciseEventType(type)) return payload;
  const definition: EventDefinition = EXERCISE_EVENTS[type];
  const staffOnly: readonly string[] = definition.staffOnly ?? [];
  if (!staffOnly.length) return payload;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !staffOnly.includes(key)));
}
