import pino from 'pino';
import type { PresenceEntry } from '@driehoek/exercise';
import { ExercisePresenceFeed, type PresenceOptions } from './exercise-presence';

const EXERCISE = 'ex-1';

/** A namespace with one staff socket here and the given sockets everywhere. */
function fakeNamespace(sockets: { data: { presence: PresenceEntry } }[]) {
  const emitted: { rooms: unknown; event: string; payload: unknown }[] = [];
  const fetchEverywhere = jest.fn(async () => sockets);
  const serverSideEmit = jest.fn();
  const server = {
    in: jest.fn(() => ({ fetchSockets: fetchEverywhere })),
    local: {
      in: jest.fn(() => ({ fetchSockets: async () => sockets.slice(0, 1) })),
      to: jest.fn((rooms: unknown) => ({
        emit: (event: string, payload: unknown) => emitted.push({ rooms, event, payload }),
      })),
    },
    on: jest.fn(),
    serverSideEmit,
    adapter: { rooms: new Map([[`staff:${EXERCISE}`, new Set(['s1'])]]) },
  };
  return { server, emitted, fetchEverywhere, serverSideEmit };
}

const staff: { data: { presence: PresenceEntry } } = {
  data: { presence: { kind: 'staff', role: 'facilitator', joinedAt: '2026-11-23T08:00:00.000Z' } },
};
const mayor = (joinedAt: string): { data: { presence: PresenceEntry } } => ({
  data: { presence: { kind: 'player', role: 'burgemeester', joinedAt } },
});

function feedOver(namespace: ReturnType<typeof fakeNamespace>, crossProcess = true) {
  return new ExercisePresenceFeed({
    server: namespace.server as unknown as PresenceOptions['server'],
    rooms: { all: (id) => [`all:${id}`], reach: (reach, id) => `${reach}:${id}` },
    roles: async () => ['burgemeester', 'ciso'],
    crossProcess,
    logger: pino({ level: 'silent' }),
    debounceMs: 250,
  });
}

describe(ExercisePresenceFeed.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('should count a crowd of joins once, and tell the other processes once', async () => {
    const namespace = fakeNamespace([
      staff,
      mayor('2026-11-23T09:00:00.000Z'),
      mayor('2026-11-23T09:00:01.000Z'),
    ]);
    const sut = feedOver(namespace);
    for (let i = 0; i < 50; i++) sut.changed(EXERCISE);
    await jest.advanceTimersByTimeAsync(250);

    expect(namespace.serverSideEmit).toHaveBeenCalledTimes(1);
    expect(namespace.serverSideEmit).toHaveBeenCalledWith('presence.dirty', EXERCISE);
    expect(namespace.fetchEverywhere).toHaveBeenCalledTimes(1);
    expect(namespace.emitted).toEqual([
      {
        rooms: `staff:${EXERCISE}`,
        event: 'presence.changed',
        payload: {
          roles: [
            { role: 'burgemeester', connections: 2, latestJoinedAt: '2026-11-23T09:00:01.000Z' },
            { role: 'ciso', connections: 0, latestJoinedAt: null },
          ],
          staff: { facilitator: 1, evaluator: 0 },
          complete: true,
        },
      },
    ]);
    sut.close();
  });

  it('should not count for an exercise without staff on this process, and not pass on what it heard', async () => {
    const namespace = fakeNamespace([staff]);
    namespace.server.adapter.rooms.clear();
    const sut = feedOver(namespace);
    const heard = namespace.server.on.mock.calls[0][1] as (exerciseId: string) => void;
    heard(EXERCISE);
    await jest.advanceTimersByTimeAsync(250);
    expect(namespace.fetchEverywhere).not.toHaveBeenCalled();
    expect(namespace.serverSideEmit).not.toHaveBeenCalled();
    sut.close();
  });

  it('should send this process’s count as incomplete when the others do not answer, and count again later', async () => {
    const namespace = fakeNamespace([staff, mayor('2026-11-23T09:00:00.000Z')]);
    namespace.fetchEverywhere.mockRejectedValueOnce(new Error('timeout reached'));
    const sut = feedOver(namespace, true);
    sut.changed(EXERCISE);
    await jest.advanceTimersByTimeAsync(250);
    expect(namespace.emitted.at(-1)?.payload).toMatchObject({ complete: false, staff: { facilitator: 1 } });

    await jest.advanceTimersByTimeAsync(5000 + 250);
    expect(namespace.emitted.at(-1)?.payload).toMatchObject({
      complete: true,
      roles: [{ role: 'burgemeester', connections: 1 }, { role: 'ciso' }],
    });
    sut.close();
  });
});
