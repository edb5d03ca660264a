import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FakeClock, ManualScheduler } from '../support/engine-harness';
import { startFakeTimeApp } from '../support/fake-time-app';
import { ADMIN, seedOrganisation, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A laptop at the CISO's desk; the register also has to work on a tablet (the tables scroll). */
const DESK = { width: 1280, height: 900 };
const CISO = { email: 'facilitator@gemeentehofstede.test', password: 'facilitator-wachtwoord-123' };
const TITLE = 'Ransomware op de bestandsserver';

/** An instant as the Dutch wall clock reads it, for a `datetime-local` field ("2026-12-03T10:17"). */
const dutchInput = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(ms))
    .replace(' ', 'T');

/**
 * A full-page screenshot, then the page scrolled back to its top: Chromium leaves the scroll
 * position stale after the full-page capture, and the next mouse press moves the page under it.
 */
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
}

/** As the console shows a moment (auth/dates.ts formatMoment), in Dutch. */
const dutchMoment = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/**
 * The CISO's register in a real browser, with time under the test's hand as the register channel's
 * own tests have it (test/e2e/incident-register-time.e2e-spec.ts): a fake Clock and the register's
 * scheduler run by hand. The CISO opens an incident, records awareness 19 h 59 min ago and sees its
 * clocks; one minute later the NIS2 early warning is due soon, and the notice arrives on the open
 * register without a reload. Then a report makes the stage met, handling is closed and a
 * post-incident review raises an action into the improvement plan.
 */
describeWithChromium(
  "the CISO's incident register in the browser: live notices, reports, review",
  (executablePath) => {
    jest.setTimeout(180_000);

    // Whole minutes, so a datetime-local field can say the instant exactly.
    const clock = new FakeClock(Math.floor(Date.now() / MINUTE) * MINUTE);
    const scheduler = new ManualScheduler();
    let t: TestApp;
    let a: Organisation;
    let baseUrl: string;
    let browser: Browser;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      // Sign-in tokens are made on the fake clock too: let them outlive the time advanced here.
      ({ t, baseUrl } = await startFakeTimeApp(clock, scheduler, {
        ACCESS_TOKEN_TTL: String(86_400),
        REFRESH_TOKEN_TTL: String(2 * 86_400),
      }));
      a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
      browser = await launchChromium(executablePath);
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await t?.close();
    });

    async function desk(): Promise<Page> {
      const context = await browser.newContext({
        viewport: DESK,
        deviceScaleFactor: 1,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    }

    const incident = async (id: string) =>
      (await t.http().get(`/api/incidents/${id}`).auth(a.tokens.facilitator, { type: 'bearer' }).expect(200))
        .body;

    it('should open an incident, record awareness, push the due-soon notice live, take a report, close and review', async () => {
      const page = await desk();
      await page.goto(`${baseUrl}/staff/incidents`);
      await page.getByLabel('E-mailadres').fill(CISO.email);
      await page.getByLabel('Wachtwoord').fill(CISO.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Incidentregister' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Ja, verbonden' }).waitFor();
      await page.getByText('Geen deadline nadert en niets is gemist.').waitFor();

      // Opening an incident: the form says what is missing at its fields first.
      await page.getByRole('button', { name: 'Nieuw incident' }).click();
      await page.getByRole('button', { name: 'Incident openen' }).click();
      await page.getByText('Kies minstens één meldplicht.').waitFor();
      const title = page.getByRole('textbox', { name: /^Titel/ });
      await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-open-nl');
      await title.fill(TITLE);
      await page.getByRole('checkbox', { name: 'NIS2 (Cyberbeveiligingswet)' }).check();
      await page.getByRole('checkbox', { name: 'AVG (datalek)' }).check();
      await page.getByRole('button', { name: 'Incident openen' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const incidentId = new URL(page.url()).pathname.split('/').at(-1)!;

      // Awareness 19 h 59 min ago (Dutch time): every clock runs from it; nothing is due soon yet.
      const awareAt = clock.epochMs - 20 * HOUR + MINUTE;
      await page.getByLabel('Moment van bewustwording').fill(dutchInput(awareAt));
      await page.getByRole('textbox', { name: /^Besloten door/ }).fill('J. de Vries');
      await page.getByRole('textbox', { name: /^Functie/ }).fill('CISO');
      await page.getByRole('button', { name: 'Bewustwording vastleggen' }).click();
      const nis2 = page.getByRole('region', { name: 'NIS2-meldplicht' });
      const earlyWarning = nis2.getByRole('row', { name: /Vroegtijdige waarschuwing/ });
      await earlyWarning.waitFor();
      const view = await incident(incidentId);
      expect(view.awareness).toMatchObject({
        at: new Date(awareAt).toISOString(),
        by: 'J. de Vries',
        role: 'CISO',
      });
      const stage = view.clocks[0].stages.find((s: { stage: string }) => s.stage === 'early-warning');
      expect(stage.operationalDue).toBe(new Date(awareAt + 24 * HOUR).toISOString());
      // Both readings of the deadline, in Dutch time.
      await expect(earlyWarning.textContent()).resolves.toContain(dutchMoment(stage.operationalDue));
      await expect(earlyWarning.textContent()).resolves.toContain(dutchMoment(stage.legalLatest));
      await expect(earlyWarning.textContent()).resolves.toContain('Nog niet aan de beurt');
      await page
        .getByRole('region', { name: 'Meldplicht datalekken (AVG)' })
        .getByRole('row', { name: /Mededeling aan betrokkenen/ })
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // Back to the register, which stays open while time passes the due-soon boundary.
      await page.getByRole('link', { name: 'Terug naar het incidentregister' }).click();
      await page.getByRole('heading', { level: 1, name: 'Incidentregister' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Ja, verbonden' }).waitFor();
      await page.getByRole('row', { name: new RegExp(TITLE) }).waitFor();
      await page.getByText('Geen deadline nadert en niets is gemist.').waitFor();
      await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
      await waitFor(
        async () => scheduler.armed.get(`register:${a.id}`) === awareAt + 20 * HOUR,
        "the register's wake-up at the due-soon boundary",
      );
      clock.advance(MINUTE);
      await scheduler.runUntil(clock);

      const morning = page.getByRole('table', { name: 'Wat nu aandacht vraagt' });
      const notice = morning.getByRole('row', { name: /Vroegtijdige waarschuwing/ });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('Deadline nadert');
      await expect(notice.textContent()).resolves.toContain(TITLE);
      await expect(notice.textContent()).resolves.toContain(dutchMoment(stage.operationalDue));
      await expect(notice.textContent()).resolves.toContain(dutchMoment(stage.legalLatest));
      // Announced politely, and it came without a reload.
      await waitFor(
        async () =>
          (await page.locator('[aria-live="polite"]').textContent())?.includes(
            `Deadline nadert: Vroegtijdige waarschuwing voor ${TITLE}.`,
          ),
        'the polite announcement',
      );
      await expect(page.locator('[aria-live="assertive"]').textContent()).resolves.toBe('');
      await expect(
        page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded),
      ).resolves.toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-register-nl');

      // The report, from the stage's required fields: missing answers are said at their fields.
      await notice.getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('button', { name: 'Vroegtijdige waarschuwing invullen' }).click();
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      const malicious = page.getByRole('group', { name: /onrechtmatige of kwaadwillige handeling/ });
      await malicious.getByText('Kies een antwoord.').waitFor();
      await malicious.getByRole('radio', { name: 'Ja' }).check();
      await page
        .getByRole('group', { name: /grensoverschrijdende gevolgen/ })
        .getByRole('radio', { name: 'Nee' })
        .check();
      await page
        .getByRole('textbox', { name: /Wat is er tot nu toe bekend/ })
        .fill('Versleutelde bestanden, losgeldbrief');
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-report-nl');
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Vroegtijdige waarschuwing is ingediend.').waitFor();
      await expect(
        page
          .getByRole('region', { name: 'NIS2-meldplicht' })
          .getByRole('row', { name: /Vroegtijdige waarschuwing/ })
          .textContent(),
      ).resolves.toContain('Op tijd ingediend');

      // A playbook followed: attached from the library, a step ticked off.
      await page.getByRole('button', { name: 'Draaiboek toevoegen' }).click();
      const tick = page.getByRole('button', { name: /^Afvinken: / }).first();
      await tick.waitFor();
      const stepTitle = (await tick.textContent())!.replace('Afvinken: ', '');
      await tick.click();
      await page.getByText(/1 van \d+ stappen gedaan/).waitFor();
      expect(stepTitle).not.toBe('');

      // Closing handling, then the post-incident review that raises an action into the plan.
      await page.getByRole('button', { name: 'Afhandeling afsluiten' }).click();
      await page.getByRole('region', { name: 'Evaluatie na het incident' }).waitFor();
      await waitFor(async () => (await incident(incidentId)).status === 'closed', 'handling closed');
      await page
        .getByRole('textbox', { name: /Wat is er gebeurd en hoe is het afgehandeld/ })
        .fill('Ransomware via een VPN-account zonder MFA; binnen een dag hersteld.');
      await page.getByRole('button', { name: 'Observatie toevoegen' }).click();
      await page
        .getByRole('textbox', { name: /^Observatie 1/ })
        .fill('De vroegtijdige waarschuwing ging ruim op tijd.');
      await page
        .getByRole('group', { name: /Soort observatie 1/ })
        .getByRole('radio', { name: 'Sterk punt' })
        .check();
      await page.getByRole('button', { name: 'Verbeteractie toevoegen' }).click();
      const action = page.getByRole('group', { name: 'Verbeteractie 1' });
      await action.getByRole('textbox', { name: /^Verbeterpunt/ }).fill('VPN-accounts zonder MFA');
      await action
        .getByRole('textbox', { name: /^Verbeteractie/ })
        .fill('MFA verplicht op alle VPN-accounts');
      await action.getByRole('radio', { name: 'Middelen' }).check();
      await action.getByRole('textbox', { name: /^Contactpersoon/ }).fill('CISO');
      await action.getByLabel('Gereed op').fill('2027-03-01');
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-review-nl');
      await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
      await page.getByText('De evaluatie is vastgelegd; 1 actie staat nu in het verbeterplan.').waitFor();

      const plan = (
        await t
          .http()
          .get(`/api/organisations/${a.id}/improvement-actions`)
          .auth(a.tokens.facilitator, { type: 'bearer' })
          .expect(200)
      ).body as { correctiveAction: string; capabilityElement: string; dueDate: string; source: object }[];
      expect(plan).toEqual([
        expect.objectContaining({
          areaForImprovement: 'VPN-accounts zonder MFA',
          correctiveAction: 'MFA verplicht op alle VPN-accounts',
          capabilityElement: 'equipment',
          responsibleOrganisation: 'Gemeente Hofstede',
          contactRole: 'CISO',
          dueDate: '2027-03-01',
          source: { kind: 'incident', incidentId },
        }),
      ]);
      await page.getByRole('link', { name: 'MFA verplicht op alle VPN-accounts' }).waitFor();
      await page.getByRole('region', { name: 'Logboek' }).getByText('Evaluatie vastgelegd').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-incident-nl');

      // In English: the same incident and the register.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Reporting deadlines' }).waitFor();
      await expect(
        page
          .getByRole('region', { name: 'NIS2 reporting' })
          .getByRole('row', { name: /Early warning/ })
          .textContent(),
      ).resolves.toContain('Submitted on time');
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-incident-en');
      await page.getByRole('link', { name: 'Back to the incident register' }).click();
      await page.getByRole('heading', { level: 1, name: 'Incident register' }).waitFor();
      await page
        .getByRole('row', { name: new RegExp(TITLE) })
        .first()
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'incidents-register-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });
  },
);
