import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis, type Command } from 'ioredis';
import type { Logger } from 'pino';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import type { Config } from '@driehoek/core';

type AdapterConstructor = ServerOptions['adapter'];

/** The namespaces that share their sockets' view across api processes (docs/realtime.md, "Presence"). */
const SHARED_NAMESPACES: ReadonlySet<string> = new Set(['/exercise']);

/** How long a question to the other api processes (who is connected) may take before it counts as unanswered. */
export const CROSS_PROCESS_TIMEOUT_MS = 3000;

/**
 * A Redis connection whose failed commands never go unhandled: the socket.io Redis adapter sends
 * without waiting for the answer, and a rejection nobody handles would end the process — losing
 * Redis must never do that. Callers that await a command still see its error.
 */
class HandledRedis extends Redis {
  override sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    const sent = super.sendCommand(command, stream);
    if (sent instanceof Promise) sent.catch(() => undefined);
    return sent;
  }
}

/**
 * Socket payloads are small; cap them like REST bodies. CORS as for the REST API. The default
 * namespace refuses every connection.
 *
 * With REDIS_URL the `/exercise` namespace gets the socket.io Redis adapter, so that one process
 * can ask every other which sockets are in a room (`fetchSockets`, for presence) and tell them
 * that presence changed (`serverSideEmit`). Events themselves do not travel through it: every
 * process reads the log back from PostgreSQL and emits to its own sockets only (`.local`).
 */
export class DriehoekIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: Config,
    private readonly log?: Logger,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      maxHttpBufferSize: 64 * 1024,
      cors: this.config.CORS_ORIGINS.length ? { origin: this.config.CORS_ORIGINS } : undefined,
    });
    const inMemory = server.adapter();
    if (this.config.REDIS_URL && inMemory)
      server.adapter(this.sharedAdapter(this.config.REDIS_URL, inMemory));
    // Only the gateways' namespaces take connections; the default one would let anyone hold a
    // socket without credentials.
    server
      .of('/')
      .use((_socket, next) => next(new Error('connect to the /exercise or /incidents namespace')));
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all(
      this.clients.map(async (client) => {
        if (client.status === 'ready') await client.quit().catch(() => undefined);
        client.disconnect();
      }),
    );
  }

  /** The Redis adapter for the shared namespaces, the in-memory one for the others. */
  private sharedAdapter(url: string, inMemory: AdapterConstructor): AdapterConstructor {
    // A publisher that gives up quickly (presence then says it is incomplete), and a subscriber
    // that keeps its subscriptions until Redis is back, however long that takes.
    const pub = new HandledRedis(url, { maxRetriesPerRequest: 1 });
    const sub = new HandledRedis(url, { maxRetriesPerRequest: null });
    for (const client of [pub, sub]) {
      // Redis is only a trigger and a fan-out: losing it is reported, never fatal.
      client.on('error', (error: Error) =>
        this.log?.warn({ context: 'SocketAdapter', err: error.message }, 'redis connection problem'),
      );
      this.clients.push(client);
    }
    const redis = createAdapter(pub, sub, {
      key: `${this.config.REDIS_PREFIX}:socket.io`,
      requestsTimeout: CROSS_PROCESS_TIMEOUT_MS,
    });
    // socket.io constructs the adapter with `new`: a function (not an arrow) that returns the
    // adapter for the namespace.
    function NamespaceAdapter(nsp: Namespace) {
      return SHARED_NAMESPACES.has(nsp.name)
        ? redis(nsp)
        : new (inMemory as unknown as new (n: Namespace) => ReturnType<typeof redis>)(nsp);
    }
    return NamespaceAdapter;
  }
}
