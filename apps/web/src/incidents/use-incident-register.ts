import { useEffect, useReducer, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { RegisterClientToServerEvents, RegisterServerToClientEvents } from '@driehoek/exercise';
import type { components } from '../api/schema';
import { staffAccessEnded, useAccessToken } from '../auth/session';

export type IncidentLine = components['schemas']['IncidentSummaryResponse'];
export type RegisterNotice = components['schemas']['IncidentNoticeResponse'];

type RegisterSocket = Socket<RegisterServerToClientEvents, RegisterClientToServerEvents>;

/** The line to the server, in plain words (incidents.connection.*). */
export type RegisterConnection = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused';

export interface RegisterState {
  connection: RegisterConnection;
  /** Why the server refused the handshake (its message), when it did. */
  refusal: string | null;
  /** Null until the first snapshot. */
  incidents: IncidentLine[] | null;
  notices: RegisterNotice[];
  /** The moment the server computed the clocks for (its `now`). */
  now: string | null;
  /** How often each incident's line arrived since the snapshot: a view of one incident reads it again. */
  versions: Record<string, number>;
}

type Action =
  | { kind: 'snapshot'; incidents: IncidentLine[]; notices: RegisterNotice[]; now: string }
  | { kind: 'changed'; line: IncidentLine }
  | { kind: 'notices'; notices: RegisterNotice[]; now: string }
  | { kind: 'connection'; connection: RegisterConnection; refusal?: string };

const initial: RegisterState = {
  connection: 'connecting',
  refusal: null,
  incidents: null,
  notices: [],
  now: null,
  versions: {},
};

/** Newest first, as GET /api/incidents answers. */
const newestFirst = (a: IncidentLine, b: IncidentLine) => b.createdAt.localeCompare(a.createdAt);

function reduce(state: RegisterState, action: Action): RegisterState {
  switch (action.kind) {
    case 'snapshot':
      return {
        ...state,
        incidents: action.incidents,
        notices: action.notices,
        now: action.now,
        // Whatever happened while away is in the snapshot: every incident counts as changed.
        versions: Object.fromEntries(
          action.incidents.map((line) => [line.id, (state.versions[line.id] ?? 0) + 1]),
        ),
      };
    case 'changed': {
      const others = (state.incidents ?? []).filter((line) => line.id !== action.line.id);
      return {
        ...state,
        incidents: [...others, action.line].sort(newestFirst),
        versions: { ...state.versions, [action.line.id]: (state.versions[action.line.id] ?? 0) + 1 },
      };
    }
    case 'notices':
      return { ...state, notices: action.notices, now: action.now };
    case 'connection':
      if (state.connection === 'refused') return state;
      return { ...state, connection: action.connection, refusal: action.refusal ?? null };
  }
}

/** Handshake refusals no retry cures (docs/realtime.md, "The incident register"). */
const REFUSALS: ReadonlySet<string> = new Set(['NOT_FOUND', 'VALIDATION_FAILED', 'FORBIDDEN']);
const RETRY_MS = 5000;

/**
 * The organisation's incident register, live: the `/incidents` channel's snapshot on connect (and
 * again after every reconnect), each incident's line as it changes, and the whole list of notices
 * (stages due soon or missed, soonest first) whenever it changes, by a write or by time alone. The
 * one place the register's data comes from, so how it arrives can change here alone.
 * `organisationId` is sent only when the person belongs to several organisations.
 */
export function useIncidentRegister(organisationId: string | undefined): RegisterState {
  const [state, dispatch] = useReducer(reduce, initial);
  const accessToken = useAccessToken();
  const tokenRef = useRef(accessToken);
  tokenRef.current = accessToken;

  useEffect(() => {
    const socket: RegisterSocket = io('/incidents', {
      // Asked afresh at every (re)connect: the access token may have been renewed meanwhile.
      auth: (send) => {
        tokenRef.current().then(
          (token) => send(organisationId ? { token, organisationId } : { token }),
          () => send({}), // refused as unauthorized; the retry asks again
        );
      },
    });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const offline = () => dispatch({ kind: 'connection', connection: 'offline' });
    const online = () => {
      dispatch({ kind: 'connection', connection: socket.connected ? 'online' : 'reconnecting' });
      if (!socket.connected && !socket.active) socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    socket.on('connect', () => dispatch({ kind: 'connection', connection: 'online' }));
    socket.on('snapshot', ({ incidents, notices, now }) =>
      dispatch({ kind: 'snapshot', incidents, notices, now }),
    );
    socket.on('incident.changed', (line) => dispatch({ kind: 'changed', line }));
    socket.on('incident.notices', ({ notices, now }) => dispatch({ kind: 'notices', notices, now }));
    socket.on('access.ended', ({ reason }) => {
      // Signed out elsewhere, password changed, membership ended: back to sign-in, saying why.
      staffAccessEnded(reason);
      dispatch({ kind: 'connection', connection: 'refused', refusal: reason });
    });
    socket.on('disconnect', () =>
      dispatch({ kind: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' }),
    );
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      if (error.data?.code && REFUSALS.has(error.data.code)) {
        dispatch({ kind: 'connection', connection: 'refused', refusal: error.message });
        socket.disconnect();
        return;
      }
      dispatch({ kind: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' });
      // A refusal by the server's handshake (unauthorized, too many attempts) is not retried by socket.io.
      if (!socket.active) retry = setTimeout(() => socket.connect(), RETRY_MS);
    });
    return () => {
      clearTimeout(retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket.disconnect();
    };
  }, [organisationId]);

  return state;
}
