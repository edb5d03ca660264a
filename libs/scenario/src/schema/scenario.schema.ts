import { CLOCK_REGIMES } from '@driehoek/clocks';
import { z } from 'zod';
import { OFFSET_HINT, OFFSET_PATTERN, SIGNED_OFFSET_HINT, SIGNED_OFFSET_PATTERN } from './offset';

/**
 * The scenario format. This one schema is the source of the TypeScript types (z.infer), of the
 * runtime check, and of the published JSON Schema (scenarios/schema.json) that editors use.
 * Cross-references (a role id in an audience, an option in a trigger …) are checked afterwards by
 * the semantic checks, which know the whole document.
 *
 * Messages here are predicates ("must be …"): the YAML validation puts the field in front of them
 * ('Field "offset" of inject "i-start" must be …'), and REST bodies pair them with the path.
 */

const ID_RULE = 'must consist of lower-case letters, digits and dashes, for example "burgemeester"';

const id = (what: string) =>
  z
    .string({ message: ID_RULE })
    .regex(/^[a-z0-9][a-z0-9-]*$/, ID_RULE)
    .max(80, 'must be at most 80 characters long')
    .describe(`${what}: lower-case letters, digits and dashes; unique within its list`);

const ref = (what: string) =>
  z
    .string({ message: `must be the id of ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}` })
    .min(1)
    .describe(`The id of a ${what} declared in this scenario`);

const text = (description: string) => z.string().trim().min(1, 'must not be empty').describe(description);

/** The same id and text fields for the other YAML-as-code formats (playbooks), so errors read alike. */
export { id as idField, text as textField };

const OFFSET_RULE = `must be a time on the exercise clock; ${OFFSET_HINT}`;

export const Offset = z
  .string({ message: OFFSET_RULE })
  .regex(OFFSET_PATTERN, {
    error: (issue) =>
      typeof issue.input === 'string' && SIGNED_OFFSET_PATTERN.test(issue.input)
        ? 'must not lie before the start of the scenario; only the startsAt of a clock may be negative'
        : OFFSET_RULE,
  })
  .describe(`Time on the exercise clock after the scenario start; ${OFFSET_HINT}`);

/** An offset that may lie before the start: only a clock's declared awareness (`startsAt`) takes one. */
export const SignedOffset = z
  .string({ message: `must be a time on the exercise clock; ${SIGNED_OFFSET_HINT}` })
  .regex(SIGNED_OFFSET_PATTERN, `must be a time on the exercise clock; ${SIGNED_OFFSET_HINT}`)
  .describe(
    `Time on the exercise clock, negative before the scenario start ("-14:00": the evening before); ${SIGNED_OFFSET_HINT}`,
  );

const audience = (description: string) =>
  z
    .union([z.literal('all'), z.array(ref('role')).min(1, 'must name at least one role, or be "all"')], {
      message: 'must be "all" or a list of role ids',
    })
    .describe(description);

export const ORGANISATIONS = [
  'gemeente',
  'politie',
  'om',
  'veiligheidsregio',
  'ibd',
  'leverancier',
  'rijk',
  'toezichthouder',
  'media',
  'burger',
  'anders',
] as const;

export const CHANNEL_KINDS = [
  'mail',
  'phone',
  'news',
  'social',
  'sitrep',
  'chat',
  'meeting',
  'letter',
  'other',
] as const;

export const Role = z
  .object({
    id: id('Role id'),
    name: text('Display name of the role, e.g. "Burgemeester"'),
    organisation: z
      .enum(ORGANISATIONS, { message: `must be one of: ${ORGANISATIONS.join(', ')}` })
      .describe('The organisation the role belongs to'),
    description: z.string().optional().describe('What this role does in the exercise'),
  })
  .strict();

export const Channel = z
  .object({
    id: id('Channel id'),
    name: text('Display name, e.g. "E-mail" or "Omroep Oost"'),
    kind: z.enum(CHANNEL_KINDS, { message: `must be one of: ${CHANNEL_KINDS.join(', ')}` }),
  })
  .strict();

export const Phase = z
  .object({
    id: id('Phase id'),
    name: text('Display name of the phase'),
    startsAt: Offset.describe('When the phase begins; phases are listed in time order'),
    description: z.string().optional(),
  })
  .strict();

const FulfilledByDecision = z
  .object({
    decision: ref('decision point'),
    option: ref('option')
      .optional()
      .describe('Only this option fulfils it; any decision on the point if left out'),
  })
  .strict()
  .describe('Fulfilled when the decision point is answered (with the option, if given)');

const FulfilledByClockStage = z
  .object({
    clockStage: z
      .object({
        clock: ref('clock'),
        stage: z.string().optional().describe('The stage of the clock; defaults to its first stage'),
      })
      .strict(),
  })
  .strict()
  .describe('Fulfilled when the clock stage is met (its report submitted, in time or late)');

const FulfilledByPlaybookStep = z
  .object({
    playbookStep: z
      .object({
        playbook: z.string().min(1).describe('The id of a playbook attached to the exercise'),
        step: z.string().min(1).describe('The id of a step of that playbook'),
      })
      .strict(),
  })
  .strict()
  .describe('Fulfilled when the step of an attached playbook is ticked off');

const FulfilledByInjectAcknowledged = z
  .object({
    injectAcknowledged: ref('inject'),
    role: ref('role')
      .optional()
      .describe('Only an acknowledgement by this role; any role of its audience if left out'),
  })
  .strict()
  .describe('Fulfilled when the inject is acknowledged');

export const FulfilledBy = z
  .union(
    [FulfilledByDecision, FulfilledByClockStage, FulfilledByPlaybookStep, FulfilledByInjectAcknowledged],
    {
      message:
        'must have the form {decision, option?}, {clockStage: {clock, stage?}}, {playbookStep: {playbook, step}} or {injectAcknowledged, role?}',
    },
  )
  .describe(
    'What in the log fulfils the expected action; the after-action report checks it, together with within',
  );

export const ExpectedAction = z
  .object({
    id: id('Expected action id'),
    description: text('What evaluators look for'),
    roles: z.array(ref('role')).min(1).describe('Roles expected to act'),
    within: Offset.optional().describe('Latest moment on the exercise clock by which it is expected'),
    fulfilledBy: FulfilledBy.optional(),
  })
  .strict();

export const Objective = z
  .object({
    id: id('Objective id'),
    title: text('The objective, phrased so that it can be observed'),
    description: z.string().optional(),
    expectedActions: z.array(ExpectedAction).min(1, 'must list at least one expected action'),
  })
  .strict();

export const Attachment = z
  .object({
    name: text('File name shown to the player'),
    description: z.string().optional(),
    url: z.string().optional().describe('Relative path or URL of the attachment'),
  })
  .strict();

export const Inject = z
  .object({
    id: id('Inject id'),
    title: text('Short title shown in lists and the timeline'),
    offset: Offset.optional().describe(
      'When the inject fires on the main timeline. Leave it out for a branch inject that only a trigger schedules.',
    ),
    phase: ref('phase').optional(),
    audience: audience('Roles that receive the inject, or "all"'),
    channel: ref('channel'),
    from: z.string().optional().describe('Sender as the players see it'),
    content: text('The text the players receive'),
    attachments: z.array(Attachment).optional(),
    hold: z.boolean().optional().describe('Held back: fired by hand by the facilitator, not by the clock'),
    expects: z
      .array(ref('expected action'))
      .optional()
      .describe('Expected actions this inject should provoke'),
    facilitatorNotes: z.string().optional().describe('Seen by the facilitator only'),
  })
  .strict();

export const DecisionOption = z
  .object({
    id: id('Option id'),
    label: text('The option as the owner sees it'),
    description: z.string().optional(),
  })
  .strict();

export const DecisionPoint = z
  .object({
    id: id('Decision point id'),
    question: text('The dilemma, phrased as a question'),
    owner: ref('role').describe('The role that owns the decision'),
    participants: z.array(ref('role')).optional().describe('Roles consulted before deciding'),
    opensAt: Offset.optional().describe('When the question is put on the main timeline'),
    raisedBy: ref('inject').optional().describe('An inject whose delivery puts the question'),
    dueAt: Offset.optional().describe('Latest moment on the exercise clock to decide'),
    dueAfter: Offset.optional().describe(
      'Time to decide, counted from the moment the question is put. Use it instead of dueAt when a held or branch inject raises the question, whose moment is not known in advance.',
    ),
    options: z.array(DecisionOption).min(2, 'must list at least two options'),
    legalBasis: z
      .array(z.string())
      .optional()
      .describe('Legal bases the owner may cite, e.g. "Gemeentewet art. 176"'),
  })
  .strict();

export const ClockDeclaration = z
  .object({
    id: id('Clock id'),
    regime: z.enum(CLOCK_REGIMES, { message: `must be one of: ${CLOCK_REGIMES.join(', ')}` }),
    label: z.string().optional().describe('Display label; required for custom clocks'),
    startsAt: SignedOffset.optional().describe(
      'Declared moment of awareness (t0) on the exercise clock; negative for a fact from before the start, e.g. "-14:00" for a breach found the evening before',
    ),
    startsOn: z
      .object({ decision: ref('decision point'), option: ref('option') })
      .strict()
      .optional()
      .describe('The clock starts when this option is taken (e.g. "we are aware of a significant incident")'),
    period: Offset.optional().describe('Custom clocks only: the period after t0'),
    role: ref('role').optional().describe('The role responsible for meeting the clock'),
    audience: audience(
      'Roles that see the clock, or "all". Default: every role of the organisation of `role`, or every player when the clock has no role.',
    ).optional(),
    description: z.string().optional().describe('What the clock is about, shown to the players who see it'),
    recipient: text('Custom clocks only: to whom the report is due, e.g. "de raad van bestuur"').optional(),
  })
  .strict()
  .describe('A regulatory clock. Without startsAt or startsOn it starts when a player records awareness.');

const DecisionCondition = z
  .object({ decision: ref('decision point'), option: ref('option') })
  .strict()
  .describe('Fires when the decision point is answered with this option');

const ClockCondition = z
  .object({
    clock: ref('clock'),
    stage: z.string().optional().describe('The stage of the clock; defaults to its first stage'),
    status: z.enum(['met', 'missed']),
  })
  .strict()
  .describe('Fires when a clock stage is met or missed');

const DecisionOverdueCondition = z
  .object({ overdue: ref('decision point') })
  .strict()
  .describe('Fires when a decision point passes its deadline (dueAt or dueAfter) without a decision');

export const Trigger = z
  .object({
    id: id('Trigger id'),
    description: z.string().optional(),
    when: z.union([DecisionCondition, ClockCondition, DecisionOverdueCondition], {
      message: 'must have the form {decision, option}, {clock, status} or {overdue}',
    }),
    schedule: z
      .array(
        z
          .object({
            inject: ref('inject'),
            after: Offset.optional().describe('Delay after the trigger fires; default immediately'),
          })
          .strict(),
      )
      .min(1, 'must list at least one inject'),
  })
  .strict();

/** A hot-wash question players answer after the end (docs/scenarios.md, "Debrief"). */
export const DebriefQuestion = z
  .object({
    id: id('Question id'),
    question: text('The question as players read it'),
    roles: z.array(ref('role')).min(1).optional().describe('The roles asked; absent asks every role'),
    kind: z
      .enum(['text', 'scale'])
      .default('text')
      .describe('text: a free answer; scale: 1 (poor) to 5 (very good)'),
  })
  .strict();

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    id: id('Scenario id'),
    title: text('Title of the scenario'),
    summary: text('One paragraph for the library list'),
    language: z.enum(['nl', 'en']).default('nl'),
    startsAt: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/,
        'must be a local date-time without zone, for example "2026-03-12T08:00"; the zone goes in timeZone',
      )
      .describe('Fictional local date-time at which the scenario starts'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone, for example "Europe/Amsterdam"')
      .default('Europe/Amsterdam'),
    duration: Offset.describe('Length of the scenario on the exercise clock'),
    tags: z.array(z.string()).optional(),
    roles: z.array(Role).min(1, 'must list at least one role'),
    channels: z.array(Channel).min(1, 'must list at least one channel'),
    phases: z.array(Phase).optional(),
    objectives: z.array(Objective).optional(),
    injects: z.array(Inject).min(1, 'must list at least one inject'),
    decisionPoints: z.array(DecisionPoint).optional(),
    triggers: z.array(Trigger).optional(),
    clocks: z.array(ClockDeclaration).optional(),
    debrief: z
      .array(DebriefQuestion)
      .optional()
      .describe('Hot-wash questions; without them players get the default template'),
  })
  .strict()
  .describe('A Driehoek tabletop scenario');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioRole = z.infer<typeof Role>;
export type ScenarioInject = z.infer<typeof Inject>;
export type ScenarioDecisionPoint = z.infer<typeof DecisionPoint>;
export type ScenarioTrigger = z.infer<typeof Trigger>;
export type ScenarioClock = z.infer<typeof ClockDeclaration>;
export type ScenarioExpectedAction = z.infer<typeof ExpectedAction>;
export type ScenarioFulfilledBy = z.infer<typeof FulfilledBy>;
export type ScenarioDebriefQuestion = z.infer<typeof DebriefQuestion>;
