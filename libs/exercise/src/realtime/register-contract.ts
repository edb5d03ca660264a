import type { IncidentSummaryJson, RegisterNotices, RegisterSnapshot } from '@driehoek/incidents';
import { z } from 'zod';
import {
  CLIENT_MESSAGES,
  parseInput,
  type AccessEnded,
  type Ack,
  type ClientMessage,
  type MessageLimit,
  type SocketPolicy,
} from './realtime-contract';

/**
 * The incident register's live channel (namespace `/incidents`): what a member of the organisation
 * may send and what the server sends, beside the exercise channel's contract. The register gateway
 * is typed by these maps and docs/realtime.md's register tables are generated from them. The
 * payloads are the register's own JSON (`@driehoek/incidents`): a line of the register is exactly
 * an item of GET /api/incidents, the notices exactly GET /api/incidents/notices.
 */

export const REGISTER_NAMESPACE = '/incidents';

export const RegisterResync = z.object({}).strict();

/**
 * Every message of the register namespace. Each shares its name with an exercise message and draws
 * from that message's bucket (RealtimeLimits counts by name; `limit` repeats it for the docs). Only
 * `participant` (anyone connected): the handshake admits only those who may read the register.
 */
export const REGISTER_CLIENT_MESSAGES = {
  resync: {
    input: RegisterResync,
    policy: 'participant',
    limit: CLIENT_MESSAGES.resync.limit,
    answer: '`{ok: true, …snapshot}`: the register as it stands now',
  },
} as const satisfies Partial<
  Record<
    ClientMessage,
    { input: z.ZodType; policy: Extract<SocketPolicy, 'participant'>; limit: MessageLimit; answer: string }
  >
>;

export type RegisterMessage = keyof typeof REGISTER_CLIENT_MESSAGES;

type RegisterAnswer<M extends RegisterMessage> = M extends 'resync' ? RegisterSnapshot : never;

export type RegisterClientToServerEvents = {
  [M in RegisterMessage]: (
    body: z.input<(typeof REGISTER_CLIENT_MESSAGES)[M]['input']>,
    ack: (answer: Ack<RegisterAnswer<M>>) => void,
  ) => void;
};

export interface RegisterServerToClientEvents {
  /** On connect: the register to start from. */
  snapshot: (snapshot: RegisterSnapshot) => void;
  /** The whole list of notices, whenever it changes (a write, or time alone). */
  'incident.notices': (notices: RegisterNotices) => void;
  /** A line of the register after each write to its incident, or when time changes its deadline. */
  'incident.changed': (line: IncidentSummaryJson) => void;
  /** The credential this connection came in with no longer counts; the server disconnects next. */
  'access.ended': (notice: AccessEnded) => void;
}

/** A payload's fields as the docs list them; the compiler holds the list to the type. */
const fieldsOf = <T>(fields: Record<keyof T, true>): string[] => Object.keys(fields);

/** Server → client of the register namespace: who receives each event, its fields, what it means. */
export const REGISTER_SERVER_EVENTS: Record<
  keyof RegisterServerToClientEvents,
  { fields: string[]; summary: string }
> = {
  snapshot: {
    fields: fieldsOf<RegisterSnapshot>({ organisationId: true, now: true, incidents: true, notices: true }),
    summary:
      'On connect and as the answer to `resync`: `incidents` as GET /api/incidents answers, `notices` as GET /api/incidents/notices.',
  },
  'incident.notices': {
    fields: fieldsOf<RegisterNotices>({ organisationId: true, now: true, notices: true }),
    summary:
      'The whole list of stages due soon or missed (as GET /api/incidents/notices), whenever it changes: after a write, or when time alone moves a stage from pending to due soon to missed.',
  },
  'incident.changed': {
    fields: fieldsOf<IncidentSummaryJson>({
      id: true,
      organisationId: true,
      title: true,
      description: true,
      status: true,
      regimes: true,
      createdBy: true,
      createdAt: true,
      detectedAt: true,
      awareAt: true,
      handlingClosedAt: true,
      nextDeadline: true,
      noticeCount: true,
    }),
    summary:
      'One line of the register, exactly an item of GET /api/incidents: after every committed write to the incident (`id`), and when time alone changes its `nextDeadline` or `noticeCount`.',
  },
  'access.ended': {
    fields: fieldsOf<AccessEnded>({ reason: true, message: true }),
    summary: 'The session or membership it came in with no longer counts; the server disconnects next.',
  },
};

/** A register message's body, validated with its schema and refused as REST refuses it. */
export function parseRegisterMessage<M extends RegisterMessage>(
  message: M,
  body: unknown,
): z.output<(typeof REGISTER_CLIENT_MESSAGES)[M]['input']> {
  return parseInput<z.ZodType>(REGISTER_CLIENT_MESSAGES[message].input, body) as z.output<
    (typeof REGISTER_CLIENT_MESSAGES)[M]['input']
  >;
}
