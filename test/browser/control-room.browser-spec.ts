import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { connectParticipant } from '../support/participant';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** A tablet in landscape: the facilitator's screen in the crisis room. */
const TABLET = { width: 1180, height: 820 };

const TITLE = 'Losgeld uit de printer: ransomware bij de gemeente Hofstede';
const FACILITATOR = { email: 'facilitator@gemeentehofstede.test', password: 'facilitator-wachtwoord-123' };
const EVALUATOR = { email: 'evaluator@gemeentehofstede.test', password: 'evaluator-wachtwoord-123' };
const FIRST_INJECT = 'Printers in het stadhuis printen losgeldbrieven'; // 00:00
const SECOND_INJECT = 'Servicedesk loopt vol met storingsmeldingen'; // 00:05
const THIRD_INJECT = 'Tekst van de losgeldbrief (vertaald)'; // 00:12
const HELD_INJECT = 'Raadslid eist openheid op sociale media'; // hold: true
const NEXT_PHASE = 'Maandag 08:45 – het crisisteam aan zet'; // phase 2, 01:15

/**
 * The facilitator's control room in a real browser, on the shipped ransomware scenario: sign in,
 * start, fire / skip / postpone, an ad-hoc inject refused at its field by the server, jumps, a
 * player's decision arriving live, the clock board, next phase, speed, pause, end behind a dialog,
 * the hot wash — and the same with the keyboard alone. The exercise runs at 1× and time moves only
 * by the facilitator's jumps, so nothing fires by itself while the test acts.
 */
describeWithChromium(
  'the facilitator in the browser: the control room of a running exercise',
  (executablePath) => {
    jest.setTimeout(240_000);

    let t: TestApp;
    let a: Organisation;
    let baseUrl: string;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const sockets: Socket[] = [];

    beforeAll(async () => {
      t = await startTestApp({ SCENARIOS_DIR: join(__dirname, '../../scenarios') });
      await t.app.listen(0, '127.0.0.1');
      baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
      a = await seedOrganisation(t, await t.login(ADMIN.email, ADMIN.password), 'Gemeente Hofstede');
      browser = await launchChromium(executablePath);
    });

    afterAll(async () => {
      for (const socket of sockets) socket.disconnect();
      for (const context of contexts) await context.close();
      await browser?.close();
      await t?.close();
    });

    const bearer = { type: 'bearer' as const };

    async function createExercise(): Promise<{ exerciseId: string; codes: Record<string, string> }> {
      const created = await t
        .http()
        .post('/api/exercises')
        .auth(a.tokens.facilitator, bearer)
        .send({ scenarioId: 'ransomware-gemeente', speed: 1 })
        .expect(201);
      const codes = Object.fromEntries(
        (created.body.joinCodes as { role: string; code: string }[]).map((c) => [c.role, c.code]),
      );
      return { exerciseId: created.body.id as string, codes };
    }

    /** A fresh browser on a tablet, as a facilitator's or a player's. */
    async function tablet(): Promise<Page> {
      const context = await browser.newContext({
        viewport: TABLET,
        deviceScaleFactor: 1,
        hasTouch: true,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      return context.newPage();
    }

    /** The control room of the exercise, signed in as its facilitator (the guard sends us through sign-in). */
    async function openControlRoom(exerciseId: string, account = FACILITATOR): Promise<Page> {
      const page = await tablet();
      page.setDefaultTimeout(20_000);
      await page.goto(`${baseUrl}/staff/exercises/${exerciseId}`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await page.getByLabel('E-mailadres').fill(account.email);
      await page.getByLabel('Wachtwoord').fill(account.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await connected(page);
      return page;
    }

    const connected = (page: Page) =>
      page
        .getByRole('status')
        .filter({ hasText: /^(Verbonden|Connected)$/ })
        .waitFor();
    const statusValue = (page: Page, label: string) =>
      page
        .locator('.dh-control-status div')
        .filter({ has: page.locator('dt', { hasText: label }) })
        .locator('dd');
    const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name, exact: true });
    const article = (within: Locator, name: string | RegExp) => within.getByRole('article', { name });
    /** An article whose accessible name contains `text` (titles have parentheses and colons). */
    const titled = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

    /** Presses Tab until `target` has the focus (a keyboard user's way there), or fails after `max`. */
    async function tabTo(page: Page, target: Locator, max = 60, key = 'Tab'): Promise<void> {
      for (let steps = 0; ; steps++) {
        if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
        if (steps >= max) throw new Error(`cannot reach ${String(target)} with ${key}`);
        await page.keyboard.press(key);
      }
    }

    const hasFocus = (target: Locator) =>
      target.evaluate((element) => element === element.ownerDocument.activeElement);

    it('should run an exercise from the control room: start, the timeline, injects, decisions, clocks, phases, the end and the hot wash', async () => {
      const { exerciseId, codes } = await createExercise();
      const page = await openControlRoom(exerciseId);

      await expect(statusValue(page, 'Status').textContent()).resolves.toBe('Concept, nog niet gestart');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-draft-nl');

      // Start: the first inject is what happened; the next ones are coming.
      await page.getByRole('button', { name: 'Oefening starten' }).click();
      await statusValue(page, 'Status').filter({ hasText: 'Loopt' }).waitFor();
      const happened = region(page, 'Wat er gebeurde (nieuwste eerst)');
      const coming = region(page, 'Wat er komt');
      await article(happened, titled(FIRST_INJECT)).waitFor();
      await expect(statusValue(page, 'Scenariotijd').textContent()).resolves.toMatch(
        /ma 23 nov.*07:30.*T\+00:00/,
      );

      // Postpone the next inject by a quarter of an hour; skip the one after.
      const second = article(coming, titled(SECOND_INJECT));
      await second.getByText('Gepland op T+00:05').waitFor();
      await second.getByText(`Uitstellen: ${SECOND_INJECT}`).click();
      await second.getByLabel('Hoeveel later').fill('00:15');
      await second.getByRole('button', { name: 'Uitstellen', exact: true }).click();
      await second.getByText('Gepland op T+00:20').waitFor();
      await article(happened, /Bericht uitgesteld/).waitFor();
      const third = article(coming, titled(THIRD_INJECT));
      await third.getByRole('button', { name: 'Overslaan' }).click();
      await third.getByText('Overgeslagen').waitFor();

      // A held inject goes out when the facilitator says so, and can go again.
      const held = article(region(page, 'Achtergehouden berichten'), titled(HELD_INJECT));
      await held.getByText('Nog niet verstuurd.').waitFor();
      await held.getByRole('button', { name: 'Nu versturen' }).click();
      await held.getByText('1 keer verstuurd.').waitFor();
      await held.getByRole('button', { name: 'Nogmaals versturen' }).waitFor();
      await article(happened, titled(HELD_INJECT)).waitFor();

      // An ad-hoc inject: the form's own checks, then the server's refusal at the field it names.
      const adHoc = region(page, 'Bericht van buitenaf sturen');
      await adHoc.getByRole('button', { name: 'Bericht versturen' }).click();
      const titleField = adHoc.getByLabel('Titel');
      await expect(titleField.getAttribute('aria-invalid')).resolves.toBe('true');
      await waitFor(() => hasFocus(titleField), 'the focus on the first field in error');
      await adHoc.getByText('Kies ten minste één rol, of iedereen.').waitFor();
      await titleField.fill('Burgemeester van Oostrand belt');
      const content = adHoc.getByLabel('Tekst');
      await content.fill('x'.repeat(20_001));
      await adHoc.getByLabel('Kanaal').selectOption({ label: 'Telefoon' });
      await adHoc.getByLabel('Burgemeester', { exact: true }).check();
      await adHoc.getByRole('button', { name: 'Bericht versturen' }).click();
      await waitFor(
        async () => (await content.getAttribute('aria-invalid')) === 'true',
        'the server refusing the text',
      );
      const described = (await content.getAttribute('aria-describedby'))!;
      await expect(page.locator(`[id="${described}"]`).textContent()).resolves.toMatch(
        /20000|20,000|at most/,
      );
      await waitFor(() => hasFocus(content), 'the focus on the field the server refused');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-adhoc-error-nl');
      await content.fill('De burgemeester van Oostrand biedt hulp aan met communicatie.');
      await adHoc.getByRole('button', { name: 'Bericht versturen' }).click();
      await adHoc
        .getByRole('status')
        .filter({ hasText: 'Verstuurd: Burgemeester van Oostrand belt.' })
        .waitFor();
      await article(happened, /Burgemeester van Oostrand belt/)
        .getByText('Aan: Burgemeester.')
        .waitFor();

      // The jump is checked before it is sent, then moves the clock: a decision point opens, the AVG clock runs.
      const jump = page.getByLabel('Springen naar scenariotijd');
      await jump.fill('straks');
      await page.getByRole('button', { name: 'Springen', exact: true }).click();
      await page.getByText('Schrijf de tijd als UU:MM, UU:MM:SS of <dagen>d UU:MM').first().waitFor();
      await expect(jump.getAttribute('aria-invalid')).resolves.toBe('true');
      await jump.fill('00:00');
      await page.getByRole('button', { name: 'Springen', exact: true }).click();
      await page.getByText(/Dat is niet later dan nu/).waitFor();
      await jump.fill('4d 00:00');
      await page.getByRole('button', { name: 'Springen', exact: true }).click();
      await page.getByText('Dat is na het einde van het scenario (T+3d 02:30).').waitFor();
      await jump.fill('00:56');
      await page.getByRole('button', { name: 'Springen', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Gesprongen naar T\+00:56 \(ma 23 nov.*08:26\)/ })
        .waitFor();
      await statusValue(page, 'Scenariotijd')
        .filter({ hasText: /08:26.*T\+00:56/ })
        .waitFor();
      // What the jump passed over fired at once, each at its own time on the timeline.
      await article(happened, titled('Draaiboek meldplicht: is dit een significant incident?')).waitFor();
      const decisions = region(page, 'Besluiten');
      await decisions
        .getByText(/Gemeentesecretaris: Zijn we ons bewust van een significant incident/)
        .waitFor();
      const board = region(page, 'Termijnenbord');
      const avg = article(board, 'AVG art. 33: melding datalek aan de Autoriteit Persoonsgegevens');
      await avg.getByRole('columnheader', { name: 'Streefdeadline' }).waitFor();
      await avg.getByRole('columnheader', { name: 'Wettelijk uiterlijk' }).waitFor();
      await avg
        .getByText(/^Nog .* scenariotijd; de klok staat stil$|^Nog .* scenariotijd; in echte tijd ongeveer/)
        .first()
        .waitFor();
      await avg.locator('.dh-control-stage', { hasText: 'Loopt' }).first().waitFor();

      // A player decides over the realtime channel: the decision appears live, is announced, starts NIS2.
      const secretaris = connectParticipant(baseUrl, { joinCode: codes.gemeentesecretaris }, sockets);
      await secretaris.snapshot;
      const decided = await secretaris.send('decision.record', {
        decisionPointId: 'dp-nis2-bewust',
        optionId: 'bewust',
        beeld: 'Servers en back-ups versleuteld; dienstverlening ligt stil.',
        oordeel: 'Dit is een significant incident.',
        besluit: 'We melden onder de Cyberbeveiligingswet.',
        legalBasis: ['Cyberbeveiligingswet (meldplicht significante incidenten)'],
        decidedBy: 'Gemeentesecretaris Van Dijk',
      });
      expect(decided.ok).toBe(true);
      const decision = article(decisions, 'Besluit van Gemeentesecretaris');
      await decision.getByText('We melden onder de Cyberbeveiligingswet.').waitFor();
      await decision.getByText('Gemeentesecretaris Van Dijk').waitFor();
      await decision.getByText(/^Ja: we zijn ons bewust van een significant incident/).waitFor();
      await decision.getByText('Cyberbeveiligingswet (meldplicht significante incidenten)').waitFor();
      const live = page.locator('[aria-live="polite"]');
      await waitFor(
        async () => (await live.textContent())?.includes('Nieuw besluit van Gemeentesecretaris'),
        'the decision announced',
      );
      const nis2 = article(board, 'Cbw/NIS2: vroegtijdige waarschuwing, incidentmelding en eindverslag');
      await nis2.getByRole('rowheader', { name: /Vroegtijdige waarschuwing/ }).waitFor();

      // As the CSIRT, the facilitator asks for an intermediate report: a new stage with its own deadline.
      await nis2.getByLabel('Tussentijds verslag vragen (als CSIRT)').fill('12:00');
      await nis2.getByRole('button', { name: 'Verslag vragen' }).click();
      await nis2.getByRole('rowheader', { name: /Tussentijds verslag/ }).waitFor();

      // Next phase: a jump to the start of the scenario's next phase.
      await page.getByRole('button', { name: `Naar de volgende fase: ${NEXT_PHASE} (T+01:15)` }).click();
      await statusValue(page, 'Fase').filter({ hasText: NEXT_PHASE }).waitFor();
      await article(happened, /Het gemeentelijk crisisteam komt bijeen/).waitFor();

      // Speed: out of range is refused here; then pause, and the same button resumes.
      const speed = page.getByLabel('Snelheid', { exact: true });
      await speed.fill('5000');
      await page.getByRole('button', { name: 'Snelheid wijzigen' }).click();
      await page.getByText('Vul een snelheid in van 1 tot en met 3600.').waitFor();
      await speed.fill('2');
      await page.getByRole('button', { name: 'Snelheid wijzigen' }).click();
      await statusValue(page, 'Snelheid').filter({ hasText: '2×' }).waitFor();
      await page.getByRole('button', { name: 'Pauzeren' }).click();
      await statusValue(page, 'Status').filter({ hasText: 'Gepauzeerd' }).waitFor();
      await page.getByRole('button', { name: 'Hervatten' }).waitFor();

      const participants = region(page, 'Deelnemers per rol');
      await participants
        .getByRole('row', { name: /Gemeentesecretaris.*1 verbonden, sinds.*Werkt.*Besluit om/ })
        .waitFor();
      await participants.getByText('Staf verbonden (u meegeteld): 1 oefenleider en 0 evaluatoren.').waitFor();

      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-running-nl');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      await statusValue(page, 'Status').filter({ hasText: 'Paused' }).waitFor();
      await page
        .getByRole('region', { name: 'Decisions', exact: true })
        .getByText('Decision of Gemeentesecretaris')
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-running-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();

      // Ending asks first; cancelling changes nothing.
      const endButton = page.getByRole('button', { name: 'Oefening beëindigen…' });
      await endButton.click();
      const dialog = page.getByRole('dialog', { name: 'Oefening beëindigen?' });
      await dialog.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-end-dialog-nl');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect(statusValue(page, 'Status').textContent()).resolves.toBe('Gepauzeerd');
      await endButton.click();
      await dialog.getByRole('button', { name: 'Ja, beëindigen' }).click();
      await statusValue(page, 'Status').filter({ hasText: 'Afgelopen' }).waitFor();

      // The hot wash: points every participant sees, the players' answers, the way to the report.
      const hotwash = region(page, 'Hot wash');
      await expect(
        hotwash.getByRole('link', { name: 'Naar het evaluatierapport' }).getAttribute('href'),
      ).resolves.toBe(`/staff/exercises/${exerciseId}/report`);
      await hotwash.getByRole('button', { name: 'Punt vastleggen' }).click();
      await hotwash.getByText('Schrijf het punt op.').waitFor();
      await hotwash.getByLabel('Punt van de groep').fill('Het NIS2-besluit viel op tijd en met grondslag.');
      await hotwash.getByLabel('Sterk punt').check();
      await hotwash.getByRole('button', { name: 'Punt vastleggen' }).click();
      await hotwash.getByRole('heading', { name: '1 vastgelegd punt' }).waitFor();
      await hotwash.getByText('Het NIS2-besluit viel op tijd en met grondslag.').waitFor();
      await waitFor(
        async () => secretaris.received.find((event) => event.type === 'hotwash.point-captured'),
        'the player receiving the point',
      );
      const answered = await secretaris.send('debrief.answer', {
        questionId: 'goed',
        answer: 'De samenwerking in het crisisteam.',
      });
      expect(answered.ok).toBe(true);
      await hotwash.getByText('De samenwerking in het crisisteam.').waitFor();
      await hotwash.getByRole('heading', { name: /Wat ging goed\?.*1 antwoord/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-ended-nl');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Hot wash' }).waitFor();
      await page.getByRole('link', { name: 'To the after-action report' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-ended-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('should show who is connected per role, live: a player joins and the page closes', async () => {
      const { exerciseId, codes } = await createExercise();
      const page = await openControlRoom(exerciseId);
      const participants = region(page, 'Deelnemers per rol');
      const mayor = participants.getByRole('row', { name: /^Burgemeester/ });
      await mayor.getByRole('cell', { name: 'niet verbonden', exact: true }).waitFor();

      // A mayor joins on a tablet of their own, with the join code's link.
      const player = await tablet();
      await player.goto(`${baseUrl}/join?code=${encodeURIComponent(codes.burgemeester)}`);
      await player.getByRole('heading', { level: 1, name: 'Burgemeester' }).waitFor();
      await mayor.getByRole('cell', { name: /^1 verbonden, sinds \d{2}:\d{2}:\d{2}$/ }).waitFor();
      const live = page.locator('[aria-live="polite"]');
      await waitFor(
        async () =>
          (await live.allTextContents()).some((text) => text.includes('Burgemeester is verbonden.')),
        'the mayor announced as connected',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-presence-nl');

      // The mayor's tablet closes the page: the role is not connected any more.
      await player.close();
      await mayor.getByRole('cell', { name: 'niet verbonden', exact: true }).waitFor();
      await waitFor(
        async () =>
          (await live.allTextContents()).some((text) =>
            text.includes('Burgemeester is niet meer verbonden.'),
          ),
        'the mayor announced as gone',
      );
      await page.getByRole('button', { name: 'English' }).click();
      await page
        .getByRole('region', { name: 'Participants per role', exact: true })
        .getByRole('row', { name: /^Burgemeester.*not connected/ })
        .waitFor();
      await screenshot(page, 'control-presence-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('should not offer an evaluator the controls their role may not use, and say why', async () => {
      const { exerciseId } = await createExercise();
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/start`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      const page = await openControlRoom(exerciseId, EVALUATOR);
      await statusValue(page, 'Status').filter({ hasText: 'Loopt' }).waitFor();
      const clock = region(page, 'Klok');
      await clock.getByText(/^U bent evaluator in deze oefening/).waitFor();
      await region(page, 'Tijdlijn')
        .getByText('Injects afvuren, overslaan, uitstellen of zelf schrijven doet de oefenleider.')
        .waitFor();
      const coming = region(page, 'Wat er komt');
      await article(coming, titled(SECOND_INJECT)).waitFor();
      for (const name of [
        'Pauzeren',
        'Oefening starten',
        'Oefening beëindigen…',
        'Springen',
        'Snelheid wijzigen',
        'Nu versturen',
        'Overslaan',
        'Verslag vragen',
      ])
        expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      expect(await page.getByLabel('Springen naar scenariotijd').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Bericht van buitenaf sturen' }).count()).toBe(0);
      // Presence is there for an evaluator too; the join codes are the facilitator's to manage.
      const participants = region(page, 'Deelnemers per rol');
      await participants.getByText('Staf verbonden (u meegeteld): 0 oefenleiders en 1 evaluator.').waitFor();
      expect(await participants.getByRole('columnheader', { name: 'Deelnamecode' }).count()).toBe(0);
      // The roles (from the report: the export is the facilitator's), and no read refused.
      await participants.getByRole('row', { name: /^Burgemeester.*niet verbonden/ }).waitFor();
      expect(await page.getByText(/^Niet alles kon worden gelezen/).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'control-evaluator-nl');
    });

    it('should let the facilitator control the clock with the keyboard alone', async () => {
      const { exerciseId } = await createExercise();
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/start`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      const page = await openControlRoom(exerciseId);
      await statusValue(page, 'Status').filter({ hasText: 'Loopt' }).waitFor();

      // From the top of the page with Tab: pause, and the same button (still focused) resumes.
      const primary = page.getByRole('button', { name: 'Pauzeren' });
      await tabTo(page, primary);
      await page.keyboard.press('Enter');
      await statusValue(page, 'Status').filter({ hasText: 'Gepauzeerd' }).waitFor();
      const resume = page.getByRole('button', { name: 'Hervatten' });
      await expect(hasFocus(resume)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await statusValue(page, 'Status').filter({ hasText: 'Loopt' }).waitFor();

      // A jump typed and sent with Enter.
      const jump = page.getByLabel('Springen naar scenariotijd');
      await tabTo(page, jump);
      await page.keyboard.type('00:30');
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: /Gesprongen naar T\+00:30/ })
        .waitFor();

      // The end dialog: Escape closes it and gives the focus back; Shift+Tab reaches "end" from "cancel".
      const endButton = page.getByRole('button', { name: 'Oefening beëindigen…' });
      await tabTo(page, endButton, 60, 'Shift+Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Oefening beëindigen?' });
      await dialog.waitFor();
      await expect(hasFocus(dialog.getByRole('button', { name: 'Annuleren' }))).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await waitFor(() => hasFocus(endButton), 'the focus back on the end button');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Shift+Tab');
      await expect(hasFocus(dialog.getByRole('button', { name: 'Ja, beëindigen' }))).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await statusValue(page, 'Status').filter({ hasText: 'Afgelopen' }).waitFor();
      const log = await t
        .http()
        .get(`/api/exercises/${exerciseId}/events`)
        .auth(a.tokens.facilitator, bearer)
        .expect(200);
      const types = (log.body.events ?? log.body).map((e: { type: string }) => e.type);
      expect(types).toEqual(
        expect.arrayContaining(['clock.paused', 'clock.resumed', 'clock.jumped', 'clock.stopped']),
      );
    });
  },
);
