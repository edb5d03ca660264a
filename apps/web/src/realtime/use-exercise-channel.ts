import { useCallback, useEffect, useReducer, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type {
  AccessEndedReason,
  ClientEvent,
  ClientToServerEvents,
  ExercisePresence,
  ExerciseSnapshot,
  ServerToClientEvents,
} from './contract';

type ExerciseSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What the person is told about the line to the server, in plain words (see connection.* texts). */
export type Connection = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused' | 'ended';

export interface ClockReading {
  status: ExerciseSnapshot['clock']['status'];
  speed: number;
  /** Scenario time (ms since epoch) at `atMs` on this device's clock. */
  scenarioMs: number;
  atMs: number;
}

export interface ChannelState {
  connection: Connection;
  endedReason: AccessEndedReason | null;
  exercise: ExerciseSnapshot['exercise'] | null;
  /** Who this connection is (a player's role, or staff's role in the exercise); null before the first snapshot. */
  you: ExerciseSnapshot['you'] | null;
  /** Staff only: who is connected now, as the server last said (snapshot or `presence.changed`). */
  presence: ExercisePresence | null;
  clock: ClockReading | null;
  /** The regulatory clocks and attached playbooks as the last snapshot (or resync) had them. */
  clocks: ExerciseSnapshot['clocks'];
  playbooks: ExerciseSnapshot['playbooks'];
  /** Every event received, by seq, oldest first, each once. */
  events: ClientEvent[];
  /** Injects that arrived after the first snapshot: what to announce. */
  arrived: ClientEvent[];
}

type Action =
  | { kind: 'snapshot'; snapshot: Omit<ExerciseSnapshot, 'events'> & { events: ClientEvent[] } }
  | { kind: 'events'; events: ClientEvent[]; live: boolean }
  | { kind: 'presence'; presence: ExercisePresence }
  | { kind: 'connection'; connection: Connection }
  | { kind: 'closed'; connection: 'ended' | 'refused'; reason: AccessEndedReason | null };

const initial: ChannelState = {
  connection: 'connecting',
  endedReason: null,
  exercise: null,
  you: null,
  presence: null,
  clock: null,
  clocks: [],
  playbooks: [],
  events: [],
  arrived: [],
};

function merge(state: ChannelState, incoming: ClientEvent[]): ChannelState {
  const known = new Set(state.events.map((event) => event.seq));
  const added = incoming.filter((event) => !known.has(event.seq));
  if (!added.length) return state;
  const events = [...state.events, ...added].sort((a, b) => a.seq - b.seq);
  // Before the first snapshot everything is history; after it, a new inject is news.
  const arrived = state.exercise ? added.filter((event) => event.type === 'inject.delivered') : [];
  return { ...state, events, arrived: arrived.length ? arrived : state.arrived };
}

/** The clock as a live event moves it; snapshots carry the clock as it is now. */
function clockAfter(clock: ClockReading | null, event: ClientEvent): ClockReading | null {
  if (!clock) return clock;
  const moved = { ...clock, scenarioMs: Date.parse(event.scenarioTime), atMs: Date.now() };
  switch (event.type) {
    case 'clock.started':
      return { ...moved, status: 'running', speed: event.payload.speed };
    case 'clock.resumed':
      return { ...moved, status: 'running' };
    case 'clock.paused':
      return { ...moved, status: 'paused' };
    case 'clock.speed-changed':
      return { ...moved, speed: event.payload.speed };
    case 'clock.jumped':
      // Logged at the moment of the jump, before it: the clock now reads the offset jumped to.
      return {
        ...moved,
        scenarioMs: Date.parse(event.scenarioTime) - event.offsetMs + event.payload.toOffsetMs,
      };
    case 'clock.stopped':
      return { ...moved, status: 'stopped' };
    default:
      return clock;
  }
}

/** The exercise's status as the clock's live events move it (the snapshot has it as it was). */
function exerciseAfter(exercise: ChannelState['exercise'], event: ClientEvent): ChannelState['exercise'] {
  if (!exercise) return exercise;
  switch (event.type) {
    case 'clock.started':
    case 'clock.resumed':
      return { ...exercise, status: 'running' };
    case 'clock.paused':
      return { ...exercise, status: 'paused' };
    case 'clock.stopped':
      return { ...exercise, status: 'ended' };
    default:
      return exercise;
  }
}

function reduce(state: ChannelState, action: Action): ChannelState {
  switch (action.kind) {
    case 'snapshot': {
      const { snapshot } = action;
      const merged = merge(state, snapshot.events);
      return {
        ...merged,
        exercise: snapshot.exercise,
        you: snapshot.you,
        presence: snapshot.presence ?? state.presence,
        clocks: snapshot.clocks,
        playbooks: snapshot.playbooks,
        clock: {
          status: snapshot.clock.status,
          speed: snapshot.clock.speed,
          scenarioMs: Date.parse(snapshot.clock.scenarioTime),
          atMs: Date.now(),
        },
      };
    }
    case 'events': {
      const merged = merge(state, action.events);
      if (!action.live || merged === state) return merged;
      return {
        ...merged,
        clock: action.events.reduce(clockAfter, merged.clock),
        exercise: action.events.reduce(exerciseAfter, merged.exercise),
      };
    }
    case 'presence':
      return { ...state, presence: action.presence };
    case 'connection':
      // Once access has ended or was refused, only a new code changes that.
      if (state.connection === 'ended' || state.connection === 'refused') return state;
      return { ...state, connection: action.connection };
    case 'closed':
      return { ...state, connection: action.connection, endedReason: action.reason };
  }
}

const RETRY_MS = 5000;
const ACK_TIMEOUT_MS = 10_000;

export type Body<M extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[M]>[0];
export type Answer<M extends keyof ClientToServerEvents> = Parameters<
  Parameters<ClientToServerEvents[M]>[1]
>[0];

/** A client message and its acknowledgement, typed by the contract; rejects after ten seconds. */
function send<M extends keyof ClientToServerEvents>(
  socket: ExerciseSocket,
  message: M,
  body: Body<M>,
): Promise<Answer<M>> {
  const timed = socket.timeout(ACK_TIMEOUT_MS);
  // socket.io's types lose the answer under timeout(), whose callback gains an error argument.
  const emitWithAck = timed.emitWithAck as unknown as (
    this: typeof timed,
    message: M,
    body: Body<M>,
  ) => Promise<Answer<M>>;
  return emitWithAck.call(timed, message, body);
}

/** How a connection proves who it is: the handshake's `auth` (docs/realtime.md, "Connecting"). */
type Handshake = (send: (auth: Record<string, string>) => void) => void;

/**
 * A line to the realtime channel (docs/realtime.md): the snapshot on connect, each live event once
 * and in order, and after a dropped connection a `resync` from the last seq seen, so nothing that
 * happened meanwhile is missed. Says plainly whether it is online. `refusal` names the handshake
 * errors that no retry will cure (the connection is then `refused`); others are retried.
 */
function useChannel(key: string, handshake: Handshake, refusal: ReadonlySet<string>) {
  const [state, dispatch] = useReducer(reduce, initial);
  const socketRef = useRef<ExerciseSocket | null>(null);
  const lastSeq = useRef(0);
  lastSeq.current = state.events.at(-1)?.seq ?? 0;
  const handshakeRef = useRef(handshake);
  handshakeRef.current = handshake;

  useEffect(() => {
    // A function, so every (re)connect asks afresh: a staff token may have been renewed meanwhile.
    const socket: ExerciseSocket = io('/exercise', { auth: (send) => handshakeRef.current(send) });
    socketRef.current = socket;
    let connectedBefore = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const offline = () => dispatch({ kind: 'connection', connection: 'offline' });
    const online = () => {
      dispatch({ kind: 'connection', connection: socket.connected ? 'online' : 'reconnecting' });
      if (!socket.connected && !socket.active) socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);

    socket.on('connect', () => {
      dispatch({ kind: 'connection', connection: 'online' });
      if (connectedBefore) {
        // Whatever happened while we were away, after the last event this tab has.
        send(socket, 'resync', { afterSeq: lastSeq.current })
          .then((answer) => {
            if (answer.ok) dispatch({ kind: 'snapshot', snapshot: answer });
          })
          .catch(() => undefined); // the next reconnect tries again
      }
      connectedBefore = true;
    });
    socket.on('snapshot', (snapshot) => dispatch({ kind: 'snapshot', snapshot }));
    socket.on('event', (event) => dispatch({ kind: 'events', events: [event], live: true }));
    socket.on('presence.changed', (presence) => dispatch({ kind: 'presence', presence }));
    socket.on('access.ended', ({ reason }) => dispatch({ kind: 'closed', connection: 'ended', reason }));
    socket.on('disconnect', () => {
      dispatch({ kind: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' });
    });
    socket.on('connect_error', (error) => {
      if (refusal.has(error.message)) {
        dispatch({ kind: 'closed', connection: 'refused', reason: null });
        socket.disconnect();
        return;
      }
      dispatch({ kind: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' });
      // A refusal by the server's handshake (too many attempts) is not retried by socket.io itself.
      if (!socket.active) retry = setTimeout(() => socket.connect(), RETRY_MS);
    });

    return () => {
      clearTimeout(retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [key, refusal]);

  /** `inject.ack`: the player read the inject logged at `seq`; the facilitator sees it. */
  const acknowledge = useCallback(async (seq: number) => {
    const socket = socketRef.current;
    if (!socket?.connected) throw new Error('offline');
    const answer = await send(socket, 'inject.ack', { seq });
    if (!answer.ok) throw new Error(answer.error.message);
  }, []);

  /**
   * Any client message, answered by its acknowledgement as the contract types it (the caller reads
   * `ok` and the error's field `details`); rejects with `offline` when there is no line.
   */
  const request = useCallback(
    async <M extends keyof ClientToServerEvents>(message: M, body: Body<M>): Promise<Answer<M>> => {
      const socket = socketRef.current;
      if (!socket?.connected) throw new Error('offline');
      return send(socket, message, body);
    },
    [],
  );

  /**
   * The server's current reading of the regulatory clocks and playbooks (a `resync` after the last
   * event this tab has): the deadlines of a clock that just started, or a step's new state.
   */
  const refresh = useCallback(async () => {
    const answer = await request('resync', { afterSeq: lastSeq.current });
    if (answer.ok) dispatch({ kind: 'snapshot', snapshot: answer });
    return answer;
  }, [request]);

  return { ...state, acknowledge, request, refresh };
}

const PLAYER_REFUSALS: ReadonlySet<string> = new Set(['invalid code']);
const STAFF_REFUSALS: ReadonlySet<string> = new Set(['The exercise is archived']);

/** A player's line, with the join code (whatever was wrong with it, the server says `invalid code`). */
export function useExerciseChannel(joinCode: string) {
  return useChannel(joinCode, (send) => send({ joinCode }), PLAYER_REFUSALS);
}

/**
 * A facilitator's or evaluator's line to one exercise, with the access token of their session
 * (`{token, exerciseId}`). Staff see every event with every field. `accessToken` is asked at every
 * (re)connect, so a renewed token is used; an `unauthorized` handshake is retried with a fresh one.
 */
export function useStaffExerciseChannel(exerciseId: string, accessToken: () => Promise<string>) {
  return useChannel(
    `staff:${exerciseId}`,
    (send) => {
      accessToken().then(
        (token) => send({ token, exerciseId }),
        () => send({ exerciseId }), // the server refuses it as unauthorized; the retry asks again
      );
    },
    STAFF_REFUSALS,
  );
}
