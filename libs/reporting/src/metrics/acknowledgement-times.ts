import { num, str, type LoggedEvent } from '../model/logged-event';
import { durationStats, orderedKeys, type DurationStats } from './stats';

export interface RoleAcknowledgements extends DurationStats {
  role: string;
  /** Injects delivered to the role. */
  delivered: number;
  acknowledged: number;
}

export interface InjectAcknowledgement {
  deliveredSeq: number;
  injectId: string;
  role: string;
  ackSeq: number;
  /** inject.delivered → inject.acknowledged on the scenario clock. */
  latencyMs: number;
}

/** The roles an event reached: its audience, with `*` standing for every role of the scenario. */
export function reachedRoles(event: LoggedEvent, roles: readonly string[]): string[] {
  return event.audience.includes('*') ? [...roles] : event.audience.filter((r) => r !== '*');
}

/** Acknowledgement times per role: each role's first acknowledgement of each delivered inject. */
export function acknowledgementTimes(
  events: readonly LoggedEvent[],
  roles: readonly string[],
): { byRole: RoleAcknowledgements[]; acknowledgements: InjectAcknowledgement[] } {
  const delivered = new Map<number, LoggedEvent>();
  const perRole = new Map<string, { delivered: number; samples: number[] }>();
  const entry = (role: string) => {
    let found = perRole.get(role);
    if (!found) perRole.set(role, (found = { delivered: 0, samples: [] }));
    return found;
  };
  const seen = new Set<string>();
  const acknowledgements: InjectAcknowledgement[] = [];
  for (const e of events) {
    if (e.type === 'inject.delivered') {
      delivered.set(e.seq, e);
      for (const role of reachedRoles(e, roles)) entry(role).delivered++;
    } else if (e.type === 'inject.acknowledged') {
      const deliveredSeq = num(e.payload, 'seq');
      const role = str(e.payload, 'role');
      const inject = deliveredSeq === undefined ? undefined : delivered.get(deliveredSeq);
      if (!inject || !role || seen.has(`${deliveredSeq}:${role}`)) continue;
      seen.add(`${deliveredSeq}:${role}`);
      const latencyMs = Math.max(0, e.offsetMs - inject.offsetMs);
      entry(role).samples.push(latencyMs);
      acknowledgements.push({
        deliveredSeq: inject.seq,
        injectId: str(inject.payload, 'injectId') ?? '',
        role,
        ackSeq: e.seq,
        latencyMs,
      });
    }
  }
  const byRole = orderedKeys(perRole.keys(), roles).map((role) => {
    const { delivered: count, samples } = perRole.get(role)!;
    return { role, delivered: count, acknowledged: samples.length, ...durationStats(samples) };
  });
  return { byRole, acknowledgements };
}
