import { io, type Socket } from 'socket.io-client';

export interface ClientEvent {
  seq: number;
  type: string;
  scenarioTime: string;
  wallTime: string;
  payload: Record<string, any>;
}

export interface Snapshot {
  events: ClientEvent[];
  you: unknown;
  clock: unknown;
  clocks: { id: string; running: boolean }[];
  playbooks: unknown[];
}

/**
 * A socket.io client of the `/exercise` namespace, written from docs/realtime.md as a user's client
 * would be: it records every event it receives, exposes the snapshot, and sends with acknowledgement.
 */
export function connectParticipant(baseUrl: string, auth: Record<string, string>, sockets: Socket[]) {
  const socket = io(`${baseUrl}/exercise`, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const received: ClientEvent[] = [];
  socket.on('event', (event: ClientEvent) => received.push(event));
  const snapshot = new Promise<Snapshot>((resolve, reject) => {
    socket.once('snapshot', resolve);
    socket.once('connect_error', reject);
  });
  const send = async (event: string, body: unknown): Promise<any> =>
    socket.timeout(5000).emitWithAck(event, body);
  return { socket, received, snapshot, send };
}
