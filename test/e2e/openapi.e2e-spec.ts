import { expectCommittedOpenApi } from '../support/openapi-document';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /openapi.json', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should serve the document committed as docs/openapi.json (run `npm run openapi` after an API change)', async () => {
    const response = await t.http().get('/openapi.json').expect(200);
    expectCommittedOpenApi(response.body);
  });
});
