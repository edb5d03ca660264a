import type { ExerciseStatus } from '../exercise.entity';

/**
 * Every write to an exercise is one kind of command, and each kind has one status rule: the
 * statuses in which it is allowed. This table is the only place that says so (docs/api.md shows it).
 * Archived allows nothing: archiving promises read-only for good.
 */
export const COMMAND_RULES = {
  /** Clock controls, along the lifecycle draft → running ⇄ paused → ended → archived. */
  start: ['draft'],
  pause: ['running'],
  resume: ['paused'],
  end: ['running', 'paused'],
  archive: ['draft', 'ended'],
  'clock.adjust': ['running', 'paused'],
  /** Scheduled firing happens only while the clock runs; a wake-up at another time does nothing. */
  'engine.tick': ['running'],
  /** The facilitator's inject commands: fire a held inject, an ad-hoc inject, skip, postpone. */
  'facilitator.inject': ['running', 'paused'],
  /** The facilitator playing the outside world on a regulatory clock (a CSIRT request, a council meeting). */
  'facilitator.clock-fact': ['running', 'paused'],
  /** A playbook can be attached while preparing, too. */
  'playbook.attach': ['draft', 'running', 'paused'],
  /** Players' writes: decisions, reports, acknowledgements, playbook steps. */
  'player.write': ['running', 'paused'],
  /** Evaluators' and facilitators' observations: while it runs and afterwards; a draft has nothing to observe. */
  'staff.observe': ['running', 'paused', 'ended'],
  /** Players answer the debrief questions once the exercise has ended. */
  'player.debrief': ['ended'],
  /** The facilitator captures points of the group hot wash, usually right after the end. */
  'facilitator.hotwash': ['running', 'paused', 'ended'],
} as const satisfies Record<string, readonly ExerciseStatus[]>;

export type CommandKind = keyof typeof COMMAND_RULES;

export function allowedIn(kind: CommandKind, status: ExerciseStatus): boolean {
  return (COMMAND_RULES[kind] as readonly ExerciseStatus[]).includes(status);
}

/** The refusal a client reads: what the exercise is, and where the command would be allowed. */
export function refusalMessage(kind: CommandKind, status: ExerciseStatus): string {
  if (status === 'archived') return 'The exercise is archived: it is read-only for good.';
  return `The exercise is ${status}; this is allowed only when it is ${COMMAND_RULES[kind].join(' or ')}.`;
}
