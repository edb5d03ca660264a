import type { Socket } from 'socket.io-client';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { DataSource } from 'typeorm';
import { DebriefQuestionResponse, DebriefResponse } from '../../apps/api/src/http/responses';
import { connectParticipant } from '../support/participant';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const DEBRIEF = [
  { id: 'goed', question: 'Wat ging goed?' },
  { id: 'mandaat', question: 'Was duidelijk wie mocht besluiten?', roles: ['burgemeester'], kind: 'scale' },
];

/** The hot wash: players answer after the end, anonymously if they wish; the facilitator captures points. */
describe('debrief and hot wash', () => {
  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  const sockets: Socket[] = [];
  const as = (role: 'facilitator' | 'evaluator') => ({ Authorization: `Bearer ${a.tokens[role]}` });

  beforeAll(async () => {
    ({ t, a, baseUrl } = await startLiveApp({ ...scenarioFixture('nabespreking'), debrief: DEBRIEF }));
    await t
      .http()
      .post('/api/scenarios')
      .set(as('facilitator'))
      .set('Content-Type', 'application/yaml')
      .send(scenarioYaml(scenarioFixture('zonder-vragen')))
      .expect(201);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  async function exercise(scenarioId = 'nabespreking') {
    const created = await t
      .http()
      .post('/api/exercises')
      .set(as('facilitator'))
      .send({ scenarioId, speed: 1 })
      .expect(201);
    const codes = Object.fromEntries(
      (created.body.joinCodes as { role: string; code: string }[]).map((c) => [c.role, c.code]),
    );
    return { id: created.body.id as string, codes };
  }
  async function runAndEnd(id: string) {
    await t.http().post(`/api/exercises/${id}/start`).set(as('facilitator')).send({}).expect(200);
    await t
      .http()
      .patch(`/api/exercises/${id}/clock`)
      .set(as('facilitator'))
      .send({ jumpTo: '00:15' })
      .expect(200);
    await t.http().post(`/api/exercises/${id}/end`).set(as('facilitator')).send({}).expect(200);
  }
  const answer = (id: string, code: string, body: object) =>
    t.http().post(`/api/exercises/${id}/debrief`).set('X-Join-Code', code).send(body);
  const db = () => t.app.get(DataSource);

  /** Every table's rows as text, to look for an identity anywhere in the database. */
  async function everyRow(): Promise<Record<string, string[]>> {
    const tables: { table_name: string }[] = await db().query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const rows: Record<string, string[]> = {};
    for (const { table_name } of tables)
      rows[table_name] = (await db().query(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`)).map(
        (r: { row: string }) => r.row,
      );
    return rows;
  }

  it('should store an anonymous answer with no identity at all, as the tables show', async () => {
    const { id, codes } = await exercise();
    await runAndEnd(id);
    const [joinCode] = await db().query(
      `SELECT id FROM join_code WHERE exercise_id = $1 AND role_id = 'burgemeester'`,
      [id],
    );
    const before = await everyRow();
    const logsBefore = t.logs.length;

    const response = await answer(id, codes.burgemeester, {
      questionId: 'goed',
      answer: 'De lijnen met de politie waren kort.',
      anonymous: true,
    }).expect(201);

    const after = await everyRow();
    // Only the log grew, by the one answer.
    for (const table of Object.keys(after))
      expect([table, after[table].length]).toEqual([
        table,
        before[table].length + (table === 'exercise_event' ? 1 : 0),
      ]);
    const rows: Record<string, unknown>[] = await db().query(
      `SELECT * FROM exercise_event WHERE exercise_id = $1 AND seq = $2`,
      [id, response.body.seq],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'debrief.answered', actor: null, audience: [] });
    expect(rows[0].payload).toEqual({
      questionId: 'goed',
      answer: 'De lijnen met de politie waren kort.',
      anonymous: true,
    });
    const sessions: { id: string }[] = await db().query(
      `SELECT id FROM player_session WHERE exercise_id = $1`,
      [id],
    );
    const added = after.exercise_event.filter((row) => !before.exercise_event.includes(row));
    const identities = [
      'burgemeester',
      joinCode.id,
      codes.burgemeester,
      '127.0.0.1',
      ...sessions.map((s) => s.id),
    ];
    for (const identity of identities) {
      expect(added.join('\n')).not.toContain(identity);
      expect(t.logs.slice(logsBefore).join('\n')).not.toContain(identity);
    }

    // Named answers carry their role, by REST and by socket.
    const politie = connectParticipant(baseUrl, { joinCode: codes['teamchef-politie'] }, sockets);
    await politie.snapshot;
    expect(
      await politie.send('debrief.answer', { questionId: 'goed', answer: 'Snel beeld gedeeld.' }),
    ).toMatchObject({
      ok: true,
      seq: expect.any(Number),
    });
    await answer(id, codes.burgemeester, { questionId: 'mandaat', answer: 4 }).expect(201);

    const read = DebriefResponse.parse(
      (await t.http().get(`/api/exercises/${id}/debrief`).set(as('evaluator')).expect(200)).body,
    );
    expect(read.questions).toEqual([
      expect.objectContaining({
        id: 'goed',
        anonymousAllowed: true,
        answers: [
          expect.not.objectContaining({ role: expect.anything() }),
          expect.objectContaining({
            answer: 'Snel beeld gedeeld.',
            anonymous: false,
            role: 'teamchef-politie',
          }),
        ],
      }),
      expect.objectContaining({
        id: 'mandaat',
        kind: 'scale',
        roles: ['burgemeester'],
        anonymousAllowed: false,
        answers: [expect.objectContaining({ answer: 4, role: 'burgemeester' })],
      }),
    ]);
    expect(read.questions[0].answers[0]).toEqual({
      answer: 'De lijnen met de politie waren kort.',
      anonymous: true,
      seq: response.body.seq,
      scenarioTime: expect.any(String),
    });
  });

  it('should take answers only after the end, from the roles asked, of the right kind', async () => {
    const { id, codes } = await exercise();
    const other = await exercise();
    await answer(id, codes.burgemeester, { questionId: 'goed', answer: 'Te vroeg' }).expect(409);
    await runAndEnd(id);

    const questions = await t
      .http()
      .get(`/api/exercises/${id}/debrief/questions`)
      .set('X-Join-Code', codes['teamchef-politie'])
      .expect(200);
    expect(
      DebriefQuestionResponse.array()
        .parse(questions.body)
        .map((q) => q.id),
    ).toEqual(['goed']);

    await answer(id, other.codes.burgemeester, { questionId: 'goed', answer: 'x' }).expect(401);
    await t.http().post(`/api/exercises/${id}/debrief`).send({ questionId: 'goed', answer: 'x' }).expect(401);
    await answer(id, codes['teamchef-politie'], { questionId: 'mandaat', answer: 3 }).expect(403);
    const anonymousLimited = await answer(id, codes.burgemeester, {
      questionId: 'mandaat',
      answer: 3,
      anonymous: true,
    }).expect(422);
    expect(anonymousLimited.body.errors).toEqual([expect.objectContaining({ path: 'anonymous' })]);
    const wrongKind = await answer(id, codes.burgemeester, { questionId: 'mandaat', answer: 'goed' }).expect(
      422,
    );
    expect(wrongKind.body.errors).toEqual([expect.objectContaining({ path: 'answer' })]);
    const unknown = await answer(id, codes.burgemeester, { questionId: 'onbekend', answer: 'x' }).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'questionId' })]);
    await answer(id, codes.burgemeester, { questionId: 'mandaat', answer: 6 }).expect(422);
    const read = await t.http().get(`/api/exercises/${id}/debrief`).set(as('facilitator')).expect(200);
    expect(read.body.questions.flatMap((q: { answers: unknown[] }) => q.answers)).toEqual([]);
  });

  it('should offer the default template, in Dutch and in English, when the scenario has no questions', async () => {
    const { id, codes } = await exercise('zonder-vragen');
    await runAndEnd(id);
    const questions = await t
      .http()
      .get(`/api/exercises/${id}/debrief/questions`)
      .set('X-Join-Code', codes.burgemeester)
      .expect(200);
    expect(questions.body.map((q: { question: string }) => q.question)).toEqual([
      'Wat ging goed?',
      'Wat kan beter?',
      'Wat had je nodig dat er niet was?',
      'Hoe verliep de samenwerking in de driehoek?',
    ]);
    await answer(id, codes.burgemeester, { questionId: 'samenwerking', answer: 5, anonymous: true }).expect(
      201,
    );
    const english = await t
      .http()
      .get(`/api/exercises/${id}/debrief`)
      .query({ lang: 'en' })
      .set(as('facilitator'))
      .expect(200);
    expect(english.body.questions[0].question).toBe('What went well?');
    expect(english.body.questions[3].answers).toEqual([
      expect.objectContaining({ answer: 5, anonymous: true }),
    ]);
  });

  it('should show the facilitator’s hot-wash points to every participant, live', async () => {
    const { id, codes } = await exercise();
    await runAndEnd(id);
    const player = connectParticipant(baseUrl, { joinCode: codes['officier-van-justitie'] }, sockets);
    await player.snapshot;
    const evaluator = connectParticipant(baseUrl, { token: a.tokens.evaluator, exerciseId: id }, sockets);
    await evaluator.snapshot;
    await t
      .http()
      .post(`/api/exercises/${id}/hotwash`)
      .set(as('evaluator'))
      .send({ text: 'Geen facilitator' })
      .expect(403);
    expect(await evaluator.send('hotwash.point', { text: 'Geen facilitator' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t
      .http()
      .post(`/api/exercises/${id}/hotwash`)
      .set(as('facilitator'))
      .send({ text: 'Het OM werd laat betrokken.', kind: 'area-for-improvement' })
      .expect(201);
    const facilitator = connectParticipant(baseUrl, { token: a.tokens.facilitator, exerciseId: id }, sockets);
    await facilitator.snapshot;
    expect(
      await facilitator.send('hotwash.point', { text: 'Korte lijnen in de driehoek.', kind: 'strength' }),
    ).toMatchObject({ ok: true, pointId: expect.any(String) });
    const points = await waitFor(async () => {
      const seen = player.received.filter((e) => e.type === 'hotwash.point-captured');
      return seen.length === 2 && seen;
    }, 'both points at the player');
    expect(points.map((e) => e.payload)).toEqual([
      { pointId: expect.any(String), text: 'Het OM werd laat betrokken.', kind: 'area-for-improvement' },
      { pointId: expect.any(String), text: 'Korte lijnen in de driehoek.', kind: 'strength' },
    ]);
    const read = DebriefResponse.parse(
      (await t.http().get(`/api/exercises/${id}/debrief`).set(as('evaluator')).expect(200)).body,
    );
    expect(read.hotwash.map((p) => [p.text, p.capturedBy])).toEqual([
      ['Het OM werd laat betrokken.', 'facilitator@gemeentehofstede.test'],
      ['Korte lijnen in de driehoek.', 'facilitator@gemeentehofstede.test'],
    ]);
  });
});
