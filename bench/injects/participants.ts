import { io, type Socket } from 'socket.io-client';
import { reaches, seat, type BenchPlan } from './plan';

interface InjectEvent {
  type: string;
  payload: { injectId?: string; occurrence?: number };
}

/** One connected participant and what reached it, by inject id, with the receipt instant. */
export interface Participant {
  exercise: number;
  role: string;
  socket: Socket;
  receivedAt: Map<string, number>;
  duplicates: number;
}

const CONNECT_BATCH = 50;

/**
 * Connects every participant of the plan, `auth(exercise, role)` giving each its handshake, and
 * resolves once all are in (the `ready` event: Driehoek's snapshot, the baseline's welcome).
 */
export async function connectParticipants(
  plan: BenchPlan,
  url: string,
  ready: string,
  auth: (exercise: number, role: string) => Record<string, string>,
): Promise<Participant[]> {
  const participants: Participant[] = [];
  for (let from = 0; from < plan.participants; from += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, plan.participants - from) }, (_, k) => {
      const { exercise, role } = seat(plan, from + k);
      const socket = io(`${url}/exercise`, {
        auth: auth(exercise, role),
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      const participant: Participant = { exercise, role, socket, receivedAt: new Map(), duplicates: 0 };
      socket.on('event', (event: InjectEvent) => {
        if (event.type !== 'inject.delivered' || !event.payload.injectId) return;
        const now = Date.now();
        const key = `${event.payload.injectId}#${event.payload.occurrence ?? 1}`;
        if (participant.receivedAt.has(key)) participant.duplicates++;
        else participant.receivedAt.set(key, now);
      });
      participants.push(participant);
      return new Promise<void>((resolve, reject) => {
        socket.once(ready, () => resolve());
        socket.once('connect_error', (error) =>
          reject(new Error(`participant ${from + k}: ${error.message}`)),
        );
      });
    });
    await Promise.all(batch);
  }
  return participants;
}

export function disconnectAll(participants: Participant[]): void {
  for (const p of participants) p.socket.disconnect();
}

/** Deliveries that should happen: one per (participant, inject it may see). */
export function expectedDeliveries(plan: BenchPlan, participants: Participant[]): number {
  return participants.reduce(
    (sum, p) => sum + plan.injects.filter((inject) => reaches(inject, p.role)).length,
    0,
  );
}

export function receivedDeliveries(participants: Participant[]): number {
  return participants.reduce((sum, p) => sum + p.receivedAt.size, 0);
}

export interface Lateness {
  samples: number[];
  /** The same samples by inject, to see whether the tail belongs to particular moments. */
  byInject: Map<string, number[]>;
  lost: number;
  duplicates: number;
  /** Deliveries to a participant whose role may not see the inject: must stay 0. */
  misdelivered: number;
}

/** Receipt minus due instant for every delivery; `dueAt(exercise, injectId)` in wall ms. */
export function lateness(
  plan: BenchPlan,
  participants: Participant[],
  dueAt: (exercise: number, injectId: string) => number,
): Lateness {
  const result: Lateness = { samples: [], byInject: new Map(), lost: 0, duplicates: 0, misdelivered: 0 };
  for (const p of participants) {
    result.duplicates += p.duplicates;
    for (const inject of plan.injects) {
      const receivedAt = p.receivedAt.get(`${inject.id}#1`);
      if (!reaches(inject, p.role)) {
        if (receivedAt !== undefined) result.misdelivered++;
      } else if (receivedAt === undefined) result.lost++;
      else {
        const late = receivedAt - dueAt(p.exercise, inject.id);
        result.samples.push(late);
        result.byInject.set(inject.id, [...(result.byInject.get(inject.id) ?? []), late]);
      }
    }
  }
  return result;
}
