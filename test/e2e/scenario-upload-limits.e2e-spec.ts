import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { ErrorResponse } from '../../apps/api/src/http/responses';
import { ADVERSARIAL_SHAPES, adversarialYaml } from '../support/adversarial-yaml';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

/** The finding each 1 MB shape is refused with: a limit, named, at the place it was passed. */
const LIMIT_FINDING: Record<(typeof ADVERSARIAL_SHAPES)[number], string> = {
  'many-keys': 'too-many-nodes',
  'nested-keys': 'too-many-nodes',
  'duplicate-keys': 'too-many-nodes',
  'deep-flow': 'too-deep',
  'deep-block': 'too-deep',
  aliases: 'too-many-nodes',
  'many-references': 'too-many-nodes',
  'syntax-errors': 'too-many-nodes',
  indicators: 'too-many-tokens',
};

describe('scenario uploads that try to stop the server', () => {
  let t: TestApp;
  let a: Organisation;
  const upload = (app: TestApp, token: string, body: string | Buffer, type = 'application/yaml') =>
    app.http().post('/api/scenarios').auth(token, { type: 'bearer' }).set('Content-Type', type).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(ADVERSARIAL_SHAPES)(
    'should refuse a 1 MB document of %s with the limit it passes, and store nothing',
    async (shape) => {
      const source = adversarialYaml(shape);
      expect(source.length).toBeGreaterThan(1_000_000);

      const response = await upload(t, a.tokens.facilitator, source).expect(422);

      ErrorResponse.parse(response.body);
      expect(response.body).toMatchObject({
        code: 'SCENARIO_INVALID',
        errors: [expect.objectContaining({ code: LIMIT_FINDING[shape], line: expect.any(Number) })],
        errorCount: 1,
        truncated: false,
      });
      await t.http().get('/api/scenarios/aanval').auth(a.tokens.facilitator, { type: 'bearer' }).expect(404);
    },
  );

  it('should list the first 100 findings in source order and count them all', async () => {
    // Inside the limits: 15,000 unknown top-level keys, each its own finding.
    const source = adversarialYaml('many-keys', 300_000);

    const response = await upload(t, a.tokens.facilitator, source).expect(422);

    ErrorResponse.parse(response.body);
    const { errors, errorCount, truncated, message } = response.body;
    expect(errors).toHaveLength(100);
    expect(errorCount).toBeGreaterThan(10_000);
    expect(truncated).toBe(true);
    expect(message).toBe(
      `The scenario has ${errorCount} error(s); nothing was stored; the first 100 are listed`,
    );
    const lines = errors.map((e: { line: number }) => e.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(response.text.length).toBeLessThan(100_000);
  });

  it('should answer /health while uploads are being checked', async () => {
    const finished: string[] = [];
    const uploads = Array.from({ length: 4 }, (_, i) =>
      upload(t, a.tokens.facilitator, adversarialYaml('many-references'))
        .expect(422)
        .then(() => finished.push(`upload ${i}`)),
    );
    // Sent after the uploads: on a blocked event loop it would wait for their checks.
    const health = t
      .http()
      .get('/health')
      .expect(200)
      .then(() => finished.push('health'));

    await Promise.all([...uploads, health]);
    expect(finished.indexOf('health')).toBeLessThan(finished.length - 1);
  });

  it('should refuse a charset other than UTF-8 with 415', async () => {
    const source = scenarioYaml(scenarioFixture('utf7'));

    const response = await upload(t, a.tokens.facilitator, source, 'application/yaml; charset=utf-7').expect(
      415,
    );

    expect(response.body).toEqual({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringMatching(/charset "utf-7" is not accepted: YAML is read as UTF-8 only/),
    });
    await upload(t, a.tokens.facilitator, source, 'application/yaml; charset=UTF-8').expect(201);
  });

  it('should refuse bytes that are not UTF-8 with 415, naming the line', async () => {
    const source = Buffer.concat([
      Buffer.from('id: latin1\ntitle: '),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]), // "Café" in ISO-8859-1
      Buffer.from('\n'),
    ]);

    const response = await upload(t, a.tokens.facilitator, source).expect(415);

    expect(response.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringContaining('not valid UTF-8: the bytes at line 2'),
    });
  });

  it('should refuse text that cannot be stored: half a surrogate pair, a NUL', async () => {
    const fixture = scenarioFixture('escapes');
    const source = scenarioYaml(fixture).replace(
      'summary: Een klein scenario voor tests.',
      'summary: "a\\ud800b"',
    );

    const response = await upload(t, a.tokens.facilitator, source).expect(422);

    expect(response.body.errors).toEqual([
      expect.objectContaining({
        code: 'invalid-text',
        line: 3,
        message: expect.stringContaining('surrogate'),
      }),
    ]);
    const nul = scenarioYaml(fixture).replace('summary: Een klein scenario voor tests.', 'summary: "a\\0b"');
    expect((await upload(t, a.tokens.facilitator, nul).expect(422)).body.errors[0]).toMatchObject({
      code: 'invalid-text',
      message: expect.stringContaining('NUL'),
    });
  });

  describe('with a time budget of 1 ms', () => {
    let tight: TestApp;
    let b: Organisation;

    beforeAll(async () => {
      tight = await startTestApp({ SCENARIO_VALIDATION_TIMEOUT_MS: '1' });
      b = await seedOrganisation(tight, await tight.login(ADMIN.email, ADMIN.password), 'Gemeente Waalkerke');
    });

    afterAll(async () => {
      await tight?.close();
    });

    it('should refuse a document that takes longer to check, and answer the next upload too', async () => {
      const source = adversarialYaml('many-keys', 300_000);

      for (let i = 0; i < 2; i++) {
        const response = await upload(tight, b.tokens.facilitator, source).expect(422);
        ErrorResponse.parse(response.body);
        expect(response.body).toMatchObject({
          code: 'SCENARIO_INVALID',
          errors: [
            {
              code: 'took-too-long',
              path: '',
              line: 1,
              column: 1,
              message: expect.stringContaining('took longer than 1 ms'),
            },
          ],
          errorCount: 1,
        });
      }
      await tight.http().get('/health').expect(200);
    });
  });
});
