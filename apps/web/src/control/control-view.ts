import type { Scenario } from '@driehoek/scenario';
import type { components } from '../api/schema';
import type { ClientEvent } from '../realtime/contract';

export type ExerciseStatus = components['schemas']['ExerciseResponse']['status'];

/** A logged event of one type, with its payload narrowed. */
export type EventOf<T extends ClientEvent['type']> = Extract<ClientEvent, { type: T }>;

export function eventsOf<T extends ClientEvent['type']>(
  events: readonly ClientEvent[],
  type: T,
): EventOf<T>[] {
  return events.filter((event): event is EventOf<T> => event.type === type);
}

/** A role id as people read it ("gemeentesecretaris" → "Gemeentesecretaris"); the id when unknown. */
export function roleNamer(scenario: Scenario | undefined): (role: string) => string {
  const names = new Map((scenario?.roles ?? []).map((role) => [role.id, role.name]));
  return (role) => names.get(role) ?? role;
}
