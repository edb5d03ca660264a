import { Inject } from '@nestjs/common';
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
import { AppException, ErrorCode, LOGGER, toErrorBody, type FieldError } from '@driehoek/core';
import {
  ACCESS_ENDED,
  AccessChanged,
  REGISTER_NAMESPACE,
  parseRegisterMessage,
  type AccessEndedReason,
  type Ack,
  type RegisterClientToServerEvents,
  type RegisterMessage,
  type RegisterServerToClientEvents,
} from '@driehoek/exercise';
import {
  RegisterAccess,
  RegisterFeed,
  type RegisterCredential,
  type RegisterUpdate,
} from '@driehoek/incidents';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import { RealtimeLimits } from './realtime-limits';
import { SocketAllow } from './socket-policy';

const Handshake = z
  .object({ token: z.string().min(20).max(200), organisationId: z.uuid().optional() })
  .strict();

interface SocketData {
  credential: RegisterCredential;
  /** Stops following the register; set once connected, called on disconnect. */
  release?: () => void;
}

type RegisterNamespace = Namespace<RegisterClientToServerEvents, RegisterServerToClientEvents>;

const room = (organisationId: string) => `register:${organisationId}`;

/**
 * The live channel of an organisation's incident register (namespace `/incidents`, see
 * docs/realtime.md), for the members who may read it over REST. A connection gets the register as
 * a snapshot, then `incident.changed` per write and `incident.notices` whenever the notices change,
 * by a write on any api process or by time alone (RegisterFeed, which reads them from PostgreSQL).
 */
@WebSocketGateway({ namespace: REGISTER_NAMESPACE })
export class IncidentsGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() private readonly server!: RegisterNamespace;
  private readonly logger: Logger;

  constructor(
    private readonly access: RegisterAccess,
    private readonly feed: RegisterFeed,
    private readonly limits: RealtimeLimits,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: IncidentsGateway.name });
  }

  afterInit(server: RegisterNamespace): void {
    this.feed.publishTo((update) => this.publish(update));
    // Authenticate on the handshake: a refused socket never joins a room.
    server.use((socket, next) => {
      const done = this.limits.beginHandshake(socket.handshake.address);
      if (!done) return next(new Error('too many attempts'));
      this.authenticate(socket)
        .then(
          (credential) => {
            socket.data = { credential } satisfies SocketData;
            next();
          },
          (error: unknown) => next(refusal(error)),
        )
        .finally(done);
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const { organisationId } = data.credential;
    data.release = this.feed.follow(organisationId);
    // Access taken away between the handshake and now was announced before this socket could be
    // found: check once more, now that it is.
    if (!(await this.stillAllowed(socket))) return;
    try {
      // In the register's turn: the socket joins its room and gets the snapshot before any later change.
      await this.feed.snapshot(organisationId, async (snapshot) => {
        if (socket.disconnected) return;
        await socket.join(room(organisationId));
        socket.emit('snapshot', snapshot);
      });
    } catch (error) {
      this.logger.error({ err: error, organisationId }, 'could not send the register snapshot');
      socket.disconnect(true);
    }
  }

  handleDisconnect(socket: Socket): void {
    (socket.data as Partial<SocketData>).release?.();
  }

  /** An access notice from any process: the connections it concerns are checked again. */
  @OnEvent(AccessChanged.eventName)
  async accessChanged({ scope }: AccessChanged): Promise<void> {
    if (scope.kind === 'exercise') return;
    const concerned = [...this.server.sockets.values()].filter(
      (socket) => scope.kind === 'all' || (socket.data as SocketData).credential.userId === scope.userId,
    );
    await Promise.all(concerned.map((socket) => this.stillAllowed(socket)));
  }

  @SubscribeMessage('resync')
  @SocketAllow('participant')
  async resync(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    return this.handle(socket, 'resync', async ({ credential }) => {
      parseRegisterMessage('resync', body);
      return this.feed.snapshot(credential.organisationId, (snapshot) => ({ ...snapshot }));
    });
  }

  private async authenticate(socket: Socket): Promise<RegisterCredential> {
    const auth = Handshake.safeParse(socket.handshake.auth);
    if (!auth.success)
      throw new AppException(ErrorCode.Unauthorized, 'send {token, organisationId?} in the handshake auth');
    return this.access.admit(auth.data.token, auth.data.organisationId);
  }

  /** What changed in a followed register, to its room on this process. */
  private publish({ organisationId, changed, notices }: RegisterUpdate): void {
    const to = this.server.to(room(organisationId));
    for (const line of changed) to.emit('incident.changed', line);
    if (notices) to.emit('incident.notices', notices);
  }

  /** Whether the socket's session still opens the register; if not, it is told why and disconnected. */
  private async stillAllowed(socket: Socket): Promise<boolean> {
    try {
      const standing = await this.access.standing((socket.data as SocketData).credential);
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
    const { organisationId } = (socket.data as SocketData).credential;
    this.logger.info({ organisationId, reason }, 'register access ended; disconnecting');
    socket.emit('access.ended', { reason, message: ACCESS_ENDED[reason] });
    socket.disconnect(true);
  }

  /** Every client → server event answers with an acknowledgement: `{ok: true, …}` or a typed error. */
  private async handle(
    socket: Socket,
    message: RegisterMessage,
    work: (data: SocketData) => Promise<object>,
  ): Promise<Ack> {
    try {
      // Every register message is for anyone connected (the contract allows no other policy here):
      // the handshake admitted only those who may read the register.
      const data = socket.data as SocketData;
      const { organisationId, userId } = data.credential;
      const rate = this.limits.take(message, socket.id, `register:${organisationId}:user:${userId}`);
      if (!rate.allowed)
        return {
          ok: false,
          error: {
            code: ErrorCode.RateLimited,
            message: `too many ${message} messages; try again in ${Math.ceil(rate.retryAfterMs / 1000)} s`,
            retryAfterMs: rate.retryAfterMs,
          },
        };
      const standing = await this.access.standing(data.credential);
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

/** A refused handshake: the message, and the error code in `data` (socket.io's `connect_error`). */
function refusal(error: unknown): Error {
  if (!(error instanceof AppException)) return new Error('unauthorized');
  return Object.assign(new Error(error.message), {
    data: { code: error.code, ...(error.errors && { details: error.errors }) },
  });
}
