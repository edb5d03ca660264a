import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import {
  ErrorResponse,
  HealthResponse,
  ScenarioDetailResponse,
  ScenarioSummaryResponse,
  ScenarioVersionResponse,
  StoreResultResponse,
} from '../../apps/api/src/http/responses';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

const shippedDir = join(__dirname, '../../scenarios');

describe('scenario library API', () => {
  let t: TestApp;
  let a: Organisation;
  let b: Organisation;
  // Calls as the facilitator of organisation A unless another token is given.
  const http = (token?: string) => {
    const agent = t.http();
    return token === '' ? agent : agent.auth(token ?? a.tokens.facilitator, { type: 'bearer' });
  };

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: shippedDir });
    const admin = await t.login(ADMIN.email, ADMIN.password);
    a = await seedOrganisation(t, admin, 'Gemeente Hofstede');
    b = await seedOrganisation(t, admin, 'Gemeente Waalkerke');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should report health with the database up', async () => {
    const response = await http().get('/health').expect(200);
    HealthResponse.parse(response.body);
    expect(response.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up', latencyMs: expect.any(Number) }, eventStream: { status: 'up' } },
    });
  });

  it('should list the shipped scenarios, loaded at start', async () => {
    const response = await http().get('/api/scenarios').expect(200);
    ScenarioSummaryResponse.array().parse(response.body);
    const files = readdirSync(shippedDir).filter((f) => f.endsWith('.yaml'));
    expect(response.body.length).toBe(files.length);
    expect(response.body[0]).toEqual({
      id: expect.any(String),
      owner: { kind: 'shipped' },
      organisationId: null,
      title: expect.any(String),
      summary: expect.any(String),
      language: 'nl',
      tags: expect.any(Array),
      latestVersion: 1,
      durationMinutes: expect.any(Number),
      counts: {
        roles: expect.any(Number),
        injects: expect.any(Number),
        decisionPoints: expect.any(Number),
        phases: expect.any(Number),
      },
      updatedAt: expect.any(String),
    });
  });

  it('should store an uploaded YAML scenario and serve it back', async () => {
    const source = scenarioYaml(scenarioFixture('api-upload'));
    const created = await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(201);
    expect(created.body).toEqual({
      id: 'api-upload',
      organisationId: a.id,
      version: 1,
      created: true,
      warnings: [],
    });
    StoreResultResponse.parse(created.body);
    await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(200, { id: 'api-upload', organisationId: a.id, version: 1, created: false, warnings: [] });

    const detail = await http().get('/api/scenarios/api-upload').expect(200);
    ScenarioDetailResponse.parse(detail.body);
    expect(detail.body).toMatchObject({
      id: 'api-upload',
      version: 1,
      origin: 'upload',
      scenario: { id: 'api-upload', roles: expect.any(Array) },
    });
    const yaml = await http().get('/api/scenarios/api-upload/source?version=1').expect(200);
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    expect(yaml.text).toBe(source);
    const versions = await http().get('/api/scenarios/api-upload/versions').expect(200);
    expect(ScenarioVersionResponse.array().parse(versions.body)).toHaveLength(1);
  });

  it("should answer 422 with line, column and the CLI's code for a broken upload, and store nothing", async () => {
    const fixture = scenarioFixture('api-kapot') as ReturnType<typeof scenarioFixture> & {
      injects: { audience: unknown }[];
    };
    fixture.injects[1].audience = ['teamchef-politei'];
    const source = scenarioYaml(fixture);
    const response = await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(422);
    const line = source.split('\n').findIndex((l) => l.includes('teamchef-politei')) + 1;
    expect(response.body).toEqual({
      statusCode: 422,
      code: 'SCENARIO_INVALID',
      message: 'The scenario has 1 error(s); nothing was stored',
      errors: [
        {
          path: 'injects[1].audience[0]',
          line,
          column: expect.any(Number),
          message: expect.stringContaining('Did you mean "teamchef-politie"?'),
          code: 'unknown-reference',
        },
      ],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
      truncated: false,
    });
    ErrorResponse.parse(response.body);
    await http().get('/api/scenarios/api-kapot').expect(404);

    const syntax = await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send('id: x\ntitle: [open\n')
      .expect(422);
    expect(syntax.body.errors[0]).toMatchObject({
      code: 'yaml-syntax',
      line: expect.any(Number),
      column: expect.any(Number),
      message: expect.stringMatching(/^YAML syntax/),
    });
    expect(syntax.body).not.toHaveProperty('stack');
  });

  it('should refuse bodies that are not YAML, malformed or too large, with a clear 4xx', async () => {
    await http()
      .post('/api/scenarios')
      .send({ id: 'json' })
      .expect(415)
      .expect((r) => expect(r.body.code).toBe('UNSUPPORTED_MEDIA_TYPE'));
    await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/json')
      .send('{"id":')
      .expect(400)
      .expect((r) =>
        expect(r.body).toEqual({
          statusCode: 400,
          code: 'BAD_REQUEST',
          message: 'The request body could not be read: malformed JSON',
        }),
      );
    const huge = `id: x\nsummary: "${'a'.repeat(1_100_000)}"\n`;
    await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(huge)
      .expect(413)
      .expect((r) => expect(r.body.code).toBe('PAYLOAD_TOO_LARGE'));
  });

  it('should answer 404 for unknown scenarios and 422 for malformed ids or versions', async () => {
    await http()
      .get('/api/scenarios/bestaat-niet')
      .expect(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Scenario "bestaat-niet" not found' });
    const bad = await http().get('/api/scenarios/Bad%20Id').expect(422);
    expect(bad.body.errors[0].path).toBe('id');
    await http().get('/api/scenarios/api-upload?version=nul').expect(422);
    await http().get('/no/such/route').expect(404);
  });

  it('should publish the scenario JSON Schema, identical to scenarios/schema.json', async () => {
    await http('').get('/api/scenarios/schema').expect(401);
    const response = await http().get('/api/scenarios/schema').expect(200);
    expect(response.body).toEqual(JSON.parse(readFileSync(join(shippedDir, 'schema.json'), 'utf8')));
  });

  it('should publish an OpenAPI document and a docs page', async () => {
    const openapi = await http('').get('/openapi.json').expect(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/api/scenarios',
        '/api/scenarios/schema',
        '/api/scenarios/{id}',
        '/api/scenarios/{id}/versions',
        '/api/scenarios/{id}/source',
      ]),
    );
    const docs = await http().get('/docs').expect(200);
    expect(docs.text).toContain('swagger');
  });

  it('should keep uploads inside their organisation and answer 404 to others', async () => {
    const source = scenarioYaml(scenarioFixture('alleen-hofstede'));
    await http().post('/api/scenarios').set('Content-Type', 'application/yaml').send(source).expect(201);
    await http(a.tokens.evaluator).get('/api/scenarios/alleen-hofstede').expect(200);
    await http(b.tokens.facilitator).get('/api/scenarios/alleen-hofstede').expect(404);
    await http(b.tokens.facilitator).get('/api/scenarios/alleen-hofstede/source').expect(404);
    await http(b.tokens.facilitator).get('/api/scenarios/alleen-hofstede/versions').expect(404);
    const listB = await http(b.tokens.facilitator).get('/api/scenarios').expect(200);
    expect(listB.body.map((s: { id: string }) => s.id)).not.toContain('alleen-hofstede');
  });

  it("should give an organisation its own copy when it adapts a shipped scenario, leaving others' unchanged", async () => {
    const shipped = readFileSync(join(shippedDir, 'ransomware-gemeente.yaml'), 'utf8');
    const adapted = shipped.replace(/^title: .*$/m, 'title: Ransomware in Hofstede (eigen versie)');
    const stored = await http()
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(adapted)
      .expect(201);
    expect(stored.body).toMatchObject({ id: 'ransomware-gemeente', organisationId: a.id, version: 1 });
    expect((await http().get('/api/scenarios/ransomware-gemeente').expect(200)).body.scenario.title).toBe(
      'Ransomware in Hofstede (eigen versie)',
    );
    const forB = await http(b.tokens.facilitator).get('/api/scenarios/ransomware-gemeente').expect(200);
    expect(forB.body).toMatchObject({ organisationId: null, origin: 'shipped' });
    expect(forB.body.scenario.title).not.toContain('eigen versie');
  });

  it('should let only admins and facilitators upload, and refuse anonymous callers', async () => {
    const source = scenarioYaml(scenarioFixture('rollen'));
    await http(a.tokens.evaluator)
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(403);
    await http('').post('/api/scenarios').set('Content-Type', 'application/yaml').send(source).expect(401);
    await http('').get('/api/scenarios').expect(401);
    await http(a.tokens.admin)
      .post('/api/scenarios')
      .set('Content-Type', 'application/yaml')
      .send(source)
      .expect(201);
  });
});
