import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, scenarioFixture, scenarioYaml, type TestDatabase } from '@driehoek/testing';
import { login, start, stop, type Server } from '../support/server-process';

/**
 * The built server (`nest build`, as `npm start` runs it) makes reports and MSEL PDFs on its render
 * threads: the thread's bootstrap and task modules are emitted as .js beside the rest.
 */
describe('the built server', () => {
  let db: TestDatabase;
  let dataDir: string;
  let server: Server | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'driehoek-documents-'));
  });

  afterAll(async () => {
    if (server) await stop(server);
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should make the after-action report and the MSEL PDF on its render threads', async () => {
    const api = start(dataDir, { DATABASE_URL: db.url, SCENARIOS_DIR: '/nonexistent' });
    server = api;
    await api.ready;
    const auth = await login(api.url);
    const call = async (method: string, path: string, body?: string, type = 'application/json') => {
      const response = await fetch(`${api.url}${path}`, {
        method,
        headers: { ...auth, 'Content-Type': type },
        body,
      });
      if (response.status >= 400)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response;
    };
    await call('POST', '/api/scenarios', scenarioYaml(scenarioFixture('gebouwd')), 'application/yaml');
    const { id } = (await (
      await call('POST', '/api/exercises', JSON.stringify({ scenarioId: 'gebouwd', speed: 60 }))
    ).json()) as { id: string };
    await call('POST', `/api/exercises/${id}/start`, '{}');
    await call('POST', `/api/exercises/${id}/end`, '{}');

    const report = (await (await call('GET', `/api/exercises/${id}/report?format=json`)).json()) as {
      verification: { valid: boolean; count: number };
    };
    expect(report.verification).toMatchObject({ valid: true });
    expect(report.verification.count).toBeGreaterThanOrEqual(2);
    for (const path of [`/api/exercises/${id}/report?format=pdf`, '/api/scenarios/gebouwd/msel?format=pdf']) {
      const pdf = await call('GET', path);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  }, 120_000);
});
