import { z } from 'zod';
import { EXERCISE_EVENTS, type EventDefinition } from '../events/exercise-events';
import { ACCESS_ENDED, CLIENT_MESSAGES, SERVER_EVENTS } from './realtime-contract';
import { REGISTER_CLIENT_MESSAGES, REGISTER_SERVER_EVENTS } from './register-contract';

/**
 * The tables of docs/realtime.md, rendered from the contract itself (`npm run realtime:docs`
 * writes them into the document's generated sections; a unit test fails when they are stale).
 */

const WHO: Record<string, string> = {
  everyone: 'everyone',
  'the inject audience': 'the inject’s audience (every player for `all`)',
  'the decision point owner and participants': 'the decision point’s owner and participants',
  'the clock audience': 'the clock’s audience (docs/scenarios.md: by default its role’s organisation)',
  staff: 'staff only',
};

const POLICY: Record<string, string> = {
  participant: 'anyone connected',
  player: 'players',
  staff: 'staff',
  facilitator: 'facilitators',
};

const REACH: Record<string, string> = {
  participant: 'each connection, its own',
  staff: 'staff only (never a player)',
};

/** Server → client of `/exercise`: every socket.io event, who it reaches and its payload fields. */
export function renderServerEventTable(): string {
  const rows = Object.entries(SERVER_EVENTS).map(([name, event]) => {
    const staffOnly: readonly string[] = event.staffOnly;
    const fields = event.fields.map((field) => (staffOnly.includes(field) ? `${field} (staff only)` : field));
    return `| \`${name}\` | ${REACH[event.reach]} | \`{${fields.join(', ')}}\` | ${event.summary} |`;
  });
  return ['| event | who receives it | payload | what it means |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Server → client: every event type, who sees it and its payload fields. */
export function renderEventTable(): string {
  const events: Record<string, EventDefinition> = EXERCISE_EVENTS;
  const rows = Object.entries(events).map(([type, definition]) => {
    const staffOnly: readonly string[] = definition.staffOnly ?? [];
    const fields = fieldsOf(definition.payload).map((field) =>
      staffOnly.includes(field.replace('?', '')) ? `${field} (staff only)` : field,
    );
    return `| \`${type}\` | ${WHO[definition.reach]} | ${fields.length ? `\`{${fields.join(', ')}}\`` : '`{}`'} | ${definition.summary} |`;
  });
  return ['| `type` | who sees it | `payload` | what it means |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Client → server: every message, who may send it, its body and its answer. */
export function renderMessageTable(): string {
  const rows = Object.entries(CLIENT_MESSAGES).map(
    ([name, message]) =>
      `| \`${name}\` | ${POLICY[message.policy]} | \`{${fieldsOf(message.input).join(', ')}}\` | ${message.answer} |`,
  );
  return ['| event | who | payload | answer |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Server → client of the register namespace (`/incidents`): every event and its payload fields. */
export function renderRegisterEventTable(): string {
  const rows = Object.entries(REGISTER_SERVER_EVENTS).map(
    ([event, { fields, summary }]) => `| \`${event}\` | \`{${fields.join(', ')}}\` | ${summary} |`,
  );
  return ['| event | payload | what it means |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Client → server of the register namespace: every message, who may send it, body and answer. */
export function renderRegisterMessageTable(): string {
  const rows = Object.entries(REGISTER_CLIENT_MESSAGES).map(
    ([name, message]) =>
      `| \`${name}\` | ${POLICY[message.policy]} | \`{${fieldsOf(message.input).join(', ')}}\` | \`${message.limit}\` | ${message.answer} |`,
  );
  return ['| event | who | payload | bucket | answer |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Why the server ends a connection (`access.ended`). */
export function renderAccessEndedTable(): string {
  const rows = Object.entries(ACCESS_ENDED).map(([reason, message]) => `| \`${reason}\` | ${message} |`);
  return ['| `reason` | `message` |', '| --- | --- |', ...rows].join('\n');
}

/** Every generated section of docs/realtime.md, by its marker name. */
export function realtimeDocSections(): Record<string, string> {
  return {
    'server-events': renderServerEventTable(),
    events: renderEventTable(),
    messages: renderMessageTable(),
    'access-ended': renderAccessEndedTable(),
    'register-events': renderRegisterEventTable(),
    'register-messages': renderRegisterMessageTable(),
  };
}

/** The top-level fields of a schema, `?` marking the optional ones. */
function fieldsOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonObject;
  const parts = json.allOf ?? [json];
  const fields: string[] = [];
  for (const part of parts) {
    const required = new Set(part.required ?? []);
    for (const key of Object.keys(part.properties ?? {}))
      if (!fields.some((f) => f.replace('?', '') === key)) fields.push(required.has(key) ? key : `${key}?`);
  }
  return fields;
}

interface JsonObject {
  properties?: Record<string, unknown>;
  required?: string[];
  allOf?: JsonObject[];
}
