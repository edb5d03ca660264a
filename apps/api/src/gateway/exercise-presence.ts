import {
  SERVER_EVENTS,
  summarisePresence,
  type ExercisePresence,
  type PresenceEntry,
  type ServerEventReach,
} from '@driehoek/exercise';
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';

/** What api processes tell each other through the socket.io adapter (`serverSideEmit`). */
export interface PresenceServerEvents {
  /** A connection to the exercise joined or left on the sending process. */
  'presence.dirty': (exerciseId: string) => void;
}

/** The part of the exercise namespace presence needs; the gateway's namespace is one. */
type PresenceNamespace = Pick<
  Namespace<
    Record<string, never>,
    { 'presence.changed': (presence: ExercisePresence) => void },
    PresenceServerEvents
  >,
  'in' | 'local' | 'on' | 'serverSideEmit' | 'adapter'
>;

export interface PresenceOptions {
  server: PresenceNamespace;
  /** The room of every connection of the exercise, and the rooms of a reach (docs/realtime.md). */
  rooms: {
    all: (exerciseId: string) => string[];
    reach: (reach: ServerEventReach, exerciseId: string) => string;
  };
  /** The scenario's role ids of the exercise, in the scenario's order. */
  roles: (exerciseId: string) => Promise<string[]>;
  /** Whether other api processes share the namespace (the Redis adapter is configured). */
  crossProcess: boolean;
  logger: Logger;
  /** A burst of joins and leaves of one exercise within this window is counted once. */
  debounceMs?: number;
  /** After an incomplete count (another process did not answer), try again this much later. */
  retryMs?: number;
  /** How long to wait for the other processes' sockets. */
  timeoutMs?: number;
}

/**
 * Presence per exercise (who is connected, by role), pushed to staff as `presence.changed`. Counted
 * from the sockets themselves — `fetchSockets()` over the adapter asks every api process — never
 * from a counter that a crash or a missed disconnect would leave wrong. A join or leave marks the
 * exercise dirty; after `debounceMs` this process tells the others (one `presence.dirty` however
 * many joined) and each process with staff of the exercise counts once and sends to its own staff,
 * so a crowd reconnecting costs one count per process, not one per socket. Counts of one exercise
 * run one after the other, and a change during a count is counted again after it.
 */
export class ExercisePresenceFeed {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; announce: boolean }>();
  private readonly counting = new Map<string, Promise<void>>();
  private readonly roleIds = new Map<string, Promise<string[]>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly timeoutMs: number;
  private closed = false;
  /** Whether the last count that failed has been logged (one warning per outage). */
  private warned = false;

  constructor(private readonly options: PresenceOptions) {
    this.debounceMs = options.debounceMs ?? 250;
    this.retryMs = options.retryMs ?? 5000;
    this.timeoutMs = options.timeoutMs ?? 3000;
    if (options.crossProcess)
      options.server.on('presence.dirty', (exerciseId: unknown) => {
        if (typeof exerciseId === 'string') this.schedule(exerciseId, false);
      });
  }

  /** A connection of this process joined or left the exercise. */
  changed(exerciseId: string): void {
    this.schedule(exerciseId, true);
  }

  /** Who is connected to the exercise now, on every process (for a staff snapshot). */
  async current(exerciseId: string): Promise<ExercisePresence> {
    const { server, rooms } = this.options;
    const roles = await this.rolesOf(exerciseId);
    const everywhere = server.in(rooms.all(exerciseId)).fetchSockets();
    try {
      const sockets = await withTimeout(everywhere, this.timeoutMs);
      this.warned = false;
      return summarisePresence(roles, entriesOf(sockets), true);
    } catch (error) {
      everywhere.catch(() => undefined);
      if (!this.warned)
        this.options.logger.warn(
          { err: (error as Error).message, exerciseId },
          'other api processes did not say who is connected; counting this process only',
        );
      this.warned = true;
      const here = await server.local.in(rooms.all(exerciseId)).fetchSockets();
      return summarisePresence(roles, entriesOf(here), false);
    }
  }

  close(): void {
    this.closed = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.pending.clear();
    this.retries.clear();
  }

  private schedule(exerciseId: string, announce: boolean): void {
    if (this.closed) return;
    const pending = this.pending.get(exerciseId);
    if (pending) {
      pending.announce ||= announce;
      return;
    }
    const timer = setTimeout(() => this.flush(exerciseId), this.debounceMs);
    this.pending.set(exerciseId, { timer, announce });
  }

  private flush(exerciseId: string): void {
    const pending = this.pending.get(exerciseId);
    this.pending.delete(exerciseId);
    if (!pending || this.closed) return;
    if (pending.announce && this.options.crossProcess)
      this.options.server.serverSideEmit('presence.dirty', exerciseId);
    if (!this.hasStaffHere(exerciseId)) return;
    const before = this.counting.get(exerciseId) ?? Promise.resolve();
    const next = before.then(() => this.publish(exerciseId));
    this.counting.set(exerciseId, next);
    void next.finally(() => {
      if (this.counting.get(exerciseId) === next) this.counting.delete(exerciseId);
    });
  }

  /** Counts and sends to this process's staff of the exercise (the event's reach). */
  private async publish(exerciseId: string): Promise<void> {
    if (this.closed || !this.hasStaffHere(exerciseId)) return;
    try {
      const presence = await this.current(exerciseId);
      if (this.closed) return;
      const { reach } = SERVER_EVENTS['presence.changed'];
      this.options.server.local
        .to(this.options.rooms.reach(reach, exerciseId))
        .emit('presence.changed', presence);
      if (!presence.complete) this.retryLater(exerciseId);
    } catch (error) {
      this.options.logger.error({ err: error, exerciseId }, 'could not count who is connected');
      this.retryLater(exerciseId);
    }
  }

  private retryLater(exerciseId: string): void {
    if (this.retries.has(exerciseId) || this.closed) return;
    const timer = setTimeout(() => {
      this.retries.delete(exerciseId);
      this.schedule(exerciseId, false);
    }, this.retryMs);
    this.retries.set(exerciseId, timer);
  }

  private hasStaffHere(exerciseId: string): boolean {
    const room = this.options.rooms.reach('staff', exerciseId);
    return (this.options.server.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  /** An exercise's scenario version never changes: its roles are read once. */
  private rolesOf(exerciseId: string): Promise<string[]> {
    let roles = this.roleIds.get(exerciseId);
    if (!roles) {
      roles = this.options.roles(exerciseId);
      this.roleIds.set(exerciseId, roles);
      roles.catch(() => this.roleIds.delete(exerciseId));
    }
    return roles;
  }
}

/** The presence entries of the sockets' data; a socket without one (not yet joined) counts for nothing. */
function entriesOf(sockets: readonly { data: unknown }[]): PresenceEntry[] {
  const entries: PresenceEntry[] = [];
  for (const socket of sockets) {
    const presence = (socket.data as { presence?: PresenceEntry } | undefined)?.presence;
    if (presence) entries.push(presence);
  }
  return entries;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
