import { Inject, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  AppException,
  CONFIG,
  Clock,
  ErrorCode,
  LOGGER,
  RateLimiter,
  toErrorBody,
  type Config,
  type FieldError,
} from '@driehoek/core';
import {
  ACCESS_ENDED,
  AccessChanged,
  ConnectionStanding,
  CLIENT_MESSAGES,
  DecisionService,
  ExercisePlaybooks,
  ExerciseDebrief,
  ExerciseObservations,
  InjectAcks,
  ReportService,
  EventStream,
  ExerciseEventCommitted,
  ExerciseService,
  ExerciseSnapshots,
  parseMessage,
  toClientEvent,
  type Ack,
  type AccessEndedReason,
  type ClientMessage,
  type ClientToServerEvents,
  type ConnectionCredential,
  type ExerciseSnapshot,
  type PresenceEntry,
  type ServerEventReach,
  type ServerToClientEvents,
  type SocketPolicy,
  type Viewer,
} from '@driehoek/exercise';
import { AuthService } from '@driehoek/identity';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import { ExercisePresenceFeed, type PresenceServerEvents } from './exercise-presence';
import { CROSS_PROCESS_TIMEOUT_MS } from './io.adapter';
import { RealtimeLimits } from './realtime-limits';
import { SocketAllow } from './socket-policy';

const Handshake = z.union([
  z.object({ joinCode: z.string().min(1).max(40) }).strict(),
  z.object({ token: z.string().min(20).max(200), exerciseId: z.uuid() }).strict(),
]);

/**
 * What the server keeps with a socket. With the Redis adapter, other api processes read it
 * (`fetchSockets`, for presence): nothing secret goes in (the handshake's credentials are dropped
 * once checked), and a function such as `release` does not travel.
 */
interface SocketData {
  exerciseId: string;
  viewer: Viewer;
  /** What it came in with; checked again when access changes and before each message. */
  credential: ConnectionCredential;
  /** How the connection counts in presence; set once it has joined its rooms. */
  presence?: PresenceEntry;
  /** Gives back its place under the join code's connection limit. */
  release?: () => void;
}

/** The namespace, typed by the realtime contract of @driehoek/exercise. */
type ExerciseNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, PresenceServerEvents>;

const room = {
  staff: (exerciseId: string) => `ex:${exerciseId}:staff`,
  players: (exerciseId: string) => `ex:${exerciseId}:players`,
  role: (exerciseId: string, role: string) => `ex:${exerciseId}:role:${role}`,
};

/** The rooms a server event of that reach goes to (SERVER_EVENTS in the contract). */
function roomsOf(reach: ServerEventReach, exerciseId: string): string[] {
  return reach === 'staff' ? [room.staff(exerciseId)] : [room.staff(exerciseId), room.players(exerciseId)];
}

/**
 * The live channel of an exercise (namespace `/exercise`, see docs/realtime.md). The server decides
 * what each participant may see: staff rooms get every event, a player's role room only events
 * whose audience names the role or every player. Events are read back from PostgreSQL after the
 * commit that logged them, so a client never sees anything the log does not hold.
 */
@WebSocketGateway({ namespace: '/exercise' })
export class ExerciseGateway
  implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy
{
  @WebSocketServer() private readonly server!: ExerciseNamespace;
  private readonly logger: Logger;
  private presence?: ExercisePresenceFeed;

  constructor(
    private readonly exercises: ExerciseService,
    private readonly snapshots: ExerciseSnapshots,
    private readonly stream: EventStream,
    private readonly auth: AuthService,
    private readonly decisions: DecisionService,
    private readonly reports: ReportService,
    private readonly playbooks: ExercisePlaybooks,
    private readonly acks: InjectAcks,
    private readonly observations: ExerciseObservations,
    private readonly debrief: ExerciseDebrief,
    private readonly standing: ConnectionStanding,
    private readonly limiter: RateLimiter,
    private readonly limits: RealtimeLimits,
    private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: ExerciseGateway.name });
  }

  afterInit(server: ExerciseNamespace): void {
    this.presence = new ExercisePresenceFeed({
      server,
      rooms: {
        all: (exerciseId) => roomsOf('participant', exerciseId),
        reach: (reach, exerciseId) => roomsOf(reach, exerciseId)[0],
      },
      roles: async (exerciseId) => (await this.exercises.joinCodes(exerciseId)).map((code) => code.role),
      crossProcess: Boolean(this.config.REDIS_URL),
      timeoutMs: CROSS_PROCESS_TIMEOUT_MS,
      logger: this.logger.child({ context: ExercisePresenceFeed.name }),
    });
    // Authenticate on the handshake: a refused socket never joins a room.
    server.use((socket, next) => {
      // Every handshake costs database lookups: one address gets only so many at a time.
      const done = this.limits.beginHandshake(socket.handshake.address);
      if (!done) return next(new Error('too many attempts'));
      this.authenticate(socket)
        .then(
          (data) => {
            socket.data = data;
            // Checked: the join code or token is not kept where other processes would read it.
            socket.handshake.auth = {};
            next();
          },
          (error: unknown) => next(new Error(error instanceof AppException ? error.message : 'unauthorized')),
        )
        .finally(done);
    });
    // The stream follows the exercise before the snapshot is read, so that after an outage of its
    // LISTEN it publishes whatever this client has not seen yet.
    server.use((socket, next) => {
      void this.stream.track((socket.data as SocketData).exerciseId).then(() => next());
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const { exerciseId, viewer, credential } = data;
    if (credential.kind === 'player') {
      // Counted once connected, so that every counted socket is also given back on disconnect.
      data.release = this.limits.connectWithCode(credential.joinCodeId);
      if (!data.release) return this.end(socket, 'connection-limit');
    }
    if (viewer.kind === 'staff') await socket.join(room.staff(exerciseId));
    else await socket.join([room.players(exerciseId), room.role(exerciseId, viewer.role)]);
    const joinedAt = this.clock.now().toISOString();
    data.presence =
      viewer.kind === 'staff'
        ? { kind: 'staff', role: viewer.role, joinedAt }
        : { kind: 'player', role: viewer.role, joinedAt };
    this.presence?.changed(exerciseId);
    // Access taken away between the handshake and now was announced before this socket could be
    // found: check once more, now that it is.
    if (!(await this.stillAllowed(socket))) return;
    socket.emit('snapshot', await this.snapshot(exerciseId, viewer, 0));
  }

  handleDisconnect(socket: Socket): void {
    const data = socket.data as Partial<SocketData>;
    data.release?.();
    // It has left its rooms by now: the next count no longer finds it.
    if (data.presence && data.exerciseId) this.presence?.changed(data.exerciseId);
  }

  onModuleDestroy(): void {
    this.presence?.close();
  }

  /** An access notice from any process: the connections it concerns are checked again. */
  @OnEvent(AccessChanged.eventName)
  async accessChanged({ scope }: AccessChanged): Promise<void> {
    const concerned = [...this.server.sockets.values()].filter((socket) => {
      const { credential } = socket.data as SocketData;
      if (scope.kind === 'all') return true;
      if (scope.kind === 'exercise') return credential.exerciseId === scope.exerciseId;
      return credential.kind === 'staff' && credential.userId === scope.userId;
    });
    await Promise.all(concerned.map((socket) => this.stillAllowed(socket)));
  }

  @SubscribeMessage('resync')
  @SocketAllow('participant')
  async resync(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'resync', async ({ exerciseId, viewer }) => {
      const { afterSeq } = parseMessage('resync', body);
      return this.snapshot(exerciseId, viewer, afterSeq);
    });
  }

  @SubscribeMessage('inject.ack')
  @SocketAllow('player')
  async injectAck(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'inject.ack', async ({ exerciseId, viewer }) => {
      const role = viewer.kind === 'player' ? viewer.role : '';
      return this.acks.ack(exerciseId, role, parseMessage('inject.ack', body).seq);
    });
  }

  @SubscribeMessage('decision.record')
  @SocketAllow('player')
  async recordDecision(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'decision.record', async ({ exerciseId, viewer }) => {
      const role = viewer.kind === 'player' ? viewer.role : '';
      return this.decisions.record(exerciseId, role, parseMessage('decision.record', body));
    });
  }

  @SubscribeMessage('report.submit')
  @SocketAllow('player')
  async submitReport(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'report.submit', async ({ exerciseId, viewer }) => {
      const role = viewer.kind === 'player' ? viewer.role : '';
      return this.reports.submit(exerciseId, role, parseMessage('report.submit', body));
    });
  }

  @SubscribeMessage('playbook.step')
  @SocketAllow('player')
  async playbookStep(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'playbook.step', async ({ exerciseId, viewer }) => {
      const role = viewer.kind === 'player' ? viewer.role : '';
      return this.playbooks.step(exerciseId, { role, by: role }, parseMessage('playbook.step', body));
    });
  }

  @SubscribeMessage('observation.record')
  @SocketAllow('staff')
  async recordObservation(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'observation.record', async ({ exerciseId, viewer }) => {
      const observer = viewer.kind === 'staff' ? viewer.label : '';
      return this.observations.record(exerciseId, observer, parseMessage('observation.record', body));
    });
  }

  @SubscribeMessage('debrief.answer')
  @SocketAllow('player')
  async answerDebrief(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'debrief.answer', async ({ exerciseId, viewer }) => {
      const role = viewer.kind === 'player' ? viewer.role : '';
      return this.debrief.answer(exerciseId, role, parseMessage('debrief.answer', body));
    });
  }

  @SubscribeMessage('hotwash.point')
  @SocketAllow('facilitator')
  async hotwashPoint(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'hotwash.point', async ({ exerciseId, viewer }) => {
      const by = viewer.kind === 'staff' ? viewer.label : '';
      return this.debrief.capture(exerciseId, by, parseMessage('hotwash.point', body));
    });
  }

  private async authenticate(socket: Socket): Promise<SocketData> {
    const auth = Handshake.safeParse(socket.handshake.auth);
    if (!auth.success)
      throw new AppException(
        ErrorCode.Unauthorized,
        'send {joinCode} or {token, exerciseId} in the handshake auth',
      );
    if ('joinCode' in auth.data) {
      // Only failures count: a crisis room behind one address reconnects dozens of tablets at once,
      // and guessing a 60-bit code is what the limit is for. Each attempt is counted before the
      // lookup and given back when it succeeds, so parallel guesses cannot all pass the check.
      const attempt = await this.limiter.reserve(
        `join-failed:${socket.handshake.address}`,
        this.limits.joinFailures,
      );
      if (!attempt.allowed) {
        await attempt.release();
        throw new AppException(ErrorCode.TooManyRequests, 'too many attempts');
      }
      const { joinCodeId, exerciseId, role } = await this.exercises.checkJoinCode(auth.data.joinCode);
      await attempt.release();
      return {
        exerciseId,
        viewer: { kind: 'player', role },
        credential: { kind: 'player', exerciseId, joinCodeId },
      };
    }
    const { exerciseId } = auth.data;
    const principal = await this.auth.authenticate(auth.data.token);
    const access = principal && (await this.exercises.access(principal, exerciseId));
    if (!principal || !access) throw new AppException(ErrorCode.Unauthorized, 'unauthorized');
    if (access.exercise.status === 'archived')
      throw new AppException(ErrorCode.Conflict, ACCESS_ENDED['exercise-archived']);
    return {
      exerciseId,
      viewer: { kind: 'staff', role: access.role, label: principal.email },
      credential: {
        kind: 'staff',
        exerciseId,
        sessionId: principal.sessionId,
        userId: principal.userId,
        role: access.role,
      },
    };
  }

  /** A player's snapshot never says who else is connected; a staff member's does. */
  private async snapshot(exerciseId: string, viewer: Viewer, afterSeq: number): Promise<ExerciseSnapshot> {
    const [snapshot, presence] = await Promise.all([
      this.snapshots.snapshot(exerciseId, viewer, afterSeq),
      viewer.kind === 'staff' ? this.presence?.current(exerciseId) : undefined,
    ]);
    return presence ? { ...snapshot, presence } : snapshot;
  }

  /** Staff get the whole event; the rooms of the roles in its audience get the players' projection. */
  @OnEvent(ExerciseEventCommitted.eventName)
  async broadcast({ exerciseId, event }: ExerciseEventCommitted): Promise<void> {
    try {
      const start = await this.snapshots.scenarioStartOf(exerciseId);
      // `.local`: every api process reads the log and emits to its own sockets; through the
      // adapter each event would reach a client once per process.
      this.server.local
        .to(room.staff(exerciseId))
        .emit('event', toClientEvent(event, start, { kind: 'staff', role: 'facilitator', label: '' }));
      const players = event.audience.includes('*')
        ? [room.players(exerciseId)]
        : event.audience.map((role) => room.role(exerciseId, role));
      if (players.length)
        this.server.local
          .to(players)
          .emit('event', toClientEvent(event, start, { kind: 'player', role: '' }));
    } catch (error) {
      this.logger.error({ err: error, exerciseId, seq: event.seq }, 'broadcast failed');
    }
  }

  /** Whether the socket's credential still counts; if not, it is told why and disconnected. */
  private async stillAllowed(socket: Socket): Promise<boolean> {
    try {
      const standing = await this.standing.check((socket.data as SocketData).credential);
      if (standing.ok) return true;
      this.end(socket, standing.reason);
    } catch (error) {
      // The database is the truth; without it the next message checks again.
      this.logger.error({ err: error }, 'could not check a connection’s access');
      return true;
    }
    return false;
  }

  private end(socket: Socket, reason: AccessEndedReason): void {
    if (socket.disconnected) return;
    const { exerciseId, credential } = socket.data as SocketData;
    this.logger.info({ exerciseId, credential: credential.kind, reason }, 'access ended; disconnecting');
    socket.emit('access.ended', { reason, message: ACCESS_ENDED[reason] });
    socket.disconnect(true);
  }

  /** Every client → server event answers with an acknowledgement: `{ok: true, …}` or a typed error. */
  private async handle(
    socket: Socket,
    message: ClientMessage,
    work: (data: SocketData) => Promise<Record<string, unknown>>,
  ): Promise<Ack> {
    try {
      const data = socket.data as SocketData;
      const { policy } = CLIENT_MESSAGES[message];
      if (!allowed(policy, data.viewer))
        throw new AppException(ErrorCode.Forbidden, `only ${policy}s may send this`);
      const rate = this.limits.take(message, socket.id, partyOf(data));
      if (!rate.allowed)
        return {
          ok: false,
          error: {
            code: ErrorCode.RateLimited,
            message: `too many ${message} messages; try again in ${Math.ceil(rate.retryAfterMs / 1000)} s`,
            retryAfterMs: rate.retryAfterMs,
          },
        };
      const standing = await this.standing.check(data.credential);
      if (!standing.ok) {
        // Answer first, then say why and disconnect.
        setImmediate(() => this.end(socket, standing.reason));
        throw new AppException(ErrorCode.Unauthorized, ACCESS_ENDED[standing.reason]);
      }
      return { ok: true, ...(await work(data)) };
    } catch (error) {
      const { code, message, errors } = toErrorBody(error, this.logger);
      return { ok: false, error: { code, message, ...(errors && { details: errors as FieldError[] }) } };
    }
  }
}

/** Whose shared bucket a message also draws from: the role's players, or one staff member. */
function partyOf({ exerciseId, credential, viewer }: SocketData): string {
  return credential.kind === 'player'
    ? `${exerciseId}:role:${viewer.role}`
    : `${exerciseId}:user:${credential.userId}`;
}

function allowed(policy: SocketPolicy, viewer: Viewer): boolean {
  switch (policy) {
    case 'participant':
      return true;
    case 'player':
      return viewer.kind === 'player';
    case 'staff':
      return viewer.kind === 'staff';
    case 'facilitator':
      return viewer.kind === 'staff' && viewer.role === 'facilitator';
  }
}
