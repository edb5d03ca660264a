import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { parse } from 'yaml';
import {
  CreatedExerciseResponse,
  ImprovementActionResponse,
  IncidentReviewResponse,
  ObservationRecordedResponse,
  RetestResponse,
} from '../../apps/api/src/http/responses';
import { parseCsv } from '../support/csv';
import { connectParticipant } from '../support/participant';
import { pdfText } from '../support/pdf-text';
import {
  addMember,
  ADMIN,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';
import { waitFor } from '../support/wait-for';

/**
 * The "Done means" of issue 11, walked as a new user would, on a shipped scenario: players decide
 * and answer the hot wash, an evaluator observes, the facilitator downloads a PDF a council member
 * reads without explanation, the open action shows up when the next exercise is created, and a
 * CISO's post-incident review puts its action in the same plan.
 *
 * That an anonymous debrief answer leaves no identity in any table (read with SQL) is proven by
 * test/e2e/debrief.e2e-spec.ts; here the report is checked to name no one beside it.
 */

const SCENARIO_ID = 'ransomware-gemeente';
const SCENARIOS_DIR = join(__dirname, '../../scenarios');

interface ShippedScenario {
  title: string;
  summary: string;
  objectives: { id: string; title: string }[];
  decisionPoints: { id: string; options: { id: string; label: string }[] }[];
}
// What the facilitator sees in the library is the file as shipped: the test reads its words there.
const scenario = parse(readFileSync(join(SCENARIOS_DIR, `${SCENARIO_ID}.yaml`), 'utf8')) as ShippedScenario;
const objective = (id: string) => scenario.objectives.find((o) => o.id === id)!;
const OPTION = scenario.decisionPoints
  .find((d) => d.id === 'dp-isoleren')!
  .options.find((o) => o.id === 'stapsgewijs')!;

const DECISION = {
  beeld:
    'Eenendertig servers en de back-ups zijn versleuteld; er is nog verkeer vanaf het beheer-VLAN naar buiten.',
  oordeel:
    'Alles loskoppelen legt ook de telefonie plat; burgerzaken en het sociaal domein zijn nu het kwetsbaarst.',
  besluit:
    'Wij isoleren stapsgewijs: eerst internet en VPN, daarna de ketenkoppelingen; de coördinatie ligt bij de CISO.',
  decidedBy: 'Gemeentesecretaris Noëlle Bakker',
  legalBasis: ['Gemeentewet art. 160 lid 1 onder a (dagelijks bestuur, in mandaat)'],
};
const STRENGTH = 'Het isolatiebesluit lag er binnen tien minuten, mét de gevolgen voor de dienstverlening.';
const AREA =
  'De FG werd pas na het isolatiebesluit betrokken; de beoordeling van het datalek liep één uur achter.';
const ANONYMOUS = 'Niemand wist wie de AP mocht bellen; dat moet vóór de volgende oefening geregeld zijn.';
const NAMED = 'Het crisisteam nam snel één lijn in, ook over de financiële gevolgen.';
const HOTWASH_POINT = 'Beslisboom isoleren werkte; de rol van de FG wordt in het crisisplan geëxpliciteerd.';
const ACTION = {
  objective: { id: 'obj-avg', title: objective('obj-avg').title },
  areaForImprovement: 'De FG wordt te laat betrokken bij besluiten die persoonsgegevens raken',
  correctiveAction:
    'De FG als vast lid van het ambtelijk crisisteam opnemen in het crisisplan; geëvalueerd oefenen',
  capabilityElement: 'planning',
  responsibleOrganisation: 'Gemeente Hofstede',
  contactRole: 'gemeentesecretaris',
  startDate: '2026-12-01',
  dueDate: '2027-03-31',
};
const INCIDENT_ACTION = {
  areaForImprovement: 'Het wachtwoord van het serviceaccount van de leverancier was zwak en zonder MFA',
  correctiveAction: 'MFA verplicht voor alle beheeraccounts van leveranciers, jaarlijks getoetst',
  capabilityElement: 'equipment',
  responsibleOrganisation: 'Gemeente Hofstede',
  contactRole: 'CISO',
  dueDate: '2027-01-31',
};
const AVG_NOTIFICATION = {
  nature: 'Ransomware; mogelijk gegevens van inwoners buitgemaakt',
  categoriesOfPeople: ['inwoners', 'medewerkers'],
  approxPeople: 4200,
  categoriesOfRecords: ['BSN', 'jeugdhulp- en uitkeringsdossiers'],
  approxRecords: 4200,
  dpoContact: 'fg@hofstede.test',
  likelyConsequences: 'Identiteitsfraude, phishing',
  measures: 'Servers geïsoleerd, wachtwoorden vervangen, betrokkenen worden geïnformeerd',
};

type Action = ReturnType<typeof ImprovementActionResponse.parse>;

/** Text as a reader sees it: line breaks and runs of spaces are one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Text in a narrow table cell may break inside a word: compare without any white space. */
const squash = (text: string) => text.replace(/\s+/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('lessons learned, walked through as a new user would', () => {
  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  let exerciseId: string;
  let exerciseTitle: string;
  let action: Action;
  const sockets: Socket[] = [];
  const tokens = { admin: '', facilitator: '', evaluator: '' };
  const as = (role: keyof typeof tokens) => ({ Authorization: `Bearer ${tokens[role]}` });
  const signIn = async () => {
    tokens.admin = await t.login('admin@gemeentehofstede.test', 'admin-wachtwoord-123');
    tokens.facilitator = await t.login('facilitator@gemeentehofstede.test', 'facilitator-wachtwoord-123');
    tokens.evaluator = await t.login('evaluator@gemeentehofstede.test', 'evaluator-wachtwoord-123');
  };
  const report = (format: 'json' | 'pdf') =>
    t
      .http()
      .get(`/api/exercises/${exerciseId}/report`)
      .query({ format })
      .set(as('facilitator'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  // The exercise itself: run once, read by every test below, none of which changes its log.
  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
    Object.assign(tokens, a.tokens);

    const created = CreatedExerciseResponse.parse(
      (
        await t
          .http()
          .post('/api/exercises')
          .set(as('facilitator'))
          .send({ scenarioId: SCENARIO_ID, scenarioOwner: 'shipped', speed: 1 })
          .expect(201)
      ).body,
    );
    exerciseId = created.id;
    exerciseTitle = created.title;
    const code = (role: string) => created.joinCodes.find((c) => c.role === role)!.code;
    const jump = (jumpTo: string) =>
      t
        .http()
        .patch(`/api/exercises/${exerciseId}/clock`)
        .set(as('facilitator'))
        .send({ jumpTo })
        .expect(200);

    // Players join with the codes the facilitator handed out; the evaluator follows along.
    const secretary = connectParticipant(baseUrl, { joinCode: code('gemeentesecretaris') }, sockets);
    const dpo = connectParticipant(baseUrl, { joinCode: code('privacy-officer') }, sockets);
    const evaluator = connectParticipant(baseUrl, { token: tokens.evaluator, exerciseId }, sockets);
    await Promise.all([secretary.snapshot, dpo.snapshot, evaluator.snapshot]);

    await t.http().post(`/api/exercises/${exerciseId}/start`).set(as('facilitator')).send({}).expect(200);
    // 07:50: the first technical picture is in, and with it the question whether to isolate.
    await jump('00:20');
    const opened = await waitFor(
      async () =>
        secretary.received.find(
          (e) => e.type === 'decision.opened' && e.payload.decisionPointId === 'dp-isoleren',
        ),
      'dp-isoleren put to the gemeentesecretaris',
    );
    const picture = secretary.received.find(
      (e) => e.type === 'inject.delivered' && e.payload.injectId === 'ict-eerste-beeld',
    )!;
    expect(await secretary.send('inject.ack', { seq: picture.seq })).toEqual({
      ok: true,
      seq: expect.any(Number),
    });
    const decided = await secretary.send('decision.record', {
      decisionPointId: opened.payload.decisionPointId,
      optionId: OPTION.id,
      ...DECISION,
    });
    expect(decided).toEqual({ ok: true, seq: expect.any(Number) });

    // 08:20: the AVG clock has run since 08:15; the FG reports the breach to the AP well in time.
    await jump('00:50');
    await waitFor(
      async () =>
        dpo.received.some((e) => e.type === 'regulatory-clock.started' && e.payload.clockId === 'clk-avg'),
      'the AVG clock at the FG',
    );
    expect(
      await dpo.send('report.submit', {
        clockId: 'clk-avg',
        stage: 'notification',
        report: AVG_NOTIFICATION,
        submittedBy: 'FG Sanne Aydın',
      }),
    ).toMatchObject({ ok: true, late: false });

    // The evaluator records a strength over the socket and an area for improvement over REST.
    expect(
      await evaluator.send('observation.record', {
        kind: 'strength',
        objectiveId: 'obj-indammen',
        expectedActionId: 'ea-isolatiebesluit',
        roles: ['gemeentesecretaris'],
        seqs: [picture.seq, decided.seq],
        text: STRENGTH,
        rating: 'S',
      }),
    ).toMatchObject({ ok: true, observationId: expect.any(String) });
    const area = ObservationRecordedResponse.parse(
      (
        await t
          .http()
          .post(`/api/exercises/${exerciseId}/observations`)
          .set(as('evaluator'))
          .send({
            kind: 'area-for-improvement',
            objectiveId: 'obj-avg',
            expectedActionId: 'ea-datalek-beoordeeld',
            roles: ['privacy-officer', 'gemeentesecretaris'],
            seqs: [decided.seq],
            text: AREA,
            rating: 'M',
          })
          .expect(201)
      ).body,
    );

    await t.http().post(`/api/exercises/${exerciseId}/end`).set(as('facilitator')).send({}).expect(200);
    // The hot wash: the shipped scenario has no questions of its own, so the default template.
    const answer = (role: string, body: object) =>
      t
        .http()
        .post(`/api/exercises/${exerciseId}/debrief`)
        .set('X-Join-Code', code(role))
        .send(body)
        .expect(201);
    await answer('privacy-officer', { questionId: 'beter', answer: ANONYMOUS, anonymous: true });
    await answer('gemeentesecretaris', { questionId: 'goed', answer: NAMED });
    await t
      .http()
      .post(`/api/exercises/${exerciseId}/hotwash`)
      .set(as('facilitator'))
      .send({ text: HOTWASH_POINT, kind: 'strength' })
      .expect(201);

    action = ImprovementActionResponse.parse(
      (
        await t
          .http()
          .post(`/api/organisations/${a.id}/improvement-actions`)
          .set(as('facilitator'))
          .send({ ...ACTION, source: { exerciseId, observationIds: [area.observationId] } })
          .expect(201)
      ).body,
    );
    expect(action.source).toEqual({
      kind: 'exercise',
      exerciseId,
      observationIds: [area.observationId],
    });
    for (const socket of sockets) socket.disconnect();
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('should give the facilitator an A4 PDF that a council member reads without explanation', async () => {
    const pdf = (await report('pdf')).body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages } = await pdfText(pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(pages.length);
    for (const [, width, height] of boxes)
      expect([Math.round(+width), Math.round(+height)]).toEqual([595, 842]);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(pages.length).toBeLessThanOrEqual(40);

    // Title, date and "pagina X van Y" on every page; the date is the day it was played, in Amsterdam.
    const json = JSON.parse((await report('json')).body.toString('utf8'));
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(json.exercise.startedAt),
    );
    pages.forEach((text, i) => {
      expect(text).toContain(flat(exerciseTitle));
      expect(text).toContain(`Evaluatieverslag · ${day}`);
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    // pdf.js hands a line that wraps at a hyphen back as two items ("back-" "ups"): rejoin them.
    const all = pages.join(' ').replace(/(\p{L})- (?=\p{L})/gu, '$1-');
    const section = (heading: string, next: string) => {
      const from = all.indexOf(heading);
      expect(from).toBeGreaterThanOrEqual(0);
      const to = all.indexOf(next, from + heading.length);
      return all.slice(from, to < 0 ? undefined : to);
    };

    // The summary: the scenario told in a paragraph, and the counts.
    const summary = section('Samenvatting', 'Doelstellingen');
    expect(summary).toContain(flat(scenario.summary).slice(0, 120));
    expect(summary).toContain('Besluiten vastgelegd 1');
    expect(summary).toContain('Observaties: sterke punten / verbeterpunten 1 / 1');
    expect(summary).toContain('Hashketen klopt');

    // Each objective with the rating given, and the observations under it.
    const rated = (id: string, rating: string) =>
      new RegExp(`${escape(flat(objective(id).title))} (?:(?!Beoordeling ).)*Beoordeling ${escape(rating)}`);
    const objectives = section('Doelstellingen', 'Tijdlijn');
    expect(objectives).toMatch(rated('obj-indammen', 'S — uitgevoerd met enige problemen'));
    expect(objectives).toMatch(rated('obj-avg', 'M — uitgevoerd met grote problemen'));
    expect(objectives).toMatch(rated('obj-nis2', 'niet beoordeeld'));
    expect(squash(objectives)).toContain(squash(STRENGTH));
    expect(squash(objectives)).toContain(squash(AREA));

    // The decision in BOB form, with the option chosen, who decided and on what legal basis.
    const decisions = section('Besluiten (BOB)', 'Meldtermijnen en meldingen');
    expect(decisions).toContain(`Gekozen optie ${flat(OPTION.label)}`);
    expect(decisions).toContain(`Besloten door ${DECISION.decidedBy}`);
    expect(decisions).toContain(`Wettelijke grondslag ${DECISION.legalBasis[0]}`);
    expect(decisions).toContain(`Beeld ${DECISION.beeld}`);
    expect(decisions).toContain(`Oordeel ${DECISION.oordeel}`);
    expect(decisions).toContain(`Besluit ${DECISION.besluit}`);
    // The AVG notification, on time.
    const clocks = section('Meldtermijnen en meldingen', 'Kengetallen');
    expect(clocks).toContain('AVG art. 33');
    expect(clocks).toContain('FG Sanne Aydın');

    // The hot wash: the anonymous answer says "anoniem" and nothing about whose it is.
    const hotwash = section('Hot wash', 'Verificatie');
    expect(hotwash).toContain(`Wat kan beter? anoniem ${ANONYMOUS}`);
    expect(hotwash).toContain(`Wat ging goed? Gemeentesecretaris ${NAMED}`);
    expect(hotwash).not.toMatch(/Functionaris gegevensbescherming|privacy-officer|Aydın/);
    expect(hotwash).toContain(HOTWASH_POINT);

    // The verification stamp: the head hash the log itself answers with.
    const verified = (
      await t.http().get(`/api/exercises/${exerciseId}/events/verify`).set(as('facilitator')).expect(200)
    ).body as { valid: boolean; count: number; headHash: string };
    expect(verified.valid).toBe(true);
    const stamp = section('Verificatie', 'Bijlage: verbeterplan');
    expect(stamp).toContain('Hashketen klopt');
    expect(stamp).toContain(`Aantal gebeurtenissen ${verified.count}`);
    expect(squash(stamp)).toContain(`Laatstehash${verified.headHash}`);

    // The improvement plan appendix, with the action raised from the area for improvement.
    const appendix = squash(all.slice(all.indexOf('Bijlage: verbeterplan')));
    expect(appendix).toContain(squash(ACTION.areaForImprovement));
    expect(appendix).toContain(squash(ACTION.correctiveAction));
    // Every HSEEP column fits on the page, the due date and the status included.
    expect(appendix).toContain('VerantwoordelijkContactStartGereedStatus');
    expect(appendix).toContain(squash(`${ACTION.startDate} ${ACTION.dueDate} open`));

    // Dutch diacritics survive the embedded font: from the labels, the scenario and the players.
    for (const word of ['Beëindigd', 'coördinatie', 'Noëlle', 'één', 'geëxpliciteerd', 'vóór', 'Aydın'])
      expect(all).toContain(word);
  }, 180_000);

  it('should give the same JSON for the same log, twice and after a restart, apart from when the plan was read', async () => {
    const withoutAsOf = (text: string) => text.replace(/"asOf": "[^"]*"/g, '"asOf": ""');
    const first = (await report('json')).body.toString('utf8');
    const second = (await report('json')).body.toString('utf8');
    expect(withoutAsOf(second)).toBe(withoutAsOf(first));
    expect(first).toMatch(/"asOf": "\d{4}-\d\d-\d\dT/);

    await t.app.close();
    t = await t.restart();
    await signIn();
    const afterRestart = (await report('json')).body.toString('utf8');
    expect(withoutAsOf(afterRestart)).toBe(withoutAsOf(first));

    // What a tool reads from it: the anonymous answer carries no role, the named one does.
    const json = JSON.parse(first);
    expect(json.hotwash.answers).toEqual(
      expect.arrayContaining([
        { seq: expect.any(Number), questionId: 'beter', answer: ANONYMOUS, role: null },
        expect.objectContaining({ questionId: 'goed', answer: NAMED, role: 'gemeentesecretaris' }),
      ]),
    );
    expect(json.objectives.find((o: { id: string }) => o.id === 'obj-indammen')).toMatchObject({
      rating: 'S',
      expectedActions: expect.arrayContaining([
        expect.objectContaining({ expectedActionId: 'ea-isolatiebesluit', status: 'met' }),
      ]),
    });
    expect(json.objectives.find((o: { id: string }) => o.id === 'obj-avg')).toMatchObject({
      rating: 'M',
      expectedActions: expect.arrayContaining([
        expect.objectContaining({ expectedActionId: 'ea-ap-melding', status: 'met' }),
      ]),
    });
  }, 180_000);

  it('should show the open action when the next exercise of the organisation is created, and let an objective retest it', async () => {
    const next = CreatedExerciseResponse.parse(
      (
        await t
          .http()
          .post('/api/exercises')
          .set(as('facilitator'))
          .send({ scenarioId: SCENARIO_ID, scenarioOwner: 'shipped' })
          .expect(201)
      ).body,
    );
    expect(next.openActions).toContainEqual({
      id: action.id,
      areaForImprovement: ACTION.areaForImprovement,
      correctiveAction: ACTION.correctiveAction,
      dueDate: ACTION.dueDate,
      status: 'open',
    });
    const retest = RetestResponse.parse(
      (
        await t
          .http()
          .post(`/api/exercises/${next.id}/retests`)
          .set(as('facilitator'))
          .send({ objectiveId: 'obj-avg', actionId: action.id })
          .expect(201)
      ).body,
    );
    expect(retest).toMatchObject({ exerciseId: next.id, objectiveId: 'obj-avg', actionId: action.id });
    const read = ImprovementActionResponse.parse(
      (
        await t
          .http()
          .get(`/api/organisations/${a.id}/improvement-actions/${action.id}`)
          .set(as('evaluator'))
          .expect(200)
      ).body,
    );
    expect(read.retestedIn).toEqual([{ exerciseId: next.id, objectiveId: 'obj-avg' }]);
  });

  it("should put a CISO's post-incident review action in the same plan as the exercise's, in the list and the CSV", async () => {
    const ciso = await addMember(t, tokens.admin, a.id, {
      email: 'ciso@gemeentehofstede.test',
      name: 'Joëlle de Vries',
      password: 'ciso-wachtwoord-123',
      role: 'facilitator',
    });
    const asCiso = { Authorization: `Bearer ${ciso.token}` };
    const incident = (
      await t
        .http()
        .post('/api/incidents')
        .set(asCiso)
        .send({ title: 'Ransomware op de bestandsserver', regimes: ['nis2', 'avg'] })
        .expect(201)
    ).body.id as string;
    await t.http().post(`/api/incidents/${incident}/close`).set(asCiso).send({}).expect(200);
    const review = IncidentReviewResponse.parse(
      (
        await t
          .http()
          .post(`/api/incidents/${incident}/review`)
          .set(asCiso)
          .send({
            summary: 'Versleuteling via een serviceaccount van de leverancier; herstel duurde drie dagen',
            observations: [
              { kind: 'area-for-improvement', text: 'Geen MFA op beheeraccounts van de leverancier' },
            ],
            actions: [INCIDENT_ACTION],
          })
          .expect(201)
      ).body,
    );
    expect(review.actions).toHaveLength(1);
    const [raised] = review.actions;

    const plan = ImprovementActionResponse.array().parse(
      (await t.http().get(`/api/organisations/${a.id}/improvement-actions`).set(as('evaluator')).expect(200))
        .body,
    );
    expect(plan.map((x) => [x.id, x.source.kind])).toEqual(
      expect.arrayContaining([
        [action.id, 'exercise'],
        [raised.id, 'incident'],
      ]),
    );
    expect(plan.find((x) => x.id === raised.id)).toMatchObject({
      source: { kind: 'incident', incidentId: incident },
      correctiveAction: INCIDENT_ACTION.correctiveAction,
      status: 'open',
    });

    const csv = await t
      .http()
      .get(`/api/organisations/${a.id}/improvement-actions.csv`)
      .set(as('evaluator'))
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const [head, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const column = (name: string) => head.indexOf(name);
    const row = (id: string) => rows.find((r) => r[column('Id')] === id)!;
    expect(row(action.id)[column('Verbeteractie')]).toBe(ACTION.correctiveAction);
    expect(row(action.id)[column('Bron')]).toBe(`oefening ${exerciseId}`);
    expect(row(raised.id)[column('Verbeteractie')]).toBe(INCIDENT_ACTION.correctiveAction);
    expect(row(raised.id)[column('Bron')]).toBe(`incident ${incident}`);
  });
});
