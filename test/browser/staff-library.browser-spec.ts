import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, FrameLocator, Locator, Page } from 'playwright-core';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { ARTEFACTS_DIR, screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** A laptop in the crisis room's back office, where the facilitator prepares and evaluates. */
const LAPTOP = { width: 1280, height: 900 };
/** An iPad Air in portrait: the player's tablet. */
const TABLET = { width: 820, height: 1180 };

const SCENARIO = 'Losgeld uit de printer: ransomware bij de gemeente Hofstede'; // ransomware-gemeente
const FIRST_INJECT = 'Printers in het stadhuis printen losgeldbrieven'; // its 00:00 inject
const ROLES = 11;
const STAFF_KEY = 'driehoek.staff';
const AREA = 'De melding aan de AP ging pas na 80 uur de deur uit';

/**
 * The facilitator's path around an exercise in a real browser: sign in (also with the keyboard
 * alone), the scenario library and a scenario's MSEL, creating an exercise and its join-code sheet
 * with QR codes, a player joining with a code from that sheet, the after-action report and its PDF
 * after the end, and the organisation's improvement plan. Every view is checked with axe-core and
 * photographed in Dutch and English. No clock runs: the exercise is started and ended over the API.
 */
describeWithChromium(
  'staff in the browser: sign-in, library, exercise, join codes, report, plan',
  (executablePath) => {
    jest.setTimeout(300_000);

    let t: TestApp;
    let a: Organisation;
    let baseUrl: string;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const facilitator = {
      email: 'facilitator@gemeentehofstede.test',
      password: 'facilitator-wachtwoord-123',
    };
    const bearer = { type: 'bearer' as const };

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

    async function newPage(viewport = LAPTOP): Promise<Page> {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    }

    const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

    async function check(page: Page, name: string): Promise<void> {
      // The server's documents are framed with sandbox="", where axe cannot run (support/axe.ts).
      expect(await seriousViolations(page, ['iframe[sandbox]'])).toEqual([]);
      await screenshot(page, name);
    }

    async function focused(locator: Locator): Promise<boolean> {
      return locator.evaluate((element) => element === element.ownerDocument.activeElement);
    }

    async function tabTo(page: Page, locator: Locator, limit = 15): Promise<void> {
      for (let steps = 0; !(await focused(locator)); steps++) {
        if (steps > limit) throw new Error(`${locator.toString()} cannot be reached with Tab`);
        await page.keyboard.press('Tab');
      }
    }

    /** What the console keeps for the tab (auth/session.ts): the tokens of the session. */
    async function storedSession(page: Page): Promise<{ accessToken: string; refreshToken: string } | null> {
      const raw = await page.evaluate<string | null>(`sessionStorage.getItem('${STAFF_KEY}')`);
      return raw ? (JSON.parse(raw) as { accessToken: string; refreshToken: string }) : null;
    }

    /** The first bytes of a download: what the person's disk received. */
    async function firstBytes(download: Download, count = 5): Promise<string> {
      const path = await download.path();
      return (await readFile(path)).subarray(0, count).toString('latin1');
    }

    async function signIn(page: Page): Promise<void> {
      await page.getByLabel('E-mailadres').fill(facilitator.email);
      await page.getByLabel('Wachtwoord').fill(facilitator.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
    }

    /** The server's document in its sandboxed frame, once it has loaded. */
    async function frame(page: Page, title: RegExp): Promise<FrameLocator> {
      const element = page.locator('iframe').and(page.getByTitle(title));
      await element.waitFor();
      expect(await element.getAttribute('sandbox')).toBe('');
      return element.contentFrame();
    }

    it('should sign in with the keyboard alone, from the landing page, and back to sign-in after signing out', async () => {
      const page = await newPage();
      await page.goto(`${baseUrl}/`);
      const link = page.getByRole('link', { name: 'Inloggen voor oefenleiding en evaluatie' });
      await link.waitFor();
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await heading(page, 'Inloggen').waitFor();
      await check(page, 'staff-signin-nl');

      const email = page.getByLabel('E-mailadres');
      await tabTo(page, email);
      await page.keyboard.type(facilitator.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type('niet-het-wachtwoord');
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' })
        .waitFor();
      await check(page, 'staff-signin-error-nl');
      // The focus went back to the form, so the keyboard carries on from there.
      expect(await focused(email)).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(facilitator.password);
      await page.keyboard.press('Enter');
      await heading(page, 'Oefenleiding').waitFor();
      await page.getByText('Gemeente Hofstede — oefenleider').waitFor();
      await check(page, 'staff-home-nl');

      // Tokens are kept for the tab, not on the device.
      expect(await storedSession(page)).toMatchObject({ accessToken: expect.any(String) });
      expect(await page.evaluate<string>('JSON.stringify(localStorage)')).not.toContain('Token');

      const signOut = page.getByRole('button', { name: 'Uitloggen' });
      await tabTo(page, signOut, 25);
      await page.keyboard.press('Enter');
      await heading(page, 'Inloggen').waitFor();
      await page.getByText('U bent uitgelogd.').waitFor();
      expect(await storedSession(page)).toBeNull();

      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Sign in').waitFor();
      await check(page, 'staff-signin-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('should renew an access token the server refuses once, and send the person to sign-in when the session has ended', async () => {
      const page = await newPage();
      await page.goto(`${baseUrl}/staff`);
      await heading(page, 'Inloggen').waitFor();
      expect(new URL(page.url()).searchParams.get('next')).toBe('/staff');
      await signIn(page);
      await heading(page, 'Oefenleiding').waitFor();

      // An access token the server no longer takes: the page renews it once and carries on.
      const before = (await storedSession(page))!;
      await page.evaluate(
        `sessionStorage.setItem('${STAFF_KEY}', ${JSON.stringify(JSON.stringify({ ...before, accessToken: 'no-longer-valid' }))})`,
      );
      await page.reload();
      await page.getByRole('link', { name: 'Scenariobibliotheek' }).click();
      await heading(page, 'Scenariobibliotheek').waitFor();
      await page.getByRole('link', { name: SCENARIO }).waitFor();
      const after = (await storedSession(page))!;
      expect(after.accessToken).not.toBe('no-longer-valid');
      expect(after.refreshToken).not.toBe(before.refreshToken);

      // Signed out elsewhere: the session is over, and the page says so at the next request.
      await t.http().post('/api/auth/logout').auth(after.accessToken, bearer).expect(204);
      await page
        .getByRole('navigation', { name: 'Oefenleiding' })
        .getByRole('link', { name: 'Oefenleiding' })
        .click();
      await heading(page, 'Inloggen').waitFor();
      await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
    });

    it('should take a facilitator from the library to an exercise, its join codes, its report and the plan', async () => {
      // An earlier exercise of the organisation raised an action that is still open.
      const earlier = await t
        .http()
        .post('/api/exercises')
        .auth(a.tokens.facilitator, bearer)
        .send({ scenarioId: 'ransomware-gemeente' })
        .expect(201);
      const raised = await t
        .http()
        .post(`/api/organisations/${a.id}/improvement-actions`)
        .auth(a.tokens.facilitator, bearer)
        .send({
          areaForImprovement: AREA,
          correctiveAction: 'Meldroute AVG in het crisisplan opnemen, met de FG als eigenaar',
          capabilityElement: 'planning',
          responsibleOrganisation: 'Gemeente Hofstede',
          contactRole: 'FG',
          dueDate: '2027-03-31',
          source: { exerciseId: earlier.body.id },
        })
        .expect(201);

      const page = await newPage();
      await page.goto(`${baseUrl}/staff/scenarios`);
      await heading(page, 'Inloggen').waitFor();
      await signIn(page);

      // The library: shipped scenarios, each with its owner.
      await heading(page, 'Scenariobibliotheek').waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: SCENARIO }) });
      await expect(row.textContent()).resolves.toContain('Meegeleverd met Driehoek');
      await expect(row.textContent()).resolves.toContain('11 rollen');
      await check(page, 'staff-library-nl');

      // A scenario: objectives, roles and the MSEL as the server renders it, in a sandboxed frame.
      await page.getByRole('link', { name: SCENARIO }).click();
      await heading(page, SCENARIO).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Oefendoelen' }).waitFor();
      await page.getByRole('heading', { level: 2, name: '11 rollen' }).waitFor();
      const msel = await frame(page, /^Draaiboek \(MSEL\) van/);
      const firstRow = msel.getByRole('row').filter({ hasText: FIRST_INJECT });
      await firstRow.first().waitFor();
      // Its table has borders, though the frame may take no stylesheet (see server-document.tsx).
      await expect(
        msel
          .locator('th')
          .first()
          .evaluate((th) => th.ownerDocument.defaultView!.getComputedStyle(th).borderTopStyle),
      ).resolves.not.toBe('none');
      // The frame is painted (for the screenshots) once it has been on screen.
      await page.getByTitle(/^Draaiboek \(MSEL\) van/).scrollIntoViewIfNeeded();
      await page
        .getByTitle(/^Draaiboek \(MSEL\) van/)
        .screenshot({ path: join(ARTEFACTS_DIR, 'staff-msel-nl.png') });
      await check(page, 'staff-scenario-nl');
      const [mselPdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'MSEL downloaden als PDF' }).click(),
      ]);
      expect(mselPdf.suggestedFilename()).toBe('msel-ransomware-gemeente-v1.pdf');
      expect(await firstBytes(mselPdf)).toBe('%PDF-');
      const [mselCsv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'MSEL downloaden als CSV' }).click(),
      ]);
      expect(await readFile(await mselCsv.path(), 'utf8')).toContain(FIRST_INJECT);

      // Creating the exercise: the open action it can re-test, and the codes.
      await page.getByLabel('Snelheid van de oefenklok').selectOption({ label: 'Echte tijd (1×)' });
      await page.getByRole('button', { name: 'Oefening aanmaken' }).click();
      const created = page.getByRole('heading', { level: 2, name: `Oefening aangemaakt: ${SCENARIO}` });
      await created.waitFor();
      expect(await focused(created)).toBe(true);
      await page.getByRole('link', { name: AREA }).waitFor();
      await expect(page.getByRole('row').filter({ hasText: 'CISO' }).textContent()).resolves.toMatch(
        /[0-9A-Z]{4}-/,
      );
      await check(page, 'staff-created-nl');
      const exercises = await t.http().get('/api/exercises').auth(a.tokens.facilitator, bearer).expect(200);
      const exerciseId = (exercises.body as { id: string; createdAt: string }[])
        .filter((e) => e.id !== earlier.body.id)
        .sort((x, y) => y.createdAt.localeCompare(x.createdAt))[0].id;

      // The join-code sheet: a block per role with its code and a QR code that loaded.
      await page.getByRole('link', { name: 'Deelnamecodes afdrukken (A4 met QR-codes)' }).click();
      await heading(page, /Deelnamecodes/).waitFor();
      const blocks = page.getByRole('list', { name: 'Codes per rol' }).getByRole('listitem');
      await waitFor(async () => (await blocks.count()) === ROLES, 'a block per role');
      const ciso = blocks.filter({ has: page.getByRole('heading', { name: 'CISO', exact: true }) });
      const qr = ciso.getByRole('img', { name: 'QR-code om als CISO deel te nemen' });
      await waitFor(
        async () =>
          qr.evaluate(
            (img) => 'complete' in img && img.complete && (img as { naturalWidth: number }).naturalWidth > 0,
          ),
        'the QR image',
      );
      expect(await page.getByRole('img', { name: /^QR-code om als/ }).count()).toBe(ROLES);
      await expect(ciso.textContent()).resolves.toContain(`Ga naar ${baseUrl}/join en vul deze code in`);
      await expect(ciso.textContent()).resolves.toContain(`Go to ${baseUrl}/join and enter this code`);
      const code = (await ciso.locator('code').textContent())!.trim();
      await check(page, 'staff-codes-nl');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.dh-header').isVisible()).resolves.toBe(false);
      await screenshot(page, 'staff-codes-print-nl');
      await page.emulateMedia({ media: 'screen' });

      // A player on a tablet joins with the code from the sheet.
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/start`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      const player = await newPage(TABLET);
      await player.goto(`${baseUrl}/`);
      await player.getByLabel('Deelnamecode').fill(code);
      await player.getByRole('button', { name: 'Deelnemen met code' }).click();
      await player.getByRole('heading', { level: 1, name: 'CISO' }).waitFor();
      await player.getByRole('article', { name: FIRST_INJECT }).waitFor();

      // After the end, the report: HTML in the frame, the PDF as a download.
      await t.http().post(`/api/exercises/${exerciseId}/end`).auth(a.tokens.facilitator, bearer).expect(200);
      await page
        .getByRole('navigation', { name: 'Oefenleiding' })
        .getByRole('link', { name: 'Oefenleiding' })
        .click();
      await heading(page, 'Oefenleiding').waitFor();
      const exerciseRow = page.getByRole('row').filter({ hasText: 'Afgelopen' });
      await exerciseRow.getByRole('link', { name: `Verslag van ${SCENARIO}` }).click();
      await heading(page, /Evaluatieverslag/).waitFor();
      const report = await frame(page, /^Evaluatieverslag van/);
      await report.getByRole('heading', { level: 1 }).waitFor();
      await expect(report.locator('html').getAttribute('lang')).resolves.toBe('nl');
      await check(page, 'staff-report-nl');
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF downloaden' }).click(),
      ]);
      expect(pdf.suggestedFilename()).toMatch(/^verslag-.*-nl\.pdf$/);
      expect(await firstBytes(pdf)).toBe('%PDF-');
      const [exported] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export van de oefening downloaden (JSON)' }).click(),
      ]);
      expect(JSON.parse(await readFile(await exported.path(), 'utf8'))).toBeTruthy();
      await page.getByRole('radio', { name: 'English' }).check();
      await waitFor(
        async () =>
          (await (await frame(page, /^Evaluatieverslag van/)).locator('html').getAttribute('lang')) === 'en',
        'the report in English',
      );

      // The improvement plan: the action raised over the API, and changing its status.
      await page
        .getByRole('navigation', { name: 'Oefenleiding' })
        .getByRole('link', { name: 'Oefenleiding' })
        .click();
      await page.getByRole('link', { name: 'Verbeterplan' }).click();
      await heading(page, /Verbeterplan/).waitFor();
      await page.getByRole('status').filter({ hasText: '1 actie' }).waitFor();
      await check(page, 'staff-improvement-nl');
      await page.getByRole('link', { name: AREA }).click();
      await heading(page, 'Verbeteractie').waitFor();
      await page.getByRole('radio', { name: 'Vervallen' }).check();
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      // Dropping needs a reason: the server says so, beside the field.
      const reason = page.getByLabel('Reden');
      await waitFor(async () => (await reason.getAttribute('aria-invalid')) === 'true', 'the reason marked');
      const describedBy = (await reason.getAttribute('aria-describedby'))!.split(' ');
      const said = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(said.join(' ')).toContain('Dit veld is verplicht.');
      expect(await focused(reason)).toBe(true);
      await check(page, 'staff-action-error-nl');
      await reason.fill('Vervangen door de nieuwe meldprocedure van de regio');
      await page.getByRole('button', { name: 'Status opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'Opgeslagen: de status is nu Vervallen.' }).waitFor();
      await page.getByRole('cell', { name: /Status: Open → Vervallen/ }).waitFor();
      const action = await t
        .http()
        .get(`/api/organisations/${a.id}/improvement-actions/${raised.body.id}`)
        .auth(a.tokens.facilitator, bearer)
        .expect(200);
      expect(action.body).toMatchObject({
        status: 'dropped',
        reason: 'Vervangen door de nieuwe meldprocedure van de regio',
      });
      await check(page, 'staff-action-nl');
      await page.getByRole('link', { name: 'Terug naar het verbeterplan' }).click();
      await heading(page, /Verbeterplan/).waitFor();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Verbeterplan downloaden (CSV)' }).click(),
      ]);
      expect(await readFile(await csv.path(), 'utf8')).toContain(AREA);
      // The filter: without dropped actions the plan is empty now, and says so politely.
      await page.getByRole('checkbox', { name: 'Vervallen' }).uncheck();
      await page.getByRole('status').filter({ hasText: '0 acties' }).waitFor();
      expect(new URL(page.url()).searchParams.get('status')).toBe('open,in-progress,done');
      await page.getByRole('checkbox', { name: 'Vervallen' }).check();
      await page.getByRole('link', { name: AREA }).waitFor();

      // Every view in English too. A reload forgets the codes: the sheet offers new ones.
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, /Improvement plan/).waitFor();
      await check(page, 'staff-improvement-en');
      await page.getByRole('link', { name: AREA }).click();
      await heading(page, 'Improvement action').waitFor();
      await check(page, 'staff-action-en');
      await page
        .getByRole('navigation', { name: 'Exercise control' })
        .getByRole('link', { name: 'Exercise control' })
        .click();
      await heading(page, 'Exercise control').waitFor();
      await check(page, 'staff-home-en');
      await page.getByRole('link', { name: 'Scenario library' }).click();
      await heading(page, 'Scenario library').waitFor();
      await check(page, 'staff-library-en');
      await page.getByRole('link', { name: SCENARIO }).click();
      await heading(page, SCENARIO).waitFor();
      await (
        await frame(page, /^Master scenario events list/)
      )
        .getByRole('row')
        .filter({ hasText: FIRST_INJECT })
        .first()
        .waitFor();
      await check(page, 'staff-scenario-en');
      await page.goto(`${baseUrl}/staff/exercises/${exerciseId}/report`);
      await heading(page, /After-action report/).waitFor();
      await (await frame(page, /^After-action report of/)).getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'staff-report-en');
      await page.goto(`${baseUrl}/staff/exercises/${exerciseId}/codes`);
      await heading(page, /Join codes/).waitFor();
      await page.getByText('The server shows join codes only when they are made').waitFor();
      await check(page, 'staff-codes-missing-en');
      await page.getByRole('button', { name: `Issue ${ROLES} new codes…` }).click();
      const dialog = page.getByRole('dialog', { name: 'Issue new join codes?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Yes, issue new codes' }).click();
      await waitFor(
        async () => (await page.getByRole('img', { name: /^QR code to join as/ }).count()) === ROLES,
        'new codes',
      );
      const renewed = (await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'CISO', exact: true }) })
        .locator('code')
        .textContent())!.trim();
      expect(renewed).not.toBe(code);
      await check(page, 'staff-codes-en');

      // On a tablet the views fit the width: tables scroll inside their own box, the page does not.
      await page.setViewportSize(TABLET);
      await page.getByRole('button', { name: 'Nederlands' }).click();
      const fits = () => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
      await heading(page, /Deelnamecodes/).waitFor();
      expect(await fits()).toBe(true);
      await check(page, 'staff-codes-tablet-nl');
      await page
        .getByRole('navigation', { name: 'Oefenleiding' })
        .getByRole('link', { name: 'Oefenleiding' })
        .click();
      await heading(page, 'Oefenleiding').waitFor();
      expect(await fits()).toBe(true);
      await page.getByRole('link', { name: 'Verbeterplan' }).click();
      await heading(page, /Verbeterplan/).waitFor();
      await page.getByRole('link', { name: AREA }).waitFor();
      expect(await fits()).toBe(true);
      await check(page, 'staff-improvement-tablet-nl');
    });
  },
);
