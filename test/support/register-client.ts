import { io, type Socket } from 'socket.io-client';

export interface RegisterSnapshot {
  organisationId: string;
  now: string;
  incidents: Record<string, any>[];
  notices: Record<string, any>[];
}

export interface RegisterNotices {
  organisationId: string;
  now: string;
  notices: Record<string, any>[];
}

/** Why a handshake was refused, as socket.io-client hands it over. */
export interface Refusal {
  message: string;
  data?: { code: string; details?: { path: string; code?: string }[] };
}

/**
 * A client of the `/incidents` namespace, written from docs/realtime.md as the CISO's console would
 * be: the snapshot, every `incident.changed` and `incident.notices` it receives, and each event
 * awaitable as it comes.
 */
export function connectRegister(baseUrl: string, auth: Record<string, string>, sockets: Socket[]) {
  const socket = io(`${baseUrl}/incidents`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const changed: Record<string, any>[] = [];
  const notices: RegisterNotices[] = [];
  socket.on('incident.changed', (line: Record<string, any>) => changed.push(line));
  socket.on('incident.notices', (list: RegisterNotices) => notices.push(list));
  const snapshot = new Promise<RegisterSnapshot>((resolve, reject) => {
    socket.once('snapshot', resolve);
    socket.once('connect_error', reject);
  });
  /** The next `event` that `matches`, from now on. */
  const next = <T = any>(event: string, matches: (payload: T) => boolean = () => true) =>
    new Promise<T>((resolve) => {
      const listener = (payload: T) => {
        if (!matches(payload)) return;
        socket.off(event, listener);
        resolve(payload);
      };
      socket.on(event, listener);
    });
  const send = async (event: string, body: unknown): Promise<any> =>
    socket.timeout(5000).emitWithAck(event, body);
  return { socket, snapshot, changed, notices, next, send };
}

export type RegisterClient = ReturnType<typeof connectRegister>;
