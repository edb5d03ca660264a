import { summarisePresence, type PresenceEntry } from './presence';

describe(summarisePresence.name, () => {
  const roles = ['burgemeester', 'ciso', 'politie'];

  it('should list every role of the scenario in its order, connected or not', () => {
    expect(summarisePresence(roles, [], true)).toEqual({
      roles: [
        { role: 'burgemeester', connections: 0, latestJoinedAt: null },
        { role: 'ciso', connections: 0, latestJoinedAt: null },
        { role: 'politie', connections: 0, latestJoinedAt: null },
      ],
      staff: { facilitator: 0, evaluator: 0 },
      complete: true,
    });
  });

  it('should count the connections of a role and keep when the latest joined', () => {
    const entries: PresenceEntry[] = [
      { kind: 'player', role: 'ciso', joinedAt: '2026-11-23T09:00:05.000Z' },
      { kind: 'player', role: 'ciso', joinedAt: '2026-11-23T09:10:00.000Z' },
      { kind: 'player', role: 'ciso', joinedAt: '2026-11-23T09:01:00.000Z' },
      { kind: 'staff', role: 'facilitator', joinedAt: '2026-11-23T08:00:00.000Z' },
      { kind: 'staff', role: 'evaluator', joinedAt: '2026-11-23T08:00:00.000Z' },
      { kind: 'staff', role: 'evaluator', joinedAt: '2026-11-23T08:30:00.000Z' },
    ];
    const presence = summarisePresence(roles, entries, false);
    expect(presence.roles[1]).toEqual({
      role: 'ciso',
      connections: 3,
      latestJoinedAt: '2026-11-23T09:10:00.000Z',
    });
    expect(presence.roles[0].connections).toBe(0);
    expect(presence.staff).toEqual({ facilitator: 1, evaluator: 2 });
    expect(presence.complete).toBe(false);
  });

  it('should leave out a role the scenario does not have', () => {
    const presence = summarisePresence(
      roles,
      [{ kind: 'player', role: 'onbekend', joinedAt: '2026-11-23T09:00:00.000Z' }],
      true,
    );
    expect(presence.roles.map((r) => r.role)).toEqual(roles);
    expect(presence.roles.every((r) => r.connections === 0)).toBe(true);
  });
});
