import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { formatOffset } from '@driehoek/scenario';
import { describeWithRedis } from '@driehoek/testing';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant, type ClientEvent } from '../support/participant';
import { waitFor } from '../support/wait-for';

interface LoggedEvent extends ClientEvent {
  audience: string[];
}

const ROLES = ['burgemeester', 'ciso', 'cybercrime-politie', 'officier-van-justitie'];

/**
 * A shipped scenario run as an oefenleider would: four players join over socket.io, the oefenleider
 * moves the exercise on by jumps, pauses, jumps while paused and resumes, a player's decision
 * branches the scenario, and every player has received exactly the events the log says its role
 * may see, in order. The clock runs at 1×, so between the oefenleider's moves nothing fires by
 * itself: each move fires what it passes over before it answers, and the players' events arrive
 * whatever the machine's speed.
 */
function liveSuite(env: Record<string, string>): void {
  let t: TestApp;
  let a: Organisation;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios'), ...env });
    await t.app.listen(0, '127.0.0.1');
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should run end to end with need-to-know delivery, clock control and branching', async () => {
    const url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const facilitator = <T extends { auth(token: string, options: { type: 'bearer' }): T }>(req: T): T =>
      req.auth(a.tokens.facilitator, { type: 'bearer' });
    const created = await facilitator(t.http().post('/api/exercises'))
      .send({ scenarioId: 'ransomware-gemeente', speed: 1 })
      .expect(201);
    const id: string = created.body.id;

    const players = await Promise.all(
      ROLES.map(async (role) => {
        const code = created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;
        const { socket, received, snapshot } = connectParticipant(url, { joinCode: code }, sockets);
        await snapshot;
        return { role, socket, received };
      }),
    );

    const jump = (jumpTo: string) =>
      facilitator(t.http().patch(`/api/exercises/${id}/clock`))
        .send({ jumpTo })
        .expect(200);

    // Run the first hour, pause, jump a phase ahead while paused, resume.
    await facilitator(t.http().post(`/api/exercises/${id}/start`))
      .send({})
      .expect(200);
    await jump('01:00');
    await waitFor(
      async () => players.every((p) => p.received.some((e) => e.type === 'inject.delivered')),
      'a first inject for every player',
    );
    await facilitator(t.http().post(`/api/exercises/${id}/pause`)).expect(200);
    await jump('1d 08:00');
    const pausedAt = (await facilitator(t.http().get(`/api/exercises/${id}/events`)).expect(200)).body.length;
    await facilitator(t.http().post(`/api/exercises/${id}/resume`)).expect(200);

    // The mayor answers an open decision point; its option's trigger schedules the branch.
    const mayor = players[0];
    const opened = await waitFor(
      async () =>
        mayor.received.find((e) => e.type === 'decision.opened' && e.payload.owner === 'burgemeester'),
      'a decision for the mayor',
    );
    const option = opened.payload.options[0].id as string;
    const ack = await mayor.socket.emitWithAck('decision.record', {
      decisionPointId: opened.payload.decisionPointId,
      optionId: option,
      beeld: 'Servers versleuteld, dienstverlening ligt stil.',
      oordeel: 'Snel handelen beperkt de schade.',
      besluit: `We kiezen: ${opened.payload.options[0].label}`,
      decidedBy: 'Burgemeester',
    });
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    const log = async (): Promise<LoggedEvent[]> =>
      (await facilitator(t.http().get(`/api/exercises/${id}/events?limit=1000`)).expect(200)).body;
    const branch = await waitFor(
      async () =>
        (await log()).find(
          (e) => e.type === 'trigger.fired' && e.payload.decisionPointId === opened.payload.decisionPointId,
        ),
      'the branch in the log',
    );
    const scheduled = branch.payload.scheduled as { injectId: string; dueOffsetMs: number }[];
    const [next] = [...scheduled].sort((x, y) => x.dueOffsetMs - y.dueOffsetMs);
    const branchInject = next?.injectId;
    // The branch comes its delay after the decision: the oefenleider jumps there.
    if (next) await jump(formatOffset(Math.ceil(next.dueOffsetMs / 60_000) * 60));
    if (branchInject)
      await waitFor(
        async () =>
          (await log()).some((e) => e.type === 'inject.delivered' && e.payload.injectId === branchInject),
        'the branch inject',
      );

    await facilitator(t.http().post(`/api/exercises/${id}/pause`)).expect(200);
    const all = await log();
    expect(all.length).toBeGreaterThan(pausedAt);
    const lastSeq = all.at(-1)!.seq;
    await waitFor(
      async () =>
        players.every(
          (p) =>
            (p.received.at(-1)?.seq ?? 0) >=
            Math.max(
              ...all.filter((e) => e.audience.includes('*') || e.audience.includes(p.role)).map((e) => e.seq),
            ),
        ),
      'every player to catch up',
    );

    // Each player received exactly what the log lets its role see, in order, and nothing else.
    for (const player of players) {
      const visible = all.filter(
        (e) => e.seq <= lastSeq && (e.audience.includes('*') || e.audience.includes(player.role)),
      );
      expect(player.received.filter((e) => e.seq <= lastSeq).map((e) => e.seq)).toEqual(
        visible.map((e) => e.seq),
      );
      for (const event of player.received.filter((e) => e.type === 'inject.delivered')) {
        const logged = all.find((e) => e.seq === event.seq)!;
        expect(logged.audience.includes('*') || logged.audience.includes(player.role)).toBe(true);
      }
    }
    // Need-to-know is real: somebody got something another did not.
    const injectSets = players.map(
      (p) => new Set(p.received.filter((e) => e.type === 'inject.delivered').map((e) => e.seq)),
    );
    expect(
      injectSets.some((set, i) =>
        injectSets.some((other, j) => i !== j && [...set].some((seq) => !other.has(seq))),
      ),
    ).toBe(true);

    // Every timeline inject fired at most once.
    const firings = all
      .filter((e) => e.type === 'inject.delivered')
      .map((e) => `${e.payload.injectId}#${e.payload.occurrence}`);
    expect(new Set(firings).size).toBe(firings.length);
    expect(
      (await facilitator(t.http().get(`/api/exercises/${id}/events/verify`)).expect(200)).body,
    ).toMatchObject({ valid: true, count: all.length });
  }, 60_000);
}

describe('a live exercise from a shipped scenario (in-process scheduler)', () => liveSuite({}));
describeWithRedis('a live exercise from a shipped scenario (BullMQ scheduler)', (redisUrl) =>
  liveSuite({ REDIS_URL: redisUrl }),
);
