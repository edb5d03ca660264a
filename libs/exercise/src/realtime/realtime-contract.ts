import {
  AppException,
  ErrorCode,
  DB_INT_MAX,
  fieldErrors,
  untrustedJsonProblem,
  type FieldError,
} from '@driehoek/core';
import { PlaybookStepInput } from '@driehoek/playbooks';
import { z } from 'zod';
import { DecisionInput } from '../decisions/decision.input';
import { DebriefAnswerInput, HotwashPointInput } from '../debrief/debrief.input';
import { ObservationInput } from '../observations/observation.input';
import { ReportInput } from '../regulatory/report.input';
import type { ClientEvent } from './client-event';
import type { ExerciseSnapshot } from './exercise-snapshot.service';
import type { ExercisePresence } from './presence';

/**
 * The realtime channel's contract (namespace `/exercise`): what a client may send, with the schema
 * the gateway validates it with and who may send it, and what the server sends. The gateway is
 * typed by these maps and docs/realtime.md's tables are generated from them.
 */

export const Resync = z
  .object({
    afterSeq: z.number().int().min(0).max(DB_INT_MAX).describe('The last sequence number the client has'),
  })
  .strict();
export const InjectAck = z
  .object({
    seq: z
      .number()
      .int()
      .positive()
      .max(DB_INT_MAX)
      .describe('The seq of an inject.delivered this player received'),
  })
  .strict();

/** Who may send a message: the gateway refuses others with FORBIDDEN. */
export type SocketPolicy = 'participant' | 'player' | 'staff' | 'facilitator';

/**
 * The token bucket a message draws from (RATE_LIMITED beyond it), sized by the configuration's
 * `REALTIME_<LIMIT>_PER_MINUTE`: per connection, and twice that for all connections of a role.
 */
export type MessageLimit = 'writes' | 'steps' | 'acks' | 'resyncs';

export const CLIENT_MESSAGES = {
  resync: {
    input: Resync,
    policy: 'participant',
    limit: 'resyncs',
    answer: '`{ok: true, …snapshot}`: every visible event after `afterSeq`',
  },
  'inject.ack': {
    input: InjectAck,
    policy: 'player',
    limit: 'acks',
    answer:
      '`{ok: true, seq}`: the logged acknowledgement; acknowledging again answers the first one and logs nothing',
  },
  'decision.record': {
    input: DecisionInput,
    policy: 'player',
    limit: 'writes',
    answer:
      '`{ok: true, seq}`; `FORBIDDEN` when the decision point or a named clock belongs to another role, `CONFLICT` when the point is not open yet or already decided',
  },
  'report.submit': {
    input: ReportInput,
    policy: 'player',
    limit: 'writes',
    answer:
      '`{ok: true, seq, late}`; `VALIDATION_FAILED` naming each missing field (`report.suspectedMalicious`), `FORBIDDEN` for another role’s clock, `CONFLICT` when the clock has not started, the stage waits for another or was submitted already',
  },
  'playbook.step': {
    input: PlaybookStepInput,
    policy: 'player',
    limit: 'steps',
    answer:
      '`{ok: true, seq}`; `NOT_FOUND` when the playbook is not attached, `VALIDATION_FAILED` for a step it does not have',
  },
  'observation.record': {
    input: ObservationInput,
    policy: 'staff',
    limit: 'writes',
    answer:
      '`{ok: true, seq, observationId}`; `VALIDATION_FAILED` naming the field for an objective, expected action, role or seq the exercise does not have, `CONFLICT` when `supersedes` names an observation corrected already, or the exercise is a draft or archived',
  },
  'debrief.answer': {
    input: DebriefAnswerInput,
    policy: 'player',
    limit: 'writes',
    answer:
      '`{ok: true, seq}`; `CONFLICT` before the exercise has ended, `FORBIDDEN` for a question not put to your role, `VALIDATION_FAILED` for an unknown question, the wrong kind of answer, or `anonymous` on a question asked of some roles only',
  },
  'hotwash.point': {
    input: HotwashPointInput,
    policy: 'facilitator',
    limit: 'writes',
    answer: '`{ok: true, seq, pointId}`: every participant receives it as `hotwash.point-captured`',
  },
} as const satisfies Record<
  string,
  { input: z.ZodType; policy: SocketPolicy; limit: MessageLimit; answer: string }
>;

export type ClientMessage = keyof typeof CLIENT_MESSAGES;

/** Every client → server message is answered through the socket.io acknowledgement. */
export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      error: { code: string; message: string; details?: FieldError[]; retryAfterMs?: number };
    };

type Answer<M extends ClientMessage> = M extends 'resync'
  ? ExerciseSnapshot
  : M extends 'report.submit'
    ? { seq: number; late: boolean }
    : M extends 'observation.record'
      ? { seq: number; observationId: string }
      : M extends 'hotwash.point'
        ? { seq: number; pointId: string }
        : { seq: number };

export type ClientToServerEvents = {
  [M in ClientMessage]: (
    body: z.input<(typeof CLIENT_MESSAGES)[M]['input']>,
    ack: (answer: Ack<Answer<M>>) => void,
  ) => void;
};

/**
 * Why the server ended a connection: sent as `access.ended` just before it disconnects. The
 * client should not reconnect with the same credential (docs/realtime.md).
 */
export const ACCESS_ENDED = {
  'join-code-revoked': 'The join code was rotated or revoked; ask the facilitator for the new one',
  'exercise-archived': 'The exercise is archived',
  'signed-out': 'The session was signed out',
  'password-changed': 'The password of the account was changed; sign in again',
  'sessions-revoked': 'The sessions of this account were ended; sign in again',
  'session-expired': 'The session expired; sign in again',
  'access-withdrawn': 'Access to this exercise was withdrawn',
  'role-changed': 'Your role in this exercise changed; connect again',
  'connection-limit': 'This join code has as many connections as allowed; close one first',
  'membership-ended':
    'This session no longer opens the organisation (membership ended, or its sessions there were revoked)',
} as const;

export type AccessEndedReason = keyof typeof ACCESS_ENDED;

export interface AccessEnded {
  reason: AccessEndedReason;
  message: string;
}

export interface ServerToClientEvents {
  /** On connect: the state to start from. */
  snapshot: (snapshot: ExerciseSnapshot) => void;
  /** Each new event this participant may see, in sequence order. */
  event: (event: ClientEvent) => void;
  /** Who is connected now, whenever it changes (staff only). */
  'presence.changed': (presence: ExercisePresence) => void;
  /** The credential this connection came in with no longer counts; the server disconnects next. */
  'access.ended': (notice: AccessEnded) => void;
}

/**
 * Who a server → client event may reach: `participant`, each connection its own (a log event only
 * when its audience names the connection's role, with the players' projection); `staff`, the
 * exercise's facilitators and evaluators only — never a player. The gateway picks the rooms from
 * this, and docs/realtime.md's table is generated from it.
 */
export type ServerEventReach = 'participant' | 'staff';

/** Every one of ServerToClientEvents: who it reaches, its payload's fields, what it means. */
export const SERVER_EVENTS = {
  snapshot: {
    reach: 'participant',
    fields: fieldList<ExerciseSnapshot>({
      exercise: true,
      you: true,
      clock: true,
      clocks: true,
      playbooks: true,
      events: true,
      presence: true,
    }),
    staffOnly: ['presence'],
    summary: 'On connect and as the answer to `resync`: the state to start from (below).',
  },
  event: {
    reach: 'participant',
    fields: fieldList<ClientEvent>({
      seq: true,
      type: true,
      scenarioTime: true,
      offsetMs: true,
      wallTime: true,
      payload: true,
    }),
    staffOnly: [],
    summary: 'Each new event of the log this participant may see, in sequence order (the next table).',
  },
  'presence.changed': {
    reach: 'staff',
    fields: fieldList<ExercisePresence>({ roles: true, staff: true, complete: true }),
    staffOnly: [],
    summary:
      'Who is connected now: per role of the scenario the live player connections and when the latest joined, and the staff connections by role; within about half a second of a change on any api process.',
  },
  'access.ended': {
    reach: 'participant',
    fields: fieldList<AccessEnded>({ reason: true, message: true }),
    staffOnly: [],
    summary: 'The credential this connection came in with no longer counts; the server disconnects next.',
  },
} as const satisfies Record<
  keyof ServerToClientEvents,
  { reach: ServerEventReach; fields: string[]; staffOnly: readonly string[]; summary: string }
>;

/** A payload's fields as the docs list them; the compiler holds the list to the type. */
function fieldList<T>(fields: Record<keyof T, true>): string[] {
  return Object.keys(fields);
}

/**
 * A client message's body, validated with the contract's own schema: field errors read as on REST
 * (`actions[0].description`, with the same `code`), so a client shows one kind of error whichever
 * way it sent.
 */
export function parseMessage<M extends ClientMessage>(
  message: M,
  body: unknown,
): z.output<(typeof CLIENT_MESSAGES)[M]['input']> {
  return parseInput<z.ZodType>(CLIENT_MESSAGES[message].input, body) as z.output<
    (typeof CLIENT_MESSAGES)[M]['input']
  >;
}

/** An untrusted body read with a schema, refused as REST refuses it (every namespace's messages). */
export function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const unstorable = untrustedJsonProblem(body);
  if (unstorable)
    throw new AppException(ErrorCode.ValidationFailed, 'The payload is not valid', [unstorable]);
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new AppException(
    ErrorCode.ValidationFailed,
    'The payload is not valid',
    fieldErrors(result.error.issues, body),
  );
}
