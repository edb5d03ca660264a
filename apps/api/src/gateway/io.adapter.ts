import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';
import type { Config } from '@driehoek/core';

/**
 * Socket payloads are small; cap them like REST bodies. CORS as for the REST API. The default
 * namespace refuses every connection.
 */
export class DriehoekIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: Config,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      maxHttpBufferSize: 64 * 1024,
      cors: this.config.CORS_ORIGINS.length ? { origin: this.config.CORS_ORIGINS } : undefined,
    });
    // Only the gateways' namespaces take connections; the default one would let anyone hold a
    // socket without credentials.
    server.of('/').use((_socket, next) => next(new Error('connect to the /exercise namespace')));
    return server;
  }
}
