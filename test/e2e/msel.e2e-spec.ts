import { join } from 'node:path';
import { scenarioFixture, scenarioYaml } from '@driehoek/testing';
import { parseCsv } from '../support/csv';
import { pdfText } from '../support/pdf-text';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';

/** The facilitator's binder: the MSEL of an uploaded scenario, as CSV for Excel and as a printable page. */
describe('GET /api/scenarios/:id/msel', () => {
  let t: TestApp;
  let a: Organisation;
  const facilitator = () => ({ Authorization: `Bearer ${a.tokens.facilitator}` });

  beforeAll(async () => {
    // The shipped scenarios too: the ransomware one fills more than a page of the binder.
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios') });
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
    const scenario = scenarioFixture('binder');
    const injects = scenario.injects as Record<string, unknown>[];
    injects[0].title = '=HYPERLINK("http://aanvaller.test","klik")';
    injects[0].from = 'Servicedesk "ICT"';
    injects[0].facilitatorNotes = 'Let op: de CISO reageert, één keer.\nTweede regel.';
    injects[1].title = '<script>alert("x")</script> Politie-info';
    await t
      .http()
      .post('/api/scenarios')
      .set(facilitator())
      .set('Content-Type', 'application/yaml')
      .send(scenarioYaml(scenario))
      .expect(201);
    // A second version: the MSEL of version 1 is still the one asked for.
    await t
      .http()
      .post('/api/scenarios')
      .set(facilitator())
      .set('Content-Type', 'application/yaml')
      .send(scenarioYaml({ ...scenario, title: 'Binder, herzien' }))
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer CSV with a BOM that parses back to the rows in scenario time order, formulas neutralised', async () => {
    const response = await t
      .http()
      .get('/api/scenarios/binder/msel')
      .query({ format: 'csv', version: 1 })
      .set(facilitator())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="msel-binder-v1.csv"');
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual([
      'Tijd',
      'Scenariotijd',
      'Fase',
      'Soort',
      'Id',
      'Inject / besluitpunt',
      'Van',
      'Aan',
      'Kanaal',
      'Inhoud',
      'Verwachte acties',
      'Notities oefenleider',
    ]);
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((r) => [r[column('Tijd')], r[column('Soort')], r[column('Id')]])).toEqual([
      ['00:10', 'Inject', 'i-start'],
      ['00:10', 'Besluitpunt', 'dp-keuze'],
      ['00:05 na besluit "A of B?": A', 'Vervolg', 'i-tak-a'],
      ['Direct na besluit "A of B?": B', 'Vervolg', 'i-tak-b'],
      ['Direct na 00:45 zonder besluit over "A of B?"', 'Vervolg', 'i-te-laat'],
      ['00:20', 'Inject', 'i-politie'],
      ['Direct na klok nis2 early-warning gemist', 'Vervolg', 'i-klok'],
      ['door de oefenleider', 'Achter de hand', 'i-reserve'],
    ]);
    const [start, point] = rows;
    expect(start[column('Scenariotijd')]).toBe('2026-03-12 08:10 (CET)');
    expect(start[column('Fase')]).toBe('Detectie');
    expect(start[column('Inject / besluitpunt')]).toBe(`'=HYPERLINK("http://aanvaller.test","klik")`);
    expect(start[column('Van')]).toBe('Servicedesk "ICT"');
    expect(start[column('Aan')]).toBe('Iedereen');
    expect(start[column('Kanaal')]).toBe('E-mail');
    expect(start[column('Verwachte acties')]).toBe('Besluit binnen 30 minuten (uiterlijk 01:00)');
    expect(start[column('Notities oefenleider')]).toBe('Let op: de CISO reageert, één keer.\nTweede regel.');
    expect(point[column('Aan')]).toBe('Burgemeester');
    expect(rows[5][column('Aan')]).toBe('Teamchef politie, Officier van justitie');
  });

  it('should answer a print-friendly, escaped HTML page in Dutch, or in English on request', async () => {
    const response = await t.http().get('/api/scenarios/binder/msel').set(facilitator()).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.text;
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Draaiboek (MSEL): Binder, herzien');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Politie-info');
    expect(html).toMatch(/@page \{ size: A4 landscape/);
    expect(html).toContain('<th scope="col">Tijd</th>');

    const english = await t
      .http()
      .get('/api/scenarios/binder/msel')
      .query({ lang: 'en', version: 1 })
      .set(facilitator())
      .expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<th scope="col">Facilitator notes</th>');
  });

  const pdfOf = async (id: string, query: object = {}): Promise<Buffer> => {
    const response = await t
      .http()
      .get(`/api/scenarios/${id}/msel`)
      .query({ format: 'pdf', ...query })
      .set(facilitator())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return response.body as Buffer;
  };

  it('should answer an A4 landscape PDF for the binder: title, page X of Y and the header row on every page', async () => {
    const pdf = await pdfOf('ransomware-gemeente', { owner: 'shipped' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
    const { pages } = await pdfText(pdf);
    // The shipped ransomware scenario does not fit on one page.
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
      expect(text).toContain('Draaiboek (MSEL)');
      expect(text).toContain('Verwachte acties');
      expect(text).toContain('Notities oefenleider');
    });
    // The same version gives the same bytes.
    expect(await pdfOf('ransomware-gemeente', { owner: 'shipped' })).toEqual(pdf);
  });

  it('should keep Dutch diacritics and untrusted markup as text in the PDF, and speak English on request', async () => {
    const { pages } = await pdfText(await pdfOf('binder', { version: 1 }));
    const text = pages.join(' ');
    expect(text).toContain('één keer');
    // pdf.js splits lines where the table wraps them; the markup is there as text.
    expect(text).toContain(`<script>alert("x")`);
    const english = await pdfText(await pdfOf('binder', { version: 1, lang: 'en' }));
    expect(english.pages[0]).toContain('Master scenario events list (MSEL)');
    expect(english.pages[0]).toContain(`page 1 of ${english.pages.length}`);
  });

  it('should resolve the copy and version like GET /api/scenarios/:id does', async () => {
    await t.http().get('/api/scenarios/binder/msel').query({ version: 9 }).set(facilitator()).expect(404);
    await t
      .http()
      .get('/api/scenarios/binder/msel')
      .query({ owner: 'shipped' })
      .set(facilitator())
      .expect(404);
    const refused = await t
      .http()
      .get('/api/scenarios/binder/msel')
      .query({ format: 'docx' })
      .set(facilitator())
      .expect(422);
    expect(refused.body.errors[0].path).toBe('format');
    const other = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Waalkerke');
    await t
      .http()
      .get('/api/scenarios/binder/msel')
      .set({ Authorization: `Bearer ${other.tokens.facilitator}` })
      .expect(404);
  });
});

describe('GET /api/scenarios/:id/msel with a render budget of 1 ms', () => {
  let t: TestApp;
  let a: Organisation;

  beforeAll(async () => {
    t = await startTestApp({
      SCENARIOS_DIR: join(__dirname, '../../scenarios'),
      REPORT_RENDER_TIMEOUT_MS: '1',
    });
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer 503 with the limit for a PDF that takes longer, and go on answering', async () => {
    const msel = (format: string) =>
      t
        .http()
        .get('/api/scenarios/ransomware-gemeente/msel')
        .query({ owner: 'shipped', format })
        .set({ Authorization: `Bearer ${a.tokens.facilitator}` });

    for (let i = 0; i < 2; i++) {
      const refused = await msel('pdf').expect(503);
      expect(refused.body).toEqual({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message:
          'Making this MSEL as PDF took longer than 1 ms, the most one document may take (REPORT_RENDER_TIMEOUT_MS).',
      });
    }
    await msel('html').expect(200);
  });
});
