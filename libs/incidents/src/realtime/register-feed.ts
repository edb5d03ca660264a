import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock, LOGGER, type Scheduler } from '@driehoek/core';
import type { Logger } from 'pino';
import { IncidentViewService } from '../incident-view.service';
import { IncidentCommitted } from '../stream/incident-committed.event';
import { REGISTER_SCHEDULER } from './register-scheduler';
import {
  published,
  registerSnapshot,
  registerUpdate,
  type Published,
  type RegisterSnapshot,
  type RegisterUpdate,
} from './register-updates';

/** A register with sockets on this process. */
interface Followed {
  followers: number;
  /** What its sockets were last sent; undefined until the first snapshot. */
  published?: Published;
  /** Every read of the register runs in turn, so what is sent never goes back in time. */
  tail: Promise<void>;
  /** A refresh waiting for its turn, with the incidents written meanwhile: one read for a burst. */
  pending?: { written: Set<string>; done: Promise<void> };
  /** The instant its wake-up is armed for. */
  armedAt?: number;
}

const KEY_PREFIX = 'register:';

/**
 * The live state of the incident registers followed on this process, for the `/incidents`
 * namespace. A register is read again (the whole board: lines and notices, from its logs at the
 * Clock's now) when a write to one of its incidents commits on any process (IncidentCommitted),
 * when time alone changes a stage's status (a wake-up armed for the board's `nextChangeAt`), and
 * after the listener reconnects; what changed since the last read goes to the listener set with
 * `publishTo` (the gateway). Reads of one register run in turn, and a snapshot takes its turn
 * like a refresh, so a socket never receives an older state after a newer one.
 */
@Injectable()
export class RegisterFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly registers = new Map<string, Followed>();
  private readonly logger: Logger;
  private listener?: (update: RegisterUpdate) => void;

  constructor(
    private readonly views: IncidentViewService,
    private readonly clock: Clock,
    @Inject(REGISTER_SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: RegisterFeed.name });
  }

  onModuleInit(): void {
    this.scheduler.setHandler((key, atMs) => this.woken(key, atMs));
  }

  onApplicationShutdown(): void {
    (this.scheduler as Partial<{ close(): void }>).close?.();
  }

  /** Where the changes of every followed register go; one listener, the gateway. */
  publishTo(listener: (update: RegisterUpdate) => void): void {
    this.listener = listener;
  }

  /** Follows a register for one socket; the returned function, called once, stops following. */
  follow(organisationId: string): () => void {
    const followed = this.registers.get(organisationId) ?? { followers: 0, tail: Promise.resolve() };
    followed.followers++;
    this.registers.set(organisationId, followed);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--followed.followers > 0) return;
      this.registers.delete(organisationId);
      if (followed.armedAt !== undefined) void this.disarm(organisationId);
    };
  }

  /**
   * The register as it stands, in its turn: first every follower is sent what changed since the
   * last read, then `deliver` gets the snapshot (and, e.g., joins the socket to the register's room).
   */
  snapshot<R>(organisationId: string, deliver: (snapshot: RegisterSnapshot) => R | Promise<R>): Promise<R> {
    const followed = this.registers.get(organisationId);
    if (!followed) throw new Error(`the register of ${organisationId} is not followed here`);
    return this.inTurn(followed, async () => {
      const board = await this.read(organisationId, followed, new Set());
      return deliver(registerSnapshot(organisationId, board));
    });
  }

  @OnEvent(IncidentCommitted.eventName)
  committed({ scope }: IncidentCommitted): void {
    if (scope.kind === 'incident') void this.refresh(scope.organisationId, scope.incidentId);
    else for (const organisationId of this.registers.keys()) void this.refresh(organisationId);
  }

  /** Reads the register again in its turn; a burst of writes waiting for one turn shares it. */
  refresh(organisationId: string, written?: string): Promise<void> {
    const followed = this.registers.get(organisationId);
    if (!followed) return Promise.resolve();
    if (followed.pending) {
      if (written) followed.pending.written.add(written);
      return followed.pending.done;
    }
    const pending = { written: new Set(written ? [written] : []), done: Promise.resolve() };
    followed.pending = pending;
    pending.done = this.inTurn(followed, async () => {
      followed.pending = undefined;
      await this.read(organisationId, followed, pending.written);
    }).catch((error: unknown) =>
      this.logger.error({ err: error, organisationId }, 'could not read the register again'),
    );
    return pending.done;
  }

  /** A stage's status changes now: read the register as of the armed instant (or later). */
  private async woken(key: string, atMs: number): Promise<void> {
    if (!key.startsWith(KEY_PREFIX)) return;
    const organisationId = key.slice(KEY_PREFIX.length);
    const followed = this.registers.get(organisationId);
    if (!followed) return;
    if (followed.armedAt === atMs) followed.armedAt = undefined;
    // The scheduler wakes a little early (PREPARE_MS); the statuses change on the instant.
    await this.clock.waitUntil(atMs);
    await this.refresh(organisationId);
  }

  /** Reads the board, publishes what changed to the followers, and arms for the next change. */
  private async read(organisationId: string, followed: Followed, written: ReadonlySet<string>) {
    const board = await this.views.board(organisationId);
    if (this.registers.get(organisationId) !== followed) return board;
    const update = registerUpdate(organisationId, followed.published, board, written);
    followed.published = published(board);
    if (update.changed.length || update.notices) this.listener?.(update);
    const next = board.nextChangeAt ? Math.ceil(board.nextChangeAt.getTime()) : undefined;
    if (next !== followed.armedAt) {
      followed.armedAt = next;
      await (next === undefined
        ? this.disarm(organisationId)
        : this.scheduler.arm(KEY_PREFIX + organisationId, next));
    }
    return board;
  }

  private disarm(organisationId: string): Promise<void> {
    return this.scheduler.disarm(KEY_PREFIX + organisationId);
  }

  private inTurn<R>(followed: Followed, work: () => Promise<R>): Promise<R> {
    const run = followed.tail.then(work);
    followed.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}
