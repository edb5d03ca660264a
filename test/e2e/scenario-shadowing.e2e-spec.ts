import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { parse } from 'yaml';
import {
  CreatedExerciseResponse,
  ErrorResponse,
  ScenarioDetailResponse,
  ScenarioSummaryResponse,
  ScenarioVersionResponse,
} from '../../apps/api/src/http/responses';
import {
  ADMIN,
  acceptInvitation,
  seedOrganisation,
  startTestApp,
  type Organisation,
  type TestApp,
} from '../support/test-app';

const B_TITLE = 'Ransomware, de kopie van Waalkerke';
const SHIPPED = { kind: 'shipped' };

/**
 * An organisation that uploads a scenario with the id of a shipped one gets its own fork; nobody
 * else's view changes, and the platform admin chooses a copy explicitly. Each test uses scenario
 * ids of its own, so none depends on another having run.
 */
describe('shipped scenarios cannot be shadowed', () => {
  let t: TestApp;
  let shippedDir: string;
  let admin: string;
  let a: Organisation;
  let b: Organisation;
  let shippedRansomware: string;
  let shippedTitle: string;
  /** Member (facilitator) of both A and B. */
  let both: string;

  const http = (token: string) => ({
    get: (path: string, query: Record<string, string> = {}) =>
      t.http().get(path).query(query).auth(token, { type: 'bearer' }),
    upload: (source: string, organisationId?: string) =>
      t
        .http()
        .post('/api/scenarios')
        .query(organisationId ? { organisationId } : {})
        .auth(token, { type: 'bearer' })
        .set('Content-Type', 'application/yaml')
        .send(source),
    exercise: (organisationId: string, body: Record<string, unknown>) =>
      t.http().post('/api/exercises').query({ organisationId }).auth(token, { type: 'bearer' }).send(body),
  });
  const titled = (id: string, title: string) => scenarioYaml({ ...scenarioFixture(id), title });
  const organisationOwner = (org: Organisation, name: string) => ({
    kind: 'organisation',
    organisationId: org.id,
    name,
  });

  beforeAll(async () => {
    // A stand-in shipped set: the real ransomware-gemeente plus small ones, one per test.
    shippedDir = await mkdtemp(join(tmpdir(), 'driehoek-shadowing-'));
    shippedRansomware = await readFile(join(__dirname, '../../scenarios/ransomware-gemeente.yaml'), 'utf8');
    await writeFile(join(shippedDir, 'ransomware-gemeente.yaml'), shippedRansomware);
    shippedTitle = (parse(shippedRansomware) as { title: string }).title;
    for (const id of ['eigen-fork', 'versies-per-fork', 'meerdere-organisaties'])
      await writeFile(join(shippedDir, `${id}.yaml`), titled(id, 'Meegeleverd'));

    t = await startTestApp({ SCENARIOS_DIR: shippedDir });
    admin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, admin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, admin, 'Gemeente Waalkerke');

    // The attack: B uploads a copy under the shipped scenario's id.
    const fork = shippedRansomware.replace(/^title: .*$/m, `title: "${B_TITLE}"`);
    const stored = await http(b.tokens.facilitator).upload(fork).expect(201);
    expect(stored.body).toMatchObject({ id: 'ransomware-gemeente', organisationId: b.id, version: 1 });

    const email = 'beide@driehoek.test';
    for (const org of [a, b]) {
      await t
        .http()
        .post(`/api/organisations/${org.id}/members`)
        .auth(admin, { type: 'bearer' })
        .send({ email, name: 'Oefenleider van beide', password: 'beide-wachtwoord-123', role: 'facilitator' })
        .expect(202);
    }
    // A member of both once they accept both invitations.
    both = await t.login(email, 'beide-wachtwoord-123');
    for (const org of [a, b]) await acceptInvitation(t, both, { organisationId: org.id });
  });

  afterAll(async () => {
    await t?.close();
    await rm(shippedDir, { recursive: true, force: true });
  });

  it('should show B its fork, and A and the platform admin the shipped scenario, by default', async () => {
    const forB = await http(b.tokens.facilitator).get('/api/scenarios/ransomware-gemeente').expect(200);
    expect(ScenarioDetailResponse.parse(forB.body)).toMatchObject({
      owner: organisationOwner(b, 'Gemeente Waalkerke'),
      organisationId: b.id,
      origin: 'upload',
      scenario: { title: B_TITLE },
    });

    for (const token of [a.tokens.facilitator, a.tokens.evaluator, admin]) {
      const detail = await http(token).get('/api/scenarios/ransomware-gemeente').expect(200);
      expect(ScenarioDetailResponse.parse(detail.body)).toMatchObject({
        owner: SHIPPED,
        organisationId: null,
        origin: 'shipped',
        scenario: { title: shippedTitle },
      });
      const source = await http(token).get('/api/scenarios/ransomware-gemeente/source').expect(200);
      expect(source.text).toBe(shippedRansomware);
      const versions = await http(token).get('/api/scenarios/ransomware-gemeente/versions').expect(200);
      expect(ScenarioVersionResponse.array().parse(versions.body)).toEqual([
        expect.objectContaining({ version: 1, origin: 'shipped' }),
      ]);
    }
  });

  it("should list one entry per owner and id, labelled with its owner, in the platform admin's library", async () => {
    const ofId = (body: unknown) =>
      ScenarioSummaryResponse.array()
        .parse(body)
        .filter((s) => s.id === 'ransomware-gemeente')
        .map((s) => ({ owner: s.owner, title: s.title }));

    expect(ofId((await http(admin).get('/api/scenarios').expect(200)).body)).toEqual([
      { owner: SHIPPED, title: shippedTitle },
      { owner: organisationOwner(b, 'Gemeente Waalkerke'), title: B_TITLE },
    ]);
    expect(ofId((await http(b.tokens.evaluator).get('/api/scenarios').expect(200)).body)).toEqual([
      { owner: SHIPPED, title: shippedTitle },
      { owner: organisationOwner(b, 'Gemeente Waalkerke'), title: B_TITLE },
    ]);
    expect(ofId((await http(a.tokens.facilitator).get('/api/scenarios').expect(200)).body)).toEqual([
      { owner: SHIPPED, title: shippedTitle },
    ]);
  });

  it("should build the platform admin's exercise for A from the shipped scenario, never from B's copy", async () => {
    const created = await http(admin).exercise(a.id, { scenarioId: 'ransomware-gemeente' }).expect(201);
    expect(CreatedExerciseResponse.parse(created.body)).toMatchObject({
      title: shippedTitle,
      organisationId: a.id,
      scenario: { id: 'ransomware-gemeente', version: 1, owner: SHIPPED },
    });
    const byA = await http(a.tokens.facilitator)
      .exercise(a.id, { scenarioId: 'ransomware-gemeente' })
      .expect(201);
    expect(byA.body).toMatchObject({ title: shippedTitle, scenario: { owner: SHIPPED } });
    // The exercise refers to the very version the shipped scenario has.
    const exercise = await http(admin).get(`/api/exercises/${created.body.id}`).expect(200);
    const shippedExercise = await http(admin)
      .exercise(b.id, { scenarioId: 'ransomware-gemeente', scenarioOwner: 'shipped' })
      .expect(201);
    expect(shippedExercise.body).toMatchObject({ title: shippedTitle, scenario: { owner: SHIPPED } });
    const other = await http(admin).get(`/api/exercises/${shippedExercise.body.id}`).expect(200);
    expect(exercise.body.scenarioVersionId).toBe(other.body.scenarioVersionId);
  });

  it("should let the platform admin choose B's copy explicitly, to read and to build an exercise from", async () => {
    const owner = { owner: b.id };
    const detail = await http(admin).get('/api/scenarios/ransomware-gemeente', owner).expect(200);
    expect(detail.body).toMatchObject({
      owner: organisationOwner(b, 'Gemeente Waalkerke'),
      scenario: { title: B_TITLE },
    });
    const source = await http(admin).get('/api/scenarios/ransomware-gemeente/source', owner).expect(200);
    expect(source.text).toContain(B_TITLE);
    const versions = await http(admin).get('/api/scenarios/ransomware-gemeente/versions', owner).expect(200);
    expect(versions.body).toEqual([expect.objectContaining({ version: 1, origin: 'upload' })]);
    const shipped = await http(admin)
      .get('/api/scenarios/ransomware-gemeente', { owner: 'shipped' })
      .expect(200);
    expect(shipped.body).toMatchObject({ owner: SHIPPED, scenario: { title: shippedTitle } });
    // As organisation B sees it: its own fork.
    const asB = await http(admin)
      .get('/api/scenarios/ransomware-gemeente', { organisationId: b.id })
      .expect(200);
    expect(asB.body.scenario.title).toBe(B_TITLE);

    const created = await http(admin)
      .exercise(a.id, { scenarioId: 'ransomware-gemeente', scenarioOwner: b.id })
      .expect(201);
    expect(created.body).toMatchObject({
      title: B_TITLE,
      organisationId: a.id,
      scenario: { owner: organisationOwner(b, 'Gemeente Waalkerke') },
    });
  });

  it("should not let a member reach another organisation's copy, even by naming it", async () => {
    const facilitator = http(a.tokens.facilitator);
    const notFound = await facilitator.get('/api/scenarios/ransomware-gemeente', { owner: b.id }).expect(404);
    expect(ErrorResponse.parse(notFound.body).code).toBe('NOT_FOUND');
    await facilitator.get('/api/scenarios/ransomware-gemeente/source', { owner: b.id }).expect(404);
    await facilitator.get('/api/scenarios/ransomware-gemeente/versions', { owner: b.id }).expect(404);
    await facilitator.get('/api/scenarios/ransomware-gemeente', { organisationId: b.id }).expect(404);
    await facilitator.get('/api/scenarios/ransomware-gemeente', { owner: 'niemand' }).expect(422);

    const refused = await facilitator
      .exercise(a.id, { scenarioId: 'ransomware-gemeente', scenarioOwner: b.id })
      .expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'scenarioOwner' })]);
    // A member of both may not carry B's copy into an exercise of A either.
    await http(both).exercise(a.id, { scenarioId: 'ransomware-gemeente', scenarioOwner: b.id }).expect(422);
  });

  it("should resolve to the organisation's own fork first, for its members and for exercises made for it", async () => {
    await http(a.tokens.facilitator).upload(titled('eigen-fork', 'Fork van Hofstede')).expect(201);
    await http(b.tokens.facilitator).upload(titled('eigen-fork', 'Fork van Waalkerke')).expect(201);

    const title = async (token: string, query: Record<string, string> = {}) =>
      (await http(token).get('/api/scenarios/eigen-fork', query).expect(200)).body.scenario.title;
    expect(await title(a.tokens.evaluator)).toBe('Fork van Hofstede');
    expect(await title(b.tokens.evaluator)).toBe('Fork van Waalkerke');
    expect(await title(admin)).toBe('Meegeleverd');
    expect(await title(admin, { organisationId: a.id })).toBe('Fork van Hofstede');

    // Whatever order the organisations' ids happen to sort in, each exercise takes its own fork.
    for (const [org, forkTitle] of [
      [a, 'Fork van Hofstede'],
      [b, 'Fork van Waalkerke'],
    ] as const) {
      const byAdmin = await http(admin).exercise(org.id, { scenarioId: 'eigen-fork' }).expect(201);
      expect(byAdmin.body).toMatchObject({
        title: forkTitle,
        scenario: { owner: { organisationId: org.id } },
      });
      const byMember = await http(org.tokens.facilitator)
        .exercise(org.id, { scenarioId: 'eigen-fork' })
        .expect(201);
      expect(byMember.body.title).toBe(forkTitle);
    }
    const shipped = await http(a.tokens.facilitator)
      .exercise(a.id, { scenarioId: 'eigen-fork', scenarioOwner: 'shipped' })
      .expect(201);
    expect(shipped.body).toMatchObject({ title: 'Meegeleverd', scenario: { owner: SHIPPED } });
  });

  it('should give each fork a version history of its own', async () => {
    const facilitator = http(b.tokens.facilitator);
    await facilitator.upload(titled('versies-per-fork', 'Waalkerke 1')).expect(201);
    const second = await facilitator.upload(titled('versies-per-fork', 'Waalkerke 2')).expect(201);
    expect(second.body).toMatchObject({ organisationId: b.id, version: 2 });

    const ofB = await facilitator.get('/api/scenarios/versies-per-fork/versions').expect(200);
    expect(ofB.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const ofA = await http(a.tokens.facilitator).get('/api/scenarios/versies-per-fork/versions').expect(200);
    expect(ofA.body).toEqual([expect.objectContaining({ version: 1, origin: 'shipped' })]);
    // A version number belongs to one copy: A's library has no version 2 of it.
    await http(a.tokens.facilitator).get('/api/scenarios/versies-per-fork', { version: '2' }).expect(404);
    const first = await facilitator.get('/api/scenarios/versies-per-fork', { version: '1' }).expect(200);
    expect(first.body.scenario.title).toBe('Waalkerke 1');
  });

  it('should resolve within the organisation the request is for, for a member of several organisations', async () => {
    await http(both).upload(titled('meerdere-organisaties', 'Van Hofstede'), a.id).expect(201);
    await http(both).upload(titled('meerdere-organisaties', 'Van Waalkerke'), b.id).expect(201);

    const title = async (query: Record<string, string>) =>
      (await http(both).get('/api/scenarios/meerdere-organisaties', query).expect(200)).body.scenario.title;
    expect(await title({ organisationId: a.id })).toBe('Van Hofstede');
    expect(await title({ organisationId: b.id })).toBe('Van Waalkerke');
    expect(await title({ owner: b.id })).toBe('Van Waalkerke');
    // Without an organisation, the one copy that is no organisation's own: the shipped one.
    expect(await title({})).toBe('Meegeleverd');

    for (const [org, expected] of [
      [a, 'Van Hofstede'],
      [b, 'Van Waalkerke'],
    ] as const) {
      const created = await http(both).exercise(org.id, { scenarioId: 'meerdere-organisaties' }).expect(201);
      expect(created.body.title).toBe(expected);
    }
  });

  it('should ask the platform admin to choose when several organisations have a scenario that is not shipped', async () => {
    await http(a.tokens.facilitator).upload(titled('zonder-origineel', 'Hofstede')).expect(201);
    const alone = await http(admin).get('/api/scenarios/zonder-origineel').expect(200);
    expect(alone.body.owner).toEqual(organisationOwner(a, 'Gemeente Hofstede'));

    await http(b.tokens.facilitator).upload(titled('zonder-origineel', 'Waalkerke')).expect(201);
    const ambiguous = await http(admin).get('/api/scenarios/zonder-origineel').expect(422);
    expect(ErrorResponse.parse(ambiguous.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          path: 'owner',
          message: expect.stringMatching(new RegExp(`${a.id}.*${b.id}|${b.id}.*${a.id}`)),
        },
      ],
    });
    await http(admin).get('/api/scenarios/zonder-origineel/versions').expect(422);
    expect(
      (await http(admin).get('/api/scenarios/zonder-origineel', { owner: b.id }).expect(200)).body.scenario
        .title,
    ).toBe('Waalkerke');
    // An exercise has an organisation, so nothing is ambiguous there.
    const created = await http(admin).exercise(a.id, { scenarioId: 'zonder-origineel' }).expect(201);
    expect(created.body.title).toBe('Hofstede');
    await http(b.tokens.facilitator)
      .exercise(b.id, { scenarioId: 'zonder-origineel', scenarioOwner: 'shipped' })
      .expect(404);
  });
});
