import { buildMsel, validateScenarioYaml } from '@driehoek/scenario';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { ErrorResponse, ScenarioCheckResponse } from '../../apps/api/src/http/responses';
import { adversarialYaml } from '../support/adversarial-yaml';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

/** POST /api/scenarios/check: what the scenario editor sends as the author types. */
describe('checking a scenario without storing it', () => {
  let t: TestApp;
  let a: Organisation;
  let admin: string;
  const check = (body: string, token = a.tokens.facilitator, query = '') =>
    t
      .http()
      .post(`/api/scenarios/check${query}`)
      .auth(token, { type: 'bearer' })
      .set('Content-Type', 'application/yaml')
      .send(body);
  const stored = async (id: string) =>
    (
      await t.http().get('/api/scenarios').auth(a.tokens.facilitator, { type: 'bearer' }).expect(200)
    ).body.some((s: { id: string }) => s.id === id);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, admin, 'Gemeente Hofstede');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer the findings with line and column, as an upload would, and store nothing', async () => {
    const fixture = scenarioFixture('check-kapot') as ReturnType<typeof scenarioFixture> & {
      injects: { audience: unknown }[];
    };
    fixture.injects[1].audience = ['teamchef-politei'];
    const source = scenarioYaml(fixture);

    const response = await check(source).expect(200);

    ScenarioCheckResponse.parse(response.body);
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes('teamchef-politei'));
    expect(response.body).toEqual({
      valid: false,
      errors: [
        {
          severity: 'error',
          path: 'injects[1].audience[0]',
          line: line + 1,
          column: lines[line].indexOf('teamchef-politei') + 1,
          message: expect.stringContaining('Did you mean "teamchef-politie"?'),
          code: 'unknown-reference',
        },
      ],
      warnings: [],
      errorCount: 1,
      warningCount: 0,
      truncated: false,
      msel: null,
    });
    // The upload's refusal names the same finding at the same place.
    const upload = await t
      .http()
      .post('/api/scenarios')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(422);
    const { severity: _, ...finding } = response.body.errors[0];
    expect(upload.body.errors).toEqual([finding]);
    expect(await stored('check-kapot')).toBe(false);
  });

  it('should place a YAML syntax error at its line and column', async () => {
    const response = await check('id: x\ntitle: [open\nsummary: y\n').expect(200);

    ScenarioCheckResponse.parse(response.body);
    expect(response.body.valid).toBe(false);
    expect(response.body.errors[0]).toMatchObject({
      code: 'yaml-syntax',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(response.body.errors[0].line).toBeGreaterThan(1);
  });

  it('should check on the upload threads with their limits: a document built to be slow gets the limit it passes', async () => {
    const response = await check(adversarialYaml('deep-flow')).expect(200);

    expect(response.body).toMatchObject({
      valid: false,
      errors: [expect.objectContaining({ code: 'too-deep', line: expect.any(Number) })],
      errorCount: 1,
      msel: null,
    });
  });

  it('should give a valid document its MSEL rows, in the language asked for, and store nothing', async () => {
    const source = scenarioYaml(scenarioFixture('check-goed'));
    const scenario = validateScenarioYaml(source).scenario!;

    const nl = await check(source).expect(200);
    const en = await check(source, a.tokens.admin, '?lang=en').expect(200);

    ScenarioCheckResponse.parse(nl.body);
    expect(nl.body).toMatchObject({ valid: true, errors: [], errorCount: 0, truncated: false });
    expect(nl.body.msel).toEqual(buildMsel(scenario, 'nl'));
    expect(nl.body.msel.rows.map((r: { id: string }) => r.id)).toContain('i-start');
    expect(nl.body.msel.rows.find((r: { id: string }) => r.id === 'i-start')).toMatchObject({
      kind: 'inject',
      offset: '00:10',
      to: 'Iedereen',
      title: 'Melding',
    });
    expect(en.body.msel.rows.find((r: { id: string }) => r.id === 'i-start').to).toBe('Everyone');
    expect(await stored('check-goed')).toBe(false);
  });

  it('should refuse members who may not upload, and strangers, as the upload route does', async () => {
    const source = scenarioYaml(scenarioFixture('check-rol'));
    const evaluator = await check(source, a.tokens.evaluator).expect(403);
    ErrorResponse.parse(evaluator.body);
    expect(evaluator.body).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role (evaluator) may not do this; needed: admin or facilitator',
    });
    await t
      .http()
      .post('/api/scenarios/check')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(401);
    const b = await seedOrganisation(t, admin, 'Gemeente Waalkerke');
    await check(source, b.tokens.facilitator, `?organisationId=${a.id}`).expect(404);
    expect(await stored('check-rol')).toBe(false);
  });

  it('should take only UTF-8 YAML within the upload limit', async () => {
    await t
      .http()
      .post('/api/scenarios/check')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ id: 'json' })
      .expect(415);
    await t
      .http()
      .post('/api/scenarios/check')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .set('Content-Type', 'application/yaml; charset=latin1')
      .send('id: x\n')
      .expect(415);
    await check(`id: x\nsummary: "${'a'.repeat(1_100_000)}"\n`)
      .expect(413)
      .expect((r) => expect(r.body.code).toBe('PAYLOAD_TOO_LARGE'));
  });
});
