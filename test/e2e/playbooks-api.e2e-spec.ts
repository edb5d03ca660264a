import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  playbookFixture,
  playbookYaml,
  positionOf,
  type TestDatabase,
} from '@driehoek/testing';
import {
  ErrorResponse,
  PlaybookDetailResponse,
  PlaybookSummaryResponse,
} from '../../apps/api/src/http/responses';
import { start } from '../support/server-process';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

const shippedDir = join(__dirname, '../../playbooks');

describe('playbook library API', () => {
  let t: TestApp;
  let a: Organisation;

  beforeAll(async () => {
    t = await startTestApp({ PLAYBOOKS_DIR: shippedDir });
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    await t?.close();
  });

  const get = (path: string, token = a.tokens.evaluator) =>
    t.http().get(path).auth(token, { type: 'bearer' });

  it('should list every shipped playbook with its step count and the sha256 of its file', async () => {
    const response = await get('/api/playbooks').expect(200);
    const list = PlaybookSummaryResponse.array().parse(response.body);
    const files = (await readdir(shippedDir)).filter((f) => f.endsWith('.yaml')).sort();
    expect(list.map((p) => `${p.id}.yaml`)).toEqual(files);
    for (const summary of list) {
      const source = await readFile(join(shippedDir, `${summary.id}.yaml`));
      expect(summary.contentHash).toBe(createHash('sha256').update(source).digest('hex'));
      expect(summary.stepCount).toBeGreaterThanOrEqual(15);
      expect(summary.language).toBe('nl');
    }
  });

  it('should answer a whole playbook that matches the summary', async () => {
    const [summary] = PlaybookSummaryResponse.array().parse((await get('/api/playbooks').expect(200)).body);
    const response = await get(`/api/playbooks/${summary.id}`).expect(200);
    const detail = PlaybookDetailResponse.parse(response.body);
    expect(detail).toMatchObject({ id: summary.id, contentHash: summary.contentHash });
    expect(detail.playbook.steps).toHaveLength(summary.stepCount);
    expect(detail.playbook.steps[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        owner: expect.any(String),
        title: expect.any(String),
      }),
    );
  });

  it.each([
    ['an unknown', 'bestaat-niet'],
    ['a malformed', 'Geen%20Id'],
  ])('should answer 404 NOT_FOUND for %s playbook id', async (_what, id) => {
    const response = await get(`/api/playbooks/${id}`).expect(404);
    expect(ErrorResponse.parse(response.body).code).toBe('NOT_FOUND');
  });

  it('should refuse anonymous callers', async () => {
    await t.http().get('/api/playbooks').expect(401);
    await t.http().get('/api/playbooks/ransomware-gemeente').expect(401);
  });

  it('should document both routes in the OpenAPI document', async () => {
    const document = (await t.http().get('/openapi.json').expect(200)).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/playbooks', '/api/playbooks/{playbookId}']),
    );
  });
});

describe('the server with an invalid shipped playbook', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'driehoek-playbooks-'));
  });

  afterAll(async () => {
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('should refuse to start, naming file, line and column of the problem', async () => {
    const broken = playbookFixture() as Record<string, any>;
    broken.steps[2].clock.stage = 'vroegtijdig';
    const source = playbookYaml(broken);
    await writeFile(join(dir, 'kapot.yaml'), source);

    const server = start(dir, { DATABASE_URL: db.url, REDIS_PREFIX: db.name, PLAYBOOKS_DIR: dir });
    await expect(server.ready).rejects.toThrow(/exited with 1/);
    const { line, column } = positionOf(source, 'vroegtijdig');
    const output = server.logs.join('\n');
    expect(output).toContain('Driehoek could not start: invalid playbook(s) in');
    expect(output).toContain(`kapot.yaml:${line}:${column} A nis2 clock has no stage "vroegtijdig".`);
  });
});
