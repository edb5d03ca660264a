import type { Socket } from 'socket.io-client';
import { scenarioFixture } from '@driehoek/testing';
import { PlaybookProgressResponse } from '../../apps/api/src/http/responses';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { connectParticipant } from '../support/participant';
import { waitFor } from '../support/wait-for';

/** A playbook followed in an exercise: attached by the facilitator, ticked off by players, seen live. */
describe('playbooks in an exercise', () => {
  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  const sockets: Socket[] = [];
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });

  beforeAll(async () => {
    ({ t, a, baseUrl } = await startLiveApp(scenarioFixture('playbook-test')));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should record who ticked off which step and when, and show the progress to everyone', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(facilitator())
      .send({ scenarioId: 'playbook-test' })
      .expect(201);
    const id: string = created.body.id;
    const code = created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code;
    const { received, snapshot, send } = connectParticipant(baseUrl, { joinCode: code }, sockets);
    expect((await snapshot).playbooks).toEqual([]);
    const step = (body: unknown) => send('playbook.step', body);

    // A draft takes no player writes; attaching is part of the preparation.
    expect(await step({ playbookId: 'ransomware-gemeente', stepId: 'ontdekking-vastleggen' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const attached = await t
      .http()
      .post(`/api/exercises/${id}/playbooks`)
      .set(facilitator())
      .send({ playbookId: 'ransomware-gemeente' })
      .expect(201);
    expect(PlaybookProgressResponse.parse(attached.body)).toMatchObject({
      playbookId: 'ransomware-gemeente',
      totals: { done: 0 },
    });
    await t
      .http()
      .post(`/api/exercises/${id}/playbooks`)
      .set(facilitator())
      .send({ playbookId: 'ransomware-gemeente' })
      .expect(409);
    await t
      .http()
      .post(`/api/exercises/${id}/playbooks`)
      .set(facilitator())
      .send({ playbookId: 'bestaat-niet' })
      .expect(404);
    await t.http().post(`/api/exercises/${id}/start`).set(facilitator()).send({}).expect(200);

    // A playbook that is not attached: nothing to tick off.
    expect(await step({ playbookId: 'online-ordeverstoring', stepId: 'online-signaleren' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await step({ playbookId: 'ransomware-gemeente', stepId: 'bestaat-niet' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'stepId' }] },
    });
    expect(
      await step({
        playbookId: 'ransomware-gemeente',
        stepId: 'ontdekking-vastleggen',
        note: 'Melding servicedesk 08:05',
      }),
    ).toMatchObject({ ok: true });
    await waitFor(
      async () => received.some((e) => e.type === 'playbook.step'),
      'the step to reach the players',
    );

    const [progress] = PlaybookProgressResponse.array().parse(
      (await t.http().get(`/api/exercises/${id}/playbooks`).set(facilitator()).expect(200)).body,
    );
    const done = progress.steps.find((s) => s.stepId === 'ontdekking-vastleggen')!;
    expect(done).toMatchObject({ status: 'done', role: 'burgemeester', note: 'Melding servicedesk 08:05' });
    // Scenario time: the exercise starts on 2026-03-12 08:00 in Amsterdam.
    expect(done.completedAt!.startsWith('2026-03-12T07:')).toBe(true);
    expect(progress.totals.done).toBe(1);
    // A step that waited only for this one is open now, not blocked.
    const next = progress.steps.find((s) => s.stepId === 'incidentprocedure-starten')!;
    expect(next.status).toBe('open');
  });
});
