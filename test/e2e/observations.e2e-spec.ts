import type { Socket } from 'socket.io-client';
import { scenarioFixture } from '@driehoek/testing';
import { ObservationRecordedResponse, ObservationResponse } from '../../apps/api/src/http/responses';
import { connectParticipant } from '../support/participant';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** Evaluators' observations: events in the log, staff only, corrected by superseding, never edited. */
describe('observations', () => {
  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  const sockets: Socket[] = [];
  const as = (role: 'facilitator' | 'evaluator') => ({ Authorization: `Bearer ${a.tokens[role]}` });

  beforeAll(async () => {
    ({ t, a, baseUrl } = await startLiveApp(scenarioFixture('observaties')));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  /** A running exercise at 1×, moved past the first inject by a jump. */
  async function runningExercise() {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(as('facilitator'))
      .send({ scenarioId: 'observaties', speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const code: string = created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code;
    return { id, code };
  }
  const start = (id: string) =>
    t.http().post(`/api/exercises/${id}/start`).set(as('facilitator')).send({}).expect(200);
  const jump = (id: string, jumpTo: string) =>
    t.http().patch(`/api/exercises/${id}/clock`).set(as('facilitator')).send({ jumpTo }).expect(200);
  const observe = (id: string, body: object, role: 'facilitator' | 'evaluator' = 'evaluator') =>
    t.http().post(`/api/exercises/${id}/observations`).set(as(role)).send(body);

  it('should log an observation over REST and the socket, for staff only, and show the latest of each chain', async () => {
    const { id, code } = await runningExercise();
    // A draft has nothing to observe yet.
    await observe(id, { kind: 'strength', text: 'Te vroeg' }).expect(409);
    await start(id);
    await jump(id, '00:15');
    const events = await t.http().get(`/api/exercises/${id}/events`).set(as('facilitator')).expect(200);
    const delivered = (events.body as { seq: number; type: string }[]).find(
      (e) => e.type === 'inject.delivered',
    )!;

    const player = connectParticipant(baseUrl, { joinCode: code }, sockets);
    await player.snapshot;
    const evaluator = connectParticipant(baseUrl, { token: a.tokens.evaluator, exerciseId: id }, sockets);
    await evaluator.snapshot;

    const first = ObservationRecordedResponse.parse(
      (
        await observe(id, {
          kind: 'area-for-improvement',
          objectiveId: 'obj-besluit',
          expectedActionId: 'ea-besluit',
          roles: ['burgemeester'],
          seqs: [delivered.seq],
          text: 'De burgemeester besloot zonder beeld van de politie.',
          rating: 'M',
        }).expect(201)
      ).body,
    );
    // Players cannot record observations; staff can, over the socket too.
    expect(await player.send('observation.record', { kind: 'strength', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const bySocket = await evaluator.send('observation.record', {
      kind: 'strength',
      roles: ['teamchef-politie'],
      text: 'Politie deelde snel een beeld.',
    });
    expect(bySocket).toMatchObject({ ok: true, seq: expect.any(Number), observationId: expect.any(String) });

    // A correction supersedes; only the latest of a chain can be corrected.
    const correction = ObservationRecordedResponse.parse(
      (
        await observe(
          id,
          {
            kind: 'area-for-improvement',
            objectiveId: 'obj-besluit',
            roles: ['burgemeester'],
            seqs: [delivered.seq],
            text: 'De burgemeester besloot zonder beeld van de politie; het OM werd wel gehoord.',
            rating: 'S',
            supersedes: first.observationId,
          },
          'facilitator',
        ).expect(201)
      ).body,
    );
    const again = await observe(id, { kind: 'strength', text: 'Nogmaals', supersedes: first.observationId });
    expect(again.status).toBe(409);

    const listed = await t.http().get(`/api/exercises/${id}/observations`).set(as('evaluator')).expect(200);
    const current = ObservationResponse.array().parse(listed.body);
    expect(current).toEqual([
      expect.objectContaining({
        observationId: bySocket.observationId,
        kind: 'strength',
        roles: ['teamchef-politie'],
        seqs: [],
        observer: 'evaluator@gemeentehofstede.test',
        history: [],
      }),
      expect.objectContaining({
        observationId: correction.observationId,
        rating: 'S',
        supersedes: first.observationId,
        observer: 'facilitator@gemeentehofstede.test',
        history: [first.observationId],
      }),
    ]);

    // The log keeps every version, chained; staff saw them live, the player never did.
    const log = await t.http().get(`/api/exercises/${id}/events`).set(as('facilitator')).expect(200);
    const recorded = (
      log.body as { type: string; actor: string | null; payload: Record<string, unknown> }[]
    ).filter((e) => e.type === 'observation.recorded');
    expect(recorded.map((e) => e.payload.observationId)).toEqual([
      first.observationId,
      bySocket.observationId,
      correction.observationId,
    ]);
    expect(recorded[0]).toMatchObject({
      actor: 'evaluator@gemeentehofstede.test',
      payload: {
        kind: 'area-for-improvement',
        objectiveId: 'obj-besluit',
        expectedActionId: 'ea-besluit',
        roles: ['burgemeester'],
        seqs: [delivered.seq],
        rating: 'M',
        observer: 'evaluator@gemeentehofstede.test',
      },
    });
    await t
      .http()
      .get(`/api/exercises/${id}/events/verify`)
      .set(as('facilitator'))
      .expect(200)
      .expect((r) => expect(r.body.valid).toBe(true));
    await waitFor(
      async () => evaluator.received.filter((e) => e.type === 'observation.recorded').length === 3,
      'the three observations, live to staff',
    );
    // Live and on resync, a player never receives an observation.
    expect(player.received.some((e) => e.type === 'observation.recorded')).toBe(false);
    const resynced = await player.send('resync', { afterSeq: 0 });
    expect(resynced.events.some((e: { type: string }) => e.type === 'observation.recorded')).toBe(false);
  });

  it('should refuse references the exercise does not have, naming each field, and log nothing', async () => {
    const { id } = await runningExercise();
    await start(id);
    const before = await t.http().get(`/api/exercises/${id}/events`).set(as('facilitator')).expect(200);
    const response = await observe(id, {
      kind: 'strength',
      objectiveId: 'obj-onbekend',
      expectedActionId: 'ea-onbekend',
      roles: ['burgemeester', 'wethouder'],
      seqs: [1, 9999],
      text: 'Iets',
    }).expect(422);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'expectedActionId',
      'objectiveId',
      'roles[1]',
      'seqs[1]',
    ]);
    const rating = await observe(id, { kind: 'strength', text: 'Iets', rating: 'P' }).expect(422);
    expect(rating.body.errors).toEqual([expect.objectContaining({ path: 'rating' })]);
    await observe(id, { kind: 'strength', text: 'Iets', supersedes: '00000000-0000-4000-8000-000000000000' })
      .expect(422)
      .expect((r) => expect(r.body.errors).toEqual([expect.objectContaining({ path: 'supersedes' })]));
    await observe(id, { kind: 'sterk', text: '' })
      .expect(422)
      .expect((r) =>
        expect(r.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['kind', 'text']),
      );
    const after = await t.http().get(`/api/exercises/${id}/events`).set(as('facilitator')).expect(200);
    expect(after.body).toHaveLength(before.body.length);
  });

  it('should take observations after the end, and none once archived', async () => {
    const { id } = await runningExercise();
    await start(id);
    await t.http().post(`/api/exercises/${id}/end`).set(as('facilitator')).send({}).expect(200);
    await observe(id, { kind: 'strength', text: 'Goede afronding' }).expect(201);
    await t.http().post(`/api/exercises/${id}/archive`).set(as('facilitator')).send({}).expect(200);
    await observe(id, { kind: 'strength', text: 'Te laat' }).expect(409);
    const listed = await t.http().get(`/api/exercises/${id}/observations`).set(as('facilitator')).expect(200);
    expect(listed.body).toHaveLength(1);
  });
});
