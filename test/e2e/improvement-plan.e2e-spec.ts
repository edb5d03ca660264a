import { Client } from 'pg';
import { scenarioFixture } from '@driehoek/testing';
import {
  CreatedExerciseResponse,
  ErrorResponse,
  ImprovementActionChangeResponse,
  ImprovementActionResponse,
  IncidentReviewResponse,
  RetestResponse,
} from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startLiveApp, type Organisation, type TestApp } from '../support/test-app';

type Action = ReturnType<typeof ImprovementActionResponse.parse>;

describe("the organisation's improvement plan, across exercises and incidents", () => {
  let t: TestApp;
  let a: Organisation;
  let b: Organisation;
  let firstExercise: string;
  const SCENARIO = 'verbeterplan';
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const facilitator = () => as(a.tokens.facilitator);
  const plan = (org = a) => `/api/organisations/${org.id}/improvement-actions`;

  const newExercise = async (): Promise<ReturnType<typeof CreatedExerciseResponse.parse>> =>
    CreatedExerciseResponse.parse(
      (await t.http().post('/api/exercises').set(facilitator()).send({ scenarioId: SCENARIO }).expect(201))
        .body,
    );
  const raise = async (body: object): Promise<Action> =>
    ImprovementActionResponse.parse(
      (await t.http().post(plan()).set(facilitator()).send(body).expect(201)).body,
    );
  const fields = (overrides: object = {}) => ({
    objective: { id: 'obj-besluit', title: 'De burgemeester besluit tijdig' },
    areaForImprovement: 'Het besluit over de noodverordening kwam na twee uur',
    correctiveAction: 'Beslisboom noodverordening opnemen in het crisisplan',
    capabilityElement: 'planning',
    responsibleOrganisation: 'Gemeente Hofstede',
    contactRole: 'gemeentesecretaris',
    startDate: '2026-04-01',
    dueDate: '2026-06-30',
    ...overrides,
  });
  const fromExercise = (observationIds: string[] = []) => ({
    source: { exerciseId: firstExercise, observationIds },
  });

  beforeAll(async () => {
    ({ t, a } = await startLiveApp(scenarioFixture(SCENARIO)));
    b = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Waalkerke');
    firstExercise = (await newExercise()).id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should raise actions from the observations of an exercise and list them for evaluators to read', async () => {
    const observationId = '0b4c3c0e-6a53-4bd9-9d51-8a3f0d3c2f11';
    const action = await raise({ ...fields(), ...fromExercise([observationId]) });
    expect(action).toMatchObject({
      organisationId: a.id,
      status: 'open',
      reason: null,
      capabilityElement: 'planning',
      objective: { id: 'obj-besluit', title: 'De burgemeester besluit tijdig' },
      source: { kind: 'exercise', exerciseId: firstExercise, observationIds: [observationId] },
      retestedIn: [],
      version: 1,
    });
    const freeText = await raise({
      ...fields({
        objective: 'Crisiscommunicatie binnen het uur',
        capabilityElement: 'training',
        dueDate: '2026-05-01',
      }),
      ...fromExercise(),
    });
    expect(freeText.objective).toEqual({ id: null, title: 'Crisiscommunicatie binnen het uur' });

    const listed = ImprovementActionResponse.array().parse(
      (await t.http().get(plan()).set(as(a.tokens.evaluator)).expect(200)).body,
    );
    // Soonest due first.
    expect(listed.map((x) => x.id).slice(0, 2)).toEqual([freeText.id, action.id]);
    await t
      .http()
      .post(plan())
      .set(as(a.tokens.evaluator))
      .send({ ...fields(), ...fromExercise() })
      .expect(403);
  });

  it("should refuse a source of another organisation, and answer 404 for another organisation's action", async () => {
    const otherExercise = (
      await t
        .http()
        .post('/api/exercises')
        .set(as(b.tokens.facilitator))
        .send({ scenarioId: 'test-scenario', scenarioOwner: 'shipped' })
    ).body as { id?: string };
    const source = { exerciseId: otherExercise.id ?? '5f0e4a39-0f5c-4b8e-a3d3-3a4b7f0b9e01' };
    const refused = await t
      .http()
      .post(plan())
      .set(facilitator())
      .send({ ...fields(), source })
      .expect(422);
    expect(ErrorResponse.parse(refused.body).errors).toEqual([
      expect.objectContaining({ path: 'source.exerciseId' }),
    ]);

    const action = await raise({ ...fields(), ...fromExercise() });
    for (const path of ['', '/history'])
      await t
        .http()
        .get(`${plan(b)}/${action.id}${path}`)
        .set(as(b.tokens.admin))
        .expect(404);
    // Their own plan, with their own token, does not have it either.
    const theirs = await t.http().get(plan(b)).set(as(b.tokens.admin)).expect(200);
    expect(theirs.body).toEqual([]);
    await t
      .http()
      .get(`${plan(a)}/${action.id}`)
      .set(as(b.tokens.admin))
      .expect(404);
    await t
      .http()
      .patch(`${plan(b)}/${action.id}`)
      .set(as(b.tokens.admin))
      .send({ status: 'done' })
      .expect(404);
  });

  it('should change status through an append-only history, and refuse dropped without a reason', async () => {
    const action = await raise({ ...fields(), ...fromExercise() });
    const url = `${plan()}/${action.id}`;
    const started = ImprovementActionResponse.parse(
      (await t.http().patch(url).set(facilitator()).send({ status: 'in-progress' }).expect(200)).body,
    );
    expect(started).toMatchObject({ status: 'in-progress', version: 2 });

    const refused = await t.http().patch(url).set(as(a.tokens.admin)).send({ status: 'dropped' }).expect(422);
    expect(ErrorResponse.parse(refused.body).errors).toEqual([
      expect.objectContaining({ path: 'reason', code: 'missing-field' }),
    ]);
    const dropped = ImprovementActionResponse.parse(
      (
        await t
          .http()
          .patch(url)
          .set(as(a.tokens.admin))
          .send({ status: 'dropped', reason: 'Opgenomen in het regionale crisisplan' })
          .expect(200)
      ).body,
    );
    expect(dropped).toMatchObject({
      status: 'dropped',
      reason: 'Opgenomen in het regionale crisisplan',
      version: 3,
    });

    const history = ImprovementActionChangeResponse.array().parse(
      (await t.http().get(`${url}/history`).set(as(a.tokens.evaluator)).expect(200)).body,
    );
    expect(history.map((h) => [h.seq, h.kind, h.actor])).toEqual([
      [1, 'created', 'facilitator@gemeentehofstede.test'],
      [2, 'updated', 'facilitator@gemeentehofstede.test'],
      [3, 'updated', 'admin@gemeentehofstede.test'],
    ]);
    expect(history[1].changes).toEqual({ status: { from: 'open', to: 'in-progress' } });
    expect(history[2].changes).toEqual({
      status: { from: 'in-progress', to: 'dropped' },
      reason: { from: null, to: 'Opgenomen in het regionale crisisplan' },
    });

    // The database itself refuses to rewrite or remove the history.
    const pg = new Client({ connectionString: t.db.url });
    await pg.connect();
    try {
      await expect(
        pg.query(`UPDATE improvement_action_change SET actor_label = 'iemand anders' WHERE action_id = $1`, [
          action.id,
        ]),
      ).rejects.toThrow();
      await expect(
        pg.query(`DELETE FROM improvement_action_change WHERE action_id = $1`, [action.id]),
      ).rejects.toThrow();
      await expect(pg.query(`TRUNCATE improvement_action_change CASCADE`)).rejects.toThrow();
      const { rows } = await pg.query(
        `SELECT count(*)::int AS n FROM improvement_action_change WHERE action_id = $1`,
        [action.id],
      );
      expect(rows[0].n).toBe(3);
    } finally {
      await pg.end();
    }

    // The audit log has each change too.
    const audit = (
      await t.http().get(`/api/organisations/${a.id}/audit`).set(as(a.tokens.admin)).expect(200)
    ).body
      .filter((e: { targetId: string }) => e.targetId === action.id)
      .map((e: { action: string }) => e.action)
      .reverse();
    expect(audit).toEqual([
      'improvement-action.created',
      'improvement-action.updated',
      'improvement-action.updated',
    ]);
  });

  it('should give the plan as CSV and carry the actions an exercise raised into its export', async () => {
    const action = await raise({
      ...fields({
        areaForImprovement: '=HYPERLINK("x") Logboek niet bijgehouden',
        capabilityElement: 'equipment',
      }),
      ...fromExercise(),
    });
    const csv = await t
      .http()
      .get(`/api/organisations/${a.id}/improvement-actions.csv`)
      .set(as(a.tokens.evaluator))
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      '"Doelstelling","Verbeterpunt","Verbeteractie","Capaciteitselement","Verantwoordelijke organisatie",' +
        '"Contactrol","Start","Gereed","Status","Reden (vervallen)","Bron","Opnieuw beproefd in","Id"',
    );
    const row = text.split('\r\n').find((line) => line.includes(action.id))!;
    // Formula cells are neutralised; Dutch labels for the element and the status.
    expect(row).toContain('"\'=HYPERLINK(""x"") Logboek niet bijgehouden"');
    expect(row).toContain('"middelen"');
    expect(row).toContain(`"oefening ${firstExercise}"`);
    const english = await t
      .http()
      .get(`/api/organisations/${a.id}/improvement-actions.csv?lang=en`)
      .set(facilitator())
      .expect(200);
    expect(english.text).toContain('"Area for improvement"');
    // Another organisation's plan does not exist for this member.
    await t.http().get(`/api/organisations/${b.id}/improvement-actions.csv`).set(facilitator()).expect(404);

    const exported = (
      await t.http().get(`/api/exercises/${firstExercise}/export`).set(facilitator()).expect(200)
    ).body as { improvementActions: { id: string; areaForImprovement: string }[] };
    expect(exported.improvementActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: action.id, areaForImprovement: action.areaForImprovement }),
      ]),
    );
    const other = await newExercise();
    const otherExport = (
      await t.http().get(`/api/exercises/${other.id}/export`).set(facilitator()).expect(200)
    ).body as { improvementActions: unknown[] };
    expect(otherExport.improvementActions).toEqual([]);
  });

  it('should filter the list by status', async () => {
    const done = await raise({ ...fields({ status: 'done' }), ...fromExercise() });
    const open = ImprovementActionResponse.array().parse(
      (await t.http().get(plan()).query({ status: 'open,in-progress' }).set(facilitator()).expect(200)).body,
    );
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((x) => x.status === 'open' || x.status === 'in-progress')).toBe(true);
    expect(open.map((x) => x.id)).not.toContain(done.id);
    const bad = await t.http().get(plan()).query({ status: 'open,klaar' }).set(facilitator()).expect(422);
    expect(ErrorResponse.parse(bad.body).errors).toEqual([expect.objectContaining({ path: 'status' })]);
  });

  it('should show the open actions, not the done ones, when the next exercise is created, and link a retest', async () => {
    const open = await raise({ ...fields({ areaForImprovement: 'Nog open' }), ...fromExercise() });
    const closed = await raise({ ...fields({ areaForImprovement: 'Afgerond' }), ...fromExercise() });
    await t.http().patch(`${plan()}/${closed.id}`).set(facilitator()).send({ status: 'done' }).expect(200);

    const next = await newExercise();
    const shown = next.openActions.map((x) => x.id);
    expect(shown).toContain(open.id);
    expect(shown).not.toContain(closed.id);
    expect(next.openActions.find((x) => x.id === open.id)).toEqual({
      id: open.id,
      areaForImprovement: 'Nog open',
      correctiveAction: open.correctiveAction,
      dueDate: '2026-06-30',
      status: 'open',
    });
    expect(next.openActions.every((x) => x.status === 'open' || x.status === 'in-progress')).toBe(true);

    const retests = `/api/exercises/${next.id}/retests`;
    const linked = RetestResponse.parse(
      (
        await t
          .http()
          .post(retests)
          .set(facilitator())
          .send({ objectiveId: 'obj-besluit', actionId: open.id })
          .expect(201)
      ).body,
    );
    expect(linked).toMatchObject({ exerciseId: next.id, objectiveId: 'obj-besluit', actionId: open.id });
    await t
      .http()
      .post(retests)
      .set(facilitator())
      .send({ objectiveId: 'obj-besluit', actionId: open.id })
      .expect(409);
    const notInScenario = await t
      .http()
      .post(retests)
      .set(facilitator())
      .send({ objectiveId: 'obj-onbekend', actionId: open.id })
      .expect(422);
    expect(ErrorResponse.parse(notInScenario.body).errors).toEqual([
      expect.objectContaining({ path: 'objectiveId' }),
    ]);
    const done = await t
      .http()
      .post(retests)
      .set(facilitator())
      .send({ objectiveId: 'obj-besluit', actionId: closed.id })
      .expect(422);
    expect(ErrorResponse.parse(done.body).errors).toEqual([expect.objectContaining({ path: 'actionId' })]);
    await t
      .http()
      .post(retests)
      .set(as(a.tokens.evaluator))
      .send({ objectiveId: 'obj-besluit', actionId: open.id })
      .expect(403);

    expect(
      RetestResponse.array().parse(
        (await t.http().get(retests).set(as(a.tokens.evaluator)).expect(200)).body,
      ),
    ).toEqual([linked]);
    const action = ImprovementActionResponse.parse(
      (await t.http().get(`${plan()}/${open.id}`).set(facilitator()).expect(200)).body,
    );
    expect(action.retestedIn).toEqual([{ exerciseId: next.id, objectiveId: 'obj-besluit' }]);
    const history = ImprovementActionChangeResponse.array().parse(
      (await t.http().get(`${plan()}/${open.id}/history`).set(facilitator()).expect(200)).body,
    );
    expect(history.at(-1)).toMatchObject({
      kind: 'retest-linked',
      changes: { retestedIn: { from: null, to: { exerciseId: next.id, objectiveId: 'obj-besluit' } } },
    });
  });

  it("should raise a post-incident review's actions into the same plan, logged in the incident", async () => {
    const incident = (
      await t
        .http()
        .post('/api/incidents')
        .set(facilitator())
        .send({ title: 'DDoS op de website', regimes: ['nis2'] })
        .expect(201)
    ).body.id as string;
    const review = IncidentReviewResponse.parse(
      (
        await t
          .http()
          .post(`/api/incidents/${incident}/review`)
          .set(facilitator())
          .send({
            summary: 'De website was vier uur onbereikbaar; de leverancier schaalde pas na escalatie op',
            observations: [
              { kind: 'strength', text: 'Het CERT was binnen tien minuten gealarmeerd' },
              { kind: 'area-for-improvement', text: 'Geen afspraken met de hostingleverancier over DDoS' },
            ],
            actions: [
              {
                areaForImprovement: 'Geen afspraken met de hostingleverancier over DDoS',
                correctiveAction: 'DDoS-bescherming en escalatielijn opnemen in het contract',
                capabilityElement: 'organisation',
                responsibleOrganisation: 'Gemeente Hofstede',
                contactRole: 'CISO',
                dueDate: '2026-09-01',
              },
            ],
          })
          .expect(201)
      ).body,
    );
    expect(review.actions).toHaveLength(1);
    const [raised] = review.actions;
    expect(raised).toMatchObject({ source: { kind: 'incident', incidentId: incident }, status: 'open' });

    // One list: lessons of exercises and of the real incident side by side.
    const listed = ImprovementActionResponse.array().parse(
      (await t.http().get(plan()).query({ status: 'open' }).set(facilitator()).expect(200)).body,
    );
    expect(new Set(listed.map((x) => x.source.kind))).toEqual(new Set(['exercise', 'incident']));
    expect(listed.map((x) => x.id)).toContain(raised.id);

    // The review is in the incident's hash-chained log, naming the actions it raised.
    const view = (await t.http().get(`/api/incidents/${incident}`).set(facilitator()).expect(200)).body;
    const entry = view.timeline.find((e: { seq: number }) => e.seq === review.seq);
    expect(entry).toMatchObject({ type: 'review.recorded', payload: { actionIds: [raised.id] } });
    expect(
      (await t.http().get(`/api/incidents/${incident}/verify`).set(facilitator()).expect(200)).body.valid,
    ).toBe(true);

    // A bad action refuses the whole review: nothing is logged, nothing raised.
    const refused = await t
      .http()
      .post(`/api/incidents/${incident}/review`)
      .set(facilitator())
      .send({ summary: 'Tweede review', actions: [{ ...fields(), status: 'dropped' }] })
      .expect(422);
    expect(ErrorResponse.parse(refused.body).errors).toEqual([
      expect.objectContaining({ path: 'actions[0].reason' }),
    ]);
    const after = (await t.http().get(`/api/incidents/${incident}`).set(facilitator()).expect(200)).body;
    expect(after.timeline).toHaveLength(view.timeline.length);

    // Another organisation's incident is not found.
    await t
      .http()
      .post(`/api/incidents/${incident}/review`)
      .set(as(b.tokens.facilitator))
      .send({ summary: 'Niet van ons' })
      .expect(404);
  });
});
