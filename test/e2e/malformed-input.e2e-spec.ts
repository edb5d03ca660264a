import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

/**
 * Input no schema should have to meet answers 422 naming the field, before any route: text
 * PostgreSQL cannot store, integers past its range, nesting past any payload of the contract.
 * Each of these answered 500 once.
 */
describe('malformed input', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, raw: string) =>
    t.http().post(path).auth(token, { type: 'bearer' }).set('Content-Type', 'application/json').send(raw);

  it('should refuse a NUL character or an unpaired surrogate in any text field', async () => {
    for (const name of ['"Gemeente\\u0000Hofstede"', '"Gemeente \\ud800"', '"\\udc00 Hofstede"']) {
      const response = await post('/api/organisations', `{"name": ${name}}`).expect(422);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'name', code: 'invalid_text' }],
      });
    }
    const listed = await t.http().get('/api/organisations').auth(token, { type: 'bearer' }).expect(200);
    expect(listed.body.some((o: { name: string }) => o.name.includes('Hofstede'))).toBe(false);
  });

  it('should refuse a body nested deeper than any payload', async () => {
    const deep = '{"a":'.repeat(3100) + '1' + '}'.repeat(3100);
    const response = await post('/api/organisations', deep).expect(422);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ code: 'too_deep' }] });
    expect(JSON.stringify(response.body).length).toBeLessThan(2000);
  });

  it('should refuse unstorable text in the query and the path', async () => {
    const query = await t
      .http()
      .get('/api/scenarios?organisationId=%00')
      .auth(token, { type: 'bearer' })
      .expect(422);
    expect(query.body).toMatchObject({ errors: [{ path: 'query.organisationId', code: 'invalid_text' }] });
    const path = await t
      .http()
      .get('/api/exercises/abc%00def/join-codes')
      .auth(token, { type: 'bearer' })
      .expect(422);
    expect(path.body).toMatchObject({ errors: [{ path: 'path' }] });
  });

  it('should refuse an integer past PostgreSQL’s range, naming it', async () => {
    const response = await t
      .http()
      .get('/api/scenarios/ransomware-gemeente?version=2147483648')
      .auth(token, { type: 'bearer' })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'version' }] });
  });
});
