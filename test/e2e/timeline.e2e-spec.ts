import type { Socket } from 'socket.io-client';
import { scenarioFixture } from '@driehoek/testing';
import { TimelineResponse } from '../../apps/api/src/http/responses';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

/**
 * The facilitator's timeline over HTTP, with a player on the realtime channel. The exercise runs
 * at 1× and the facilitator jumps to the first inject, so the next one (00:20) and the deadline
 * (00:45) are real minutes away whatever the machine does meanwhile.
 */
describe("facilitator's timeline", () => {
  let t: TestApp;
  let a: Organisation;
  let url: string;
  const sockets: Socket[] = [];
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });
  const timeline = async (id: string) =>
    TimelineResponse.parse(
      (await t.http().get(`/api/exercises/${id}/timeline`).set(facilitator()).expect(200)).body,
    );

  /** A player on the realtime channel, recording the events it receives. */
  async function player(joinCode: string) {
    const participant = connectParticipant(url, { joinCode }, sockets);
    await participant.snapshot;
    return participant;
  }

  beforeAll(async () => {
    ({ t, a, baseUrl: url } = await startLiveApp(scenarioFixture('timeline-test')));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should show what happened and what is coming on one scenario-time axis', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(facilitator())
      .send({ scenarioId: 'timeline-test', speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const mayor = await player(
      created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code,
    );

    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(facilitator())
      .send({ jumpTo: '00:10' })
      .expect(200);
    const start = await waitFor(
      async () => mayor.received.find((e) => e.payload.injectId === 'i-start'),
      'i-start at the mayor',
    );
    const ack = await mayor.socket.emitWithAck('inject.ack', { seq: start.seq });
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    await t.http().post(`/api/exercises/${id}/injects/i-reserve/fire`).set(facilitator()).expect(200);
    await t.http().post(`/api/exercises/${id}/injects/i-politie/skip`).set(facilitator()).expect(204);

    const live = await timeline(id);
    expect(live).toMatchObject({
      exerciseId: id,
      status: 'running',
      clock: { status: 'running', speed: 1 },
    });
    const offsets = live.entries.map((e) => e.offsetMs);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));

    const happened = live.entries.filter((e) => e.kind === 'event');
    expect(
      happened.filter((e) => e.type === 'inject.delivered').map((e) => [e.ref.injectId, e.title]),
    ).toEqual([
      ['i-start', 'Melding'],
      ['i-reserve', 'Reserve'],
    ]);
    expect(happened.find((e) => e.ref.injectId === 'i-start')!.acknowledgements).toEqual([
      { role: 'burgemeester', seq: ack.seq, wallTime: expect.any(String) },
    ]);
    expect(happened.find((e) => e.ref.injectId === 'i-reserve')!.acknowledgements).toEqual([]);
    expect(happened.some((e) => e.type === 'inject.acknowledged')).toBe(false);
    expect(happened.find((e) => e.type === 'decision.opened')).toMatchObject({ title: 'A of B?' });
    expect(happened.find((e) => e.type === 'inject.skipped')).toMatchObject({
      title: 'Politie-info',
      ref: { injectId: 'i-politie', occurrence: 1 },
    });

    // Held and branch injects are not coming until someone fires or a trigger schedules them.
    // The fixture's NIS2 clock is scheduled too; regulatory clocks have their own suite.
    const coming = live.entries
      .filter((e) => e.kind === 'scheduled')
      .filter((e) => !e.itemKind.startsWith('clock-'));
    expect(coming.map((e) => [e.status, e.itemKind, e.refId, e.title])).toEqual([
      ['skipped', 'inject', 'i-politie', 'Politie-info'],
      ['pending', 'decision-due', 'dp-keuze', 'A of B?'],
    ]);
    expect(coming[0].expectedWallTime).toBeNull();
    expect(Date.parse(coming[1].expectedWallTime ?? '')).toBeGreaterThan(Date.parse(start.wallTime));

    // While the clock stands still nothing is expected at a wall time; a decision branches.
    await t.http().post(`/api/exercises/${id}/pause`).set(facilitator()).expect(200);
    const decided = await mayor.socket.emitWithAck('decision.record', {
      decisionPointId: 'dp-keuze',
      optionId: 'a',
      beeld: 'Er is iets aan de hand.',
      oordeel: 'A beperkt de schade.',
      besluit: 'We kiezen A.',
      decidedBy: 'Burgemeester De Vries',
    });
    expect(decided).toMatchObject({ ok: true });

    const paused = await timeline(id);
    expect(paused).toMatchObject({ status: 'paused', clock: { status: 'paused' } });
    expect(paused.entries.find((e) => e.kind === 'event' && e.type === 'decision.recorded')).toMatchObject({
      title: 'We kiezen A.',
      ref: { decisionPointId: 'dp-keuze', optionId: 'a' },
    });
    expect(paused.entries.find((e) => e.kind === 'event' && e.type === 'trigger.fired')).toMatchObject({
      ref: { triggerId: 't-a' },
    });
    expect(
      paused.entries
        .filter((e) => e.kind === 'scheduled')
        .filter((e) => !e.itemKind.startsWith('clock-'))
        .map((e) => [e.status, e.refId, e.expectedWallTime]),
    ).toEqual([
      ['pending', 'i-tak-a', null], // five scenario minutes after the decision
      ['skipped', 'i-politie', null],
    ]);
  });
});
