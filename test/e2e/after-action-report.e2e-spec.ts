import { scenarioFixture } from '@driehoek/testing';
import { connectParticipant } from '../support/participant';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import type { Socket } from 'socket.io-client';

/**
 * The after-action report over HTTP, for an exercise run at 1× with clock jumps: a decision, an
 * observation, a hot-wash point and an improvement action go in; every format comes out, and the
 * same log gives the same report.
 */
describe('after-action report', () => {
  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  const sockets: Socket[] = [];
  const as = (role: 'facilitator' | 'evaluator' | 'admin') => ({ Authorization: `Bearer ${a.tokens[role]}` });

  beforeAll(async () => {
    ({ t, a, baseUrl } = await startLiveApp(scenarioFixture('evaluatie-test')));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should report the run in every format, the same for the same log, with the plan as appendix', async () => {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(as('facilitator'))
      .send({ scenarioId: 'evaluatie-test', speed: 1 })
      .expect(201);
    const id: string = created.body.id;
    const code: string = created.body.joinCodes.find((c: { role: string }) => c.role === 'burgemeester').code;
    await t.http().post(`/api/exercises/${id}/start`).set(as('facilitator')).send({}).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(as('facilitator'))
      .send({ jumpTo: '00:15' })
      .expect(200);

    const mayor = connectParticipant(baseUrl, { joinCode: code }, sockets);
    await mayor.snapshot;
    expect(
      await mayor.send('decision.record', {
        beeld: 'Het stadhuis is onbereikbaar.',
        oordeel: 'Inwoners moeten weten waar zij terechtkunnen.',
        besluit: 'Wij openen een noodloket in de bibliotheek.',
        decidedBy: 'Burgemeester Van Dijk',
        legalBasis: ['Gemeentewet art. 172'],
      }),
    ).toMatchObject({ ok: true });
    await t
      .http()
      .post(`/api/exercises/${id}/observations`)
      .set(as('evaluator'))
      .send({ kind: 'area-for-improvement', text: 'De crisiscommunicatie kwam laat op gang.' })
      .expect(201);
    await t.http().post(`/api/exercises/${id}/end`).set(as('facilitator')).send({}).expect(200);
    await t
      .http()
      .post(`/api/exercises/${id}/hotwash`)
      .set(as('facilitator'))
      .send({ text: 'Samenwerking in de driehoek was sterk.', kind: 'strength' })
      .expect(201);
    await t
      .http()
      .post(`/api/organisations/${a.id}/improvement-actions`)
      .set(as('facilitator'))
      .send({
        areaForImprovement: 'Crisiscommunicatie',
        correctiveAction: 'Woordvoeringslijn vooraf vastleggen',
        capabilityElement: 'planning',
        responsibleOrganisation: 'Gemeente Hofstede',
        source: { exerciseId: id },
      })
      .expect(201);

    const json = async () => {
      const response = await t
        .http()
        .get(`/api/exercises/${id}/report?format=json`)
        .set(as('evaluator'))
        .expect(200);
      expect(response.headers['content-type']).toContain('application/json');
      return response.text;
    };
    const [first, second] = [await json(), await json()];
    // The plan's appendix says when it was read; everything else is a function of the log.
    const withoutAppendix = (text: string) => text.replace(/"asOf":\s*"[^"]*"/g, '"asOf": ""');
    expect(withoutAppendix(second)).toBe(withoutAppendix(first));
    expect(first).toContain('Wij openen een noodloket in de bibliotheek.');
    expect(first).toContain('De crisiscommunicatie kwam laat op gang.');
    expect(first).toContain('Woordvoeringslijn vooraf vastleggen');

    const html = await t.http().get(`/api/exercises/${id}/report`).set(as('facilitator')).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('<html lang="nl"');
    expect(html.text).toContain('Samenwerking in de driehoek was sterk.');
    const english = await t
      .http()
      .get(`/api/exercises/${id}/report?lang=en`)
      .set(as('facilitator'))
      .expect(200);
    expect(english.text).toContain('<html lang="en"');

    const md = await t.http().get(`/api/exercises/${id}/report?format=md`).set(as('facilitator')).expect(200);
    expect(md.text).toContain('Wij openen een noodloket in de bibliotheek.');

    const pdf = await t
      .http()
      .get(`/api/exercises/${id}/report?format=pdf`)
      .set(as('facilitator'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    await t
      .http()
      .get(`/api/exercises/${id}/report?format=docx`)
      .set(as('facilitator'))
      .expect(422)
      .expect((response) => expect(response.body.errors[0].path).toBe('format'));
  });
});
