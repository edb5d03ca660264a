import type { Socket } from 'socket.io-client';
import { Clock } from '@driehoek/core';
import { scenarioFixture } from '@driehoek/testing';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant, type ClientEvent } from '../support/participant';
import { waitFor } from '../support/wait-for';

/**
 * The realtime channel as a client sees it. The exercise runs at 1× and the facilitator moves
 * scenario time by jumps, so nothing fires by itself while the test acts: a decision cannot lose
 * a race with its deadline. What fires when at speed is checked on the engine harness
 * (test/integration/engine/exercise-timing.int-spec.ts).
 */
describe('realtime channel: need-to-know, snapshot, resync and acknowledgements', () => {
  let t: TestApp;
  let a: Organisation;
  let url: string;
  const sockets: Socket[] = [];

  const connect = (auth: Record<string, string>) => connectParticipant(url, auth, sockets);

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('rt-test')));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  const jump = (exerciseId: string, jumpTo: string) =>
    t
      .http()
      .patch(`/api/exercises/${exerciseId}/clock`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ jumpTo })
      .expect(200);

  it('should deliver each participant exactly the events its role may see, in order', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ scenarioId: 'rt-test', speed: 1 })
      .expect(201);
    const exerciseId: string = created.body.id;
    const code = (role: string) =>
      created.body.joinCodes.find((c: { role: string }) => c.role === role).code as string;

    const mayor = connect({ joinCode: code('burgemeester') });
    const police = connect({ joinCode: code('teamchef-politie') });
    const prosecutor = connect({ joinCode: code('officier-van-justitie').toLowerCase() });
    const staff = connect({ token: a.tokens.evaluator, exerciseId });
    expect(await mayor.snapshot).toMatchObject({
      you: { kind: 'player', role: 'burgemeester' },
      clock: { status: 'not-started' },
      events: [],
    });
    expect(await staff.snapshot).toMatchObject({ you: { kind: 'staff', role: 'evaluator' } });
    await Promise.all([police.snapshot, prosecutor.snapshot]);

    await expect(connect({ joinCode: 'AAAA-BBBB-CCCC' }).snapshot).rejects.toThrow('invalid code');
    await expect(
      connect({ token: a.tokens.facilitator, exerciseId: '00000000-0000-4000-8000-000000000000' }).snapshot,
    ).rejects.toThrow('unauthorized');

    await t
      .http()
      .post(`/api/exercises/${exerciseId}/start`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({})
      .expect(200);
    // Past i-start (00:10, which puts dp-keuze) and i-politie (00:20), before the NIS2 clock (00:30).
    await jump(exerciseId, '00:25');
    await waitFor(
      async () =>
        police.received.some((e) => e.payload.injectId === 'i-politie') &&
        prosecutor.received.some((e) => e.payload.injectId === 'i-politie'),
      'police injects',
    );
    await waitFor(async () => staff.received.length >= 5, 'staff events');

    const kinds = (events: ClientEvent[]) =>
      events.map((e) => (e.type === 'inject.delivered' ? `inject:${e.payload.injectId}` : e.type));
    expect(kinds(mayor.received)).toEqual([
      'clock.started',
      'clock.jumped',
      'inject:i-start',
      'decision.opened',
    ]);
    for (const client of [police, prosecutor])
      expect(kinds(client.received)).toEqual([
        'clock.started',
        'clock.jumped',
        'inject:i-start',
        'inject:i-politie',
      ]);
    expect(kinds(staff.received)).toEqual([
      'clock.started',
      'clock.jumped',
      'inject:i-start',
      'decision.opened',
      'inject:i-politie',
    ]);
    for (const client of [mayor, police, prosecutor, staff]) {
      const seqs = client.received.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
    const startedAt = mayor.received.find((e) => e.type === 'clock.started')!.scenarioTime;
    const start = mayor.received.find((e) => e.payload.injectId === 'i-start')!;
    expect(Date.parse(start.scenarioTime) - Date.parse(startedAt)).toBeGreaterThanOrEqual(10 * 60_000);

    // A client that missed events catches up with every event it may see, and nothing else.
    const caughtUp = await mayor.socket.emitWithAck('resync', { afterSeq: 0 });
    expect(caughtUp).toMatchObject({ ok: true, clock: { status: 'running' } });
    expect(kinds(caughtUp.events)).toEqual(kinds(mayor.received));

    // Acknowledgements: ok with the logged sequence number, or a typed error.
    const politieSeq = prosecutor.received.find((e) => e.payload.injectId === 'i-politie')!.seq;
    expect(await prosecutor.socket.emitWithAck('inject.ack', { seq: politieSeq })).toEqual({
      ok: true,
      seq: expect.any(Number),
    });
    expect(await mayor.socket.emitWithAck('inject.ack', { seq: politieSeq })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await staff.socket.emitWithAck('inject.ack', { seq: politieSeq })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await police.socket.emitWithAck('inject.ack', { seq: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'seq' }] },
    });
    await waitFor(
      async () => staff.received.some((e) => e.type === 'inject.acknowledged'),
      'the acknowledgement reaching staff',
    );
    expect(mayor.received.some((e) => e.type === 'inject.acknowledged')).toBe(false);

    // Decisions in BOB form: only the owner decides, once, and the chosen option branches.
    const decision = {
      decisionPointId: 'dp-keuze',
      optionId: 'a',
      beeld: 'Er is iets aan de hand.',
      oordeel: 'A beperkt de schade.',
      besluit: 'We kiezen A.',
      decidedBy: 'Burgemeester De Vries',
      legalBasis: ['Gemeentewet art. 172'],
      actions: [{ description: 'Persbericht', owner: 'communicatie' }],
    };
    expect(await police.socket.emitWithAck('decision.record', decision)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await mayor.socket.emitWithAck('decision.record', { ...decision, optionId: 'z' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'optionId' }] },
    });
    expect(await mayor.socket.emitWithAck('decision.record', { ...decision, besluit: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'besluit' }] },
    });
    expect(await mayor.socket.emitWithAck('decision.record', decision)).toEqual({
      ok: true,
      seq: expect.any(Number),
    });
    expect(await mayor.socket.emitWithAck('decision.record', decision)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // t-a schedules i-tak-a five scenario minutes after the decision: the facilitator jumps there.
    await jump(exerciseId, '00:35');
    const branch = await waitFor(
      async () => mayor.received.find((e) => e.payload.injectId === 'i-tak-a'),
      'the branch inject of option a',
    );
    // Why an inject came (a trigger, a facilitator) is staff business: players never see it.
    expect(branch.payload).not.toHaveProperty('cause');
    await waitFor(
      async () => staff.received.some((e) => e.type === 'trigger.fired'),
      'the branch in the staff view',
    );
    const staffBranch = staff.received.find((e) => e.payload.injectId === 'i-tak-a')!;
    expect(staffBranch.payload.cause).toMatchObject({ trigger: 't-a' });
    const fired = staff.received.find((e) => e.type === 'trigger.fired')!;
    expect(fired.payload).toMatchObject({
      triggerId: 't-a',
      decisionPointId: 'dp-keuze',
      optionId: 'a',
      scheduled: [{ injectId: 'i-tak-a' }],
    });
    expect(mayor.received.some((e) => e.type === 'trigger.fired')).toBe(false);
    expect(
      police.received.some((e) => e.type === 'decision.recorded' || e.payload.injectId === 'i-tak-a'),
    ).toBe(false);
    expect(
      (
        await t
          .http()
          .get(`/api/exercises/${exerciseId}/events/verify`)
          .auth(a.tokens.facilitator, { type: 'bearer' })
          .expect(200)
      ).body.valid,
    ).toBe(true);
  });

  it('should let a room full of players behind one address join, and throttle only failed codes', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ scenarioId: 'rt-test' })
      .expect(201);
    const code = created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code;
    // A minute of its own, whatever other tests spent and however long they took: the failure
    // limit counts per fixed window of the injected Clock.
    const clock = t.app.get(Clock);
    const inAWindowOfItsOwn = Date.now() + 24 * 3_600_000;
    const now = jest.spyOn(clock, 'now').mockReturnValue(new Date(inAWindowOfItsOwn));
    // More successful joins than the failure limit, all from 127.0.0.1.
    for (let i = 0; i < 40; i++) {
      const player = connect({ joinCode: code });
      await player.snapshot;
      player.socket.disconnect();
    }
    const failures: string[] = [];
    for (let i = 0; i < 30; i++)
      failures.push(
        await connect({ joinCode: 'AAAA-AAAA-AAAA' }).snapshot.then(String, (e: Error) => e.message),
      );
    expect(new Set(failures)).toEqual(new Set(['invalid code']));
    await expect(connect({ joinCode: code }).snapshot).rejects.toThrow('too many attempts');

    // A minute later the address may try again.
    now.mockReturnValue(new Date(inAWindowOfItsOwn + 61_000));
    const again = connect({ joinCode: code });
    await again.snapshot;
    again.socket.disconnect();
    await expect(connect({ joinCode: 'AAAA-AAAA-AAAA' }).snapshot).rejects.toThrow('invalid code');
  });
});
