import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/**
 * A short scenario for a whole exercise day in a few minutes: two roles, an inject at the start and
 * one six hours in that puts the mayor a decision point, whose "yes" starts the CISO's NIS2 clock.
 * It runs at 60×, so the clock moves by itself (a scenario minute a second), but everything the
 * test waits for is either brought forward by the facilitator's jump or hours of scenario time
 * (real minutes) away: no step races the clock.
 */
const SCENARIO = `
id: oefendag-kort
title: "Oefendag: losgeld in het kort"
summary: Een korte oefening van een hele oefendag, voor de browsertest.
startsAt: "2027-03-01T08:00"
duration: "2d 00:00"
roles:
  - { id: burgemeester, name: Burgemeester, organisation: gemeente }
  - { id: ciso, name: CISO, organisation: gemeente }
channels:
  - { id: telefoon, name: Telefoon, kind: phone }
  - { id: mail, name: E-mail, kind: mail }
phases:
  - { id: ontdekking, name: "Ochtend: de ontdekking", startsAt: "00:00" }
  - { id: melden, name: "Middag: melden", startsAt: "06:00" }
injects:
  - id: i-printers
    title: Printers drukken losgeldbrieven af
    offset: "00:00"
    audience: all
    channel: telefoon
    from: Servicedesk
    content: Op alle printers van het stadhuis komen brieven met een losgeldeis.
  - id: i-meldplicht
    title: Is dit een significant incident?
    offset: "06:00"
    audience: [burgemeester, ciso]
    channel: mail
    from: Informatiebeveiligingsdienst
    content: De dienstverlening ligt stil. Leg vast of u zich bewust bent van een significant incident.
decisionPoints:
  - id: dp-bewust
    question: Zijn we ons bewust van een significant incident?
    owner: burgemeester
    participants: [ciso]
    raisedBy: i-meldplicht
    dueAfter: "12:00"
    legalBasis: ["Cyberbeveiligingswet (meldplicht)"]
    options:
      - { id: ja, label: "Ja, de meldtermijnen lopen vanaf nu" }
      - { id: nee, label: "Nog niet, eerst de impact vaststellen" }
clocks:
  - { id: clk-nis2, regime: nis2, label: "NIS2-melding gemeente", startsOn: { decision: dp-bewust, option: ja }, role: ciso }
`;

const TITLE = 'Oefendag: losgeld in het kort';
const TABLET = { width: 820, height: 1180 };
const FACILITATOR_SCREEN = { width: 1180, height: 820 };

/**
 * The headline test: a facilitator and two players in three browser contexts run a short
 * scenario at high speed — join by code, receive injects, record a decision, see a clock change,
 * submit a report, end, answer the hot wash, download the PDF of the report.
 */
describeWithChromium('an exercise day in three browsers: facilitator, mayor and CISO', (executablePath) => {
  jest.setTimeout(300_000);

  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios') });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
    browser = await launchChromium(executablePath);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      hasTouch: true,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  async function joinAs(code: string, roleName: string): Promise<Page> {
    const page = await newPage(TABLET);
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Deelnamecode').fill(code);
    await page.getByRole('button', { name: 'Deelnemen met code' }).click();
    await page.getByRole('heading', { level: 1, name: roleName }).waitFor();
    return page;
  }

  const section = (page: Page, name: string) =>
    page
      .getByRole('navigation', { name: 'Onderdelen van de oefening' })
      .getByRole('link', { name: new RegExp(`^${name}`) });
  const feed = (page: Page) => page.getByRole('region', { name: /^Berichten/ });
  const statusValue = (page: Page, label: string) =>
    page
      .locator('.dh-control-status div')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('dd');
  const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const group = (within: Locator, name: RegExp) => within.getByRole('group', { name });

  it('should run a short scenario at high speed from joining to the PDF of the report', async () => {
    // The facilitator's organisation has the scenario; the exercise runs at 60×.
    await t
      .http()
      .post('/api/scenarios')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .set('Content-Type', 'application/yaml')
      .send(SCENARIO)
      .expect(201);
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .send({ scenarioId: 'oefendag-kort', speed: 60 })
      .expect(201);
    const exerciseId = created.body.id as string;
    const code = (role: string) =>
      (created.body.joinCodes as { role: string; code: string }[]).find((c) => c.role === role)!.code;

    // The facilitator signs in and starts the exercise from the control room.
    const control = await newPage(FACILITATOR_SCREEN);
    await control.goto(`${baseUrl}/staff/exercises/${exerciseId}`);
    await control.getByLabel('E-mailadres').fill('facilitator@gemeentehofstede.test');
    await control.getByLabel('Wachtwoord').fill('facilitator-wachtwoord-123');
    await control.getByRole('button', { name: 'Inloggen' }).click();
    await control.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await control.getByRole('button', { name: 'Oefening starten' }).click();
    await statusValue(control, 'Status').filter({ hasText: 'Loopt' }).waitFor();
    await statusValue(control, 'Snelheid').filter({ hasText: '60×' }).waitFor();

    // Two players join with nothing but their codes and receive the first inject.
    const mayor = await joinAs(code('burgemeester'), 'Burgemeester');
    const ciso = await joinAs(code('ciso'), 'CISO');
    for (const player of [mayor, ciso])
      await feed(player)
        .getByRole('article', { name: /Printers drukken losgeldbrieven af/ })
        .waitFor();

    // The facilitator jumps to the afternoon (the next phase): the second inject reaches both,
    // and puts the mayor the decision point.
    await control.getByRole('button', { name: /^Naar de volgende fase: Middag: melden/ }).click();
    await statusValue(control, 'Fase').filter({ hasText: 'Middag: melden' }).waitFor();
    for (const player of [mayor, ciso])
      await feed(player)
        .getByRole('article', { name: /Is dit een significant incident\?/ })
        .waitFor();
    await screenshot(ciso, 'exercise-day-ciso-feed-nl');

    // The mayor decides in BOB form: yes, which starts the CISO's NIS2 clock.
    await section(mayor, 'Besluiten').click();
    const point = mayor
      .getByRole('article', { name: /Zijn we ons bewust van een significant incident\?/ })
      .first();
    await point.getByLabel('Ja, de meldtermijnen lopen vanaf nu').check();
    await point.getByLabel(/^Beeld/).fill('De dienstverlening ligt stil; de servers zijn versleuteld.');
    await point.getByLabel(/^Oordeel/).fill('Dit is een significant incident in de zin van de wet.');
    await point.getByLabel(/^Besluit/).fill('We melden bij het CSIRT: de termijnen lopen.');
    await point.getByLabel(/^Besloten door/).fill('Burgemeester De Vries');
    await point.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await mayor
      .getByText(/Besluit vastgelegd/)
      .first()
      .waitFor();
    expect(await seriousViolations(mayor)).toEqual([]);
    await screenshot(mayor, 'exercise-day-mayor-decided-nl');

    // The facilitator sees the decision arrive, and the clock board the NIS2 clock start.
    const decision = region(control, 'Besluiten').getByRole('article', { name: 'Besluit van Burgemeester' });
    await decision.getByText('We melden bij het CSIRT: de termijnen lopen.').waitFor();
    await decision.getByText('Ja, de meldtermijnen lopen vanaf nu').waitFor();
    const board = region(control, 'Termijnenbord').getByRole('article', { name: 'NIS2-melding gemeente' });
    const earlyWarning = board.getByRole('row', { name: /Vroegtijdige waarschuwing/ });
    await earlyWarning.getByText('Loopt').waitFor();

    // The CISO sees the clock change (started, with both deadlines) and submits the early warning.
    await section(ciso, 'Termijnen').click();
    const clock = ciso.getByRole('article', { name: 'NIS2-melding gemeente' });
    const stage = clock.getByRole('article', { name: 'Vroegtijdige waarschuwing' });
    await stage.getByText('Open: de termijn loopt').waitFor();
    await stage.getByText('Operationele termijn').waitFor();
    await stage.getByText('Uiterste wettelijke termijn').waitFor();
    await stage.getByRole('button', { name: 'Vroegtijdige waarschuwing invullen' }).click();
    await group(stage, /onrechtmatige of kwaadwillige handeling/)
      .getByLabel('Ja')
      .check();
    await group(stage, /grensoverschrijdende gevolgen/)
      .getByLabel('Nee')
      .check();
    await stage
      .getByLabel(/^Wat is er tot nu toe bekend/)
      .fill('Ransomware op alle servers van het stadhuis.');
    await stage.getByLabel(/^Ingediend door/).fill('CISO Jansen');
    await stage.getByRole('button', { name: 'Melding versturen' }).click();
    await stage.getByText('Vroegtijdige waarschuwing is verstuurd.').waitFor();
    await stage.getByText('Op tijd gemeld').waitFor();
    expect(await seriousViolations(ciso)).toEqual([]);
    await screenshot(ciso, 'exercise-day-ciso-reported-nl');

    // The facilitator's board shows it met, in words and with its sign; the mayor's view too.
    await earlyWarning.getByText('Op tijd gemeld').waitFor();
    await expect(earlyWarning.textContent()).resolves.toContain('✓');
    await section(mayor, 'Termijnen').click();
    await mayor
      .getByRole('article', { name: 'NIS2-melding gemeente' })
      .getByRole('article', { name: 'Vroegtijdige waarschuwing' })
      .getByText('Op tijd gemeld')
      .waitFor();
    expect(await seriousViolations(control)).toEqual([]);
    await screenshot(control, 'exercise-day-control-nl');

    // The end, confirmed in the dialog.
    await control.getByRole('button', { name: 'Oefening beëindigen…' }).click();
    await control
      .getByRole('dialog', { name: 'Oefening beëindigen?' })
      .getByRole('button', { name: 'Ja, beëindigen' })
      .click();
    await statusValue(control, 'Status').filter({ hasText: 'Afgelopen' }).waitFor();

    // The hot wash: the players answer, the facilitator sees it and captures the group's point,
    // which every player sees.
    const hotwash = region(control, 'Hot wash');
    for (const [player, answer] of [
      [mayor, 'Het besluit over de meldplicht viel snel.'],
      [ciso, 'De melding stond klaar voordat het besluit viel.'],
    ] as const) {
      await section(player, 'Nabespreking').click();
      const question = player.getByRole('article', { name: 'Wat ging goed?' });
      await question.getByLabel(/^Uw antwoord/).fill(answer);
      await question.getByRole('button', { name: 'Antwoord versturen' }).click();
      await question.getByText(/Beantwoord/).waitFor();
      await hotwash.getByText(answer).waitFor();
    }
    await hotwash.getByRole('heading', { name: /Wat ging goed\?.*2 antwoorden/ }).waitFor();
    await hotwash.getByLabel('Punt van de groep').fill('Besluit en melding liepen gelijk op.');
    await hotwash.getByLabel('Sterk punt').check();
    await hotwash.getByRole('button', { name: 'Punt vastleggen' }).click();
    await hotwash.getByText('Besluit en melding liepen gelijk op.').waitFor();
    for (const player of [mayor, ciso])
      await player.getByText('Besluit en melding liepen gelijk op.', { exact: true }).waitFor();
    expect(await seriousViolations(control)).toEqual([]);
    await screenshot(control, 'exercise-day-hotwash-nl');
    expect(await seriousViolations(mayor)).toEqual([]);
    await screenshot(mayor, 'exercise-day-mayor-hotwash-nl');

    // From the control room to the report, and its PDF downloaded.
    await hotwash.getByRole('link', { name: 'Naar het evaluatierapport' }).click();
    await control.waitForURL(`**/staff/exercises/${exerciseId}/report`);
    const [download] = await Promise.all([
      control.waitForEvent('download'),
      control.getByRole('button', { name: 'PDF downloaden' }).click(),
    ]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).pages.join(' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('We melden bij het CSIRT: de termijnen lopen.');
    expect(text).toContain('Besluit en melding liepen gelijk op.');
    await waitFor(async () => {
      const log = await t
        .http()
        .get(`/api/exercises/${exerciseId}/events/verify`)
        .auth(a.tokens.facilitator, { type: 'bearer' });
      return log.body.valid === true;
    }, 'an intact log');
  });
});
