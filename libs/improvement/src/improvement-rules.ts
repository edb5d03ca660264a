import type { FieldError } from '@driehoek/core';
import { ACTION_FIELDS, type ActionFields, type FieldChanges } from './improvement-action';

/** A change the rules refuse, with the fields to blame (answered as 422). */
export interface ActionRefusal {
  refused: 'invalid';
  errors: FieldError[];
}

export type ActionPatch = Partial<ActionFields>;

/**
 * The rules an action's state keeps after every change: a dropped action says why (and only a
 * dropped one has a reason), and it is not due before it starts. `given` is what the caller sent,
 * so that a reason sent with another status is named rather than silently dropped.
 */
export function checkState(next: ActionFields, given: ActionPatch): ActionRefusal | undefined {
  const errors: FieldError[] = [];
  if (next.status === 'dropped' && !next.reason)
    errors.push({ path: 'reason', message: 'is required when status is dropped', code: 'missing-field' });
  if (next.status !== 'dropped' && given.reason)
    errors.push({ path: 'reason', message: 'is only given with status dropped', code: 'invalid-value' });
  if (next.startDate && next.dueDate && next.dueDate < next.startDate)
    errors.push({
      path: given.dueDate !== undefined ? 'dueDate' : 'startDate',
      message: `${next.dueDate} (dueDate) is before ${next.startDate} (startDate)`,
      code: 'invalid-value',
    });
  return errors.length ? { refused: 'invalid', errors } : undefined;
}

/** A new action's state, or why the rules refuse it. */
export function newActionState(
  input: Omit<ActionFields, 'status' | 'reason'> & Partial<Pick<ActionFields, 'status' | 'reason'>>,
): ActionFields | ActionRefusal {
  const next: ActionFields = { ...input, status: input.status ?? 'open', reason: input.reason ?? null };
  return checkState(next, input) ?? next;
}

/**
 * Applies a patch: the next state and exactly what changed (field → from, to), or why the rules
 * refuse it. Leaving `dropped` clears the reason; a patch that changes nothing changes nothing.
 */
export function applyPatch(
  current: ActionFields,
  patch: ActionPatch,
): { next: ActionFields; changes: FieldChanges } | ActionRefusal {
  const next: ActionFields = { ...current };
  for (const field of ACTION_FIELDS) if (patch[field] !== undefined) assign(next, field, patch[field]);
  if (next.status !== 'dropped' && patch.reason === undefined) next.reason = null;
  const refusal = checkState(next, patch);
  if (refusal) return refusal;
  return { next, changes: diff(current, next) };
}

/** Field → {from, to} for every field that differs (objectives compared by value). */
export function diff(before: ActionFields | null, after: ActionFields): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of ACTION_FIELDS) {
    const from = before ? before[field] : null;
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export const isActionRefusal = (result: object): result is ActionRefusal => 'refused' in result;

function assign<K extends keyof ActionFields>(state: ActionFields, field: K, value: ActionFields[K]): void {
  state[field] = value;
}
