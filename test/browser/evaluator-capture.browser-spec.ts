import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** An iPad Air in portrait: the evaluator walks the crisis room with a tablet. */
const TABLET = { width: 820, height: 1180 };

const OBJECTIVE = 'Het team beperkt de schade snel en zonder het bewijs te vernietigen'; // obj-indammen
const EXERCISE = 'Losgeld uit de printer: ransomware bij de gemeente Hofstede';
const SECOND_INJECT = 'Servicedesk loopt vol met storingsmeldingen'; // ransomware-gemeente, 00:05
const EVALUATOR = { email: 'evaluator@gemeentehofstede.test', password: 'evaluator-wachtwoord-123' };

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

interface Observation {
  observationId: string;
  kind: string;
  objectiveId?: string;
  rating?: string;
  seqs: number[];
  text: string;
  observer: string;
  supersedes?: string;
  history: string[];
}

/**
 * The evaluator in a real browser: a facilitator runs an exercise of the shipped ransomware
 * scenario over the API (at 1×, moved by jumps only), and an evaluator on a tablet records a rated
 * observation with one tap, an objective and a rating, sees it in their own list, and corrects it —
 * once by pointer and once with the keyboard alone.
 */
describeWithChromium(
  'the evaluator in the browser: one-tap observations, rated, corrected',
  (executablePath) => {
    jest.setTimeout(180_000);

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

    const bearer = { type: 'bearer' as const };

    async function runningExercise(): Promise<string> {
      const created = await t
        .http()
        .post('/api/exercises')
        .auth(a.tokens.facilitator, bearer)
        .send({ scenarioId: 'ransomware-gemeente', speed: 1 })
        .expect(201);
      const exerciseId = created.body.id as string;
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/start`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      return exerciseId;
    }

    const jump = (exerciseId: string, jumpTo: string) =>
      t
        .http()
        .patch(`/api/exercises/${exerciseId}/clock`)
        .auth(a.tokens.facilitator, bearer)
        .send({ jumpTo })
        .expect(200);

    const observations = async (exerciseId: string): Promise<Observation[]> =>
      (
        await t
          .http()
          .get(`/api/exercises/${exerciseId}/observations`)
          .auth(a.tokens.evaluator, bearer)
          .expect(200)
      ).body;

    async function tablet(): Promise<Page> {
      const context = await browser.newContext({
        viewport: TABLET,
        deviceScaleFactor: 1,
        hasTouch: true,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    }

    /** Signs the evaluator in on the sign-in page, which sends them back to the evaluator's view. */
    async function signInAndEvaluate(page: Page, exerciseId: string, keyboard = false): Promise<void> {
      const path = `/staff/exercises/${exerciseId}/evaluate`;
      await page.goto(`${baseUrl}${path}`);
      const email = page.getByLabel('E-mailadres');
      await email.waitFor();
      if (keyboard) {
        await tabTo(page, email);
        await page.keyboard.type(EVALUATOR.email);
        await page.keyboard.press('Tab');
        await page.keyboard.type(EVALUATOR.password);
        await page.keyboard.press('Enter');
      } else {
        await email.fill(EVALUATOR.email);
        await page.getByLabel('Wachtwoord').fill(EVALUATOR.password);
        await page.getByRole('button', { name: 'Inloggen' }).click();
      }
      await page.getByRole('heading', { level: 1, name: 'Evalueren' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
      // The snapshot is in: the exercise and its state (the shortcuts wait for it).
      await page.getByText(EXERCISE).waitFor();
    }

    const focused = (locator: Locator) =>
      locator.evaluate((element) => element === element.ownerDocument.activeElement);

    async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
      for (let steps = 0; !(await focused(target)); steps++) {
        if (steps > limit) throw new Error(`${target.toString()} cannot be reached with Tab`);
        await page.keyboard.press('Tab');
      }
    }

    const ownList = (page: Page) => page.getByRole('region', { name: /Mijn observaties|My observations/ });

    it('should record a rated observation with one tap, an objective and a rating, list it and correct it', async () => {
      const exerciseId = await runningExercise();
      await jump(exerciseId, '00:05');
      const page = await tablet();
      await signInAndEvaluate(page, exerciseId);

      // The read-only timeline has what happened, live.
      const timeline = page.getByRole('region', { name: 'Tijdlijn' });
      await timeline.getByText(SECOND_INJECT).waitFor();
      await expect(page.getByText('Sneltoetsen').first().isVisible()).resolves.toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'evaluator-nl');

      // One tap fixes the moment; the newest event is what it refers to until unticked.
      await page.getByRole('button', { name: /^Sterk punt/ }).click();
      const form = page.getByRole('form', { name: 'Sterk punt' });
      await form.waitFor();
      const events = form.getByRole('group', { name: 'Verwijst naar' });
      await expect(events.getByRole('checkbox', { checked: true }).count()).resolves.toBe(1);
      await form.getByRole('radio', { name: OBJECTIVE }).check();
      const rating = form.getByRole('group', { name: /Beoordeling van de doelstelling/ });
      await rating.getByRole('radio', { name: /Uitgevoerd met enige uitdagingen/ }).check();
      await form
        .getByRole('group', { name: 'Over welke rollen' })
        .getByRole('checkbox', { name: 'CISO', exact: true })
        .check();

      // Saving without a word says so at the field, and nothing is sent.
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const text = form.getByRole('textbox', { name: /Wat zag u/ });
      await form.getByText('Beschrijf wat u zag.').waitFor();
      await expect(text.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(focused(text)).resolves.toBe(true);
      expect(await observations(exerciseId)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'evaluator-capture-nl');

      await text.fill('De CISO adviseert binnen vijf minuten om de VPN dicht te zetten.');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const mine = ownList(page).getByRole('article', { name: `Sterk punt: ${OBJECTIVE}` });
      await mine.waitFor();
      await expect(mine.textContent()).resolves.toContain('Uitgevoerd met enige uitdagingen');
      await expect(
        page.getByRole('heading', { level: 2, name: 'Mijn observaties (1)' }).isVisible(),
      ).resolves.toBe(true);
      const [recorded] = await observations(exerciseId);
      expect(recorded).toMatchObject({
        kind: 'strength',
        objectiveId: 'obj-indammen',
        rating: 'S',
        observer: EVALUATOR.email,
        text: 'De CISO adviseert binnen vijf minuten om de VPN dicht te zetten.',
        history: [],
      });
      expect(recorded.seqs).toHaveLength(1);

      // A correction is a new observation that supersedes the first; the first stays in the log.
      await mine.getByRole('button', { name: 'Corrigeren' }).click();
      const correction = page.getByRole('form', { name: 'Correctie van een observatie' });
      await correction.waitFor();
      await expect(correction.getByRole('textbox', { name: /Wat zag u/ }).inputValue()).resolves.toContain(
        'VPN',
      );
      await correction.getByRole('radio', { name: /Uitgevoerd met grote uitdagingen/ }).check();
      await correction
        .getByRole('textbox', { name: /Wat zag u/ })
        .fill('De VPN ging pas na twintig minuten dicht.');
      await correction.getByRole('button', { name: 'Opslaan' }).click();
      const corrected = ownList(page).getByRole('article', { name: `Sterk punt: ${OBJECTIVE}` });
      await corrected.getByText('1 keer gecorrigeerd').waitFor();
      await expect(corrected.textContent()).resolves.toContain('Uitgevoerd met grote uitdagingen');
      await expect(ownList(page).getByRole('article').count()).resolves.toBe(1);
      const [latest] = await observations(exerciseId);
      expect(latest).toMatchObject({
        rating: 'M',
        supersedes: recorded.observationId,
        history: [recorded.observationId],
        text: 'De VPN ging pas na twintig minuten dicht.',
      });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Evaluate' }).waitFor();
      await ownList(page)
        .getByRole('article', { name: `Strength: ${OBJECTIVE}` })
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'evaluator-en');
      await page.getByRole('button', { name: /^Area for improvement/ }).click();
      await page.getByRole('form', { name: 'Area for improvement' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'evaluator-capture-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('should record and correct an observation with the keyboard alone, with the shortcuts on screen', async () => {
      const exerciseId = await runningExercise();
      const page = await tablet();
      await signInAndEvaluate(page, exerciseId, true);

      // "2": an area for improvement, now; the focus goes to the objective.
      await page.keyboard.press('2');
      const form = page.getByRole('form', { name: 'Verbeterpunt' });
      await form.waitFor();
      const none = form.getByRole('radio', { name: 'Geen doelstelling' });
      await expect(focused(none)).resolves.toBe(true);
      // The scenario's objectives may still be on their way (the form says so); they join the group.
      await form.getByRole('radio', { name: OBJECTIVE }).waitFor();
      await page.keyboard.press('ArrowDown');
      await expect(form.getByRole('radio', { name: OBJECTIVE }).isChecked()).resolves.toBe(true);
      await page.keyboard.press('u');
      await expect(form.getByRole('radio', { name: /Kon niet worden uitgevoerd/ }).isChecked()).resolves.toBe(
        true,
      );
      await tabTo(page, form.getByRole('textbox', { name: /Wat zag u/ }));
      await page.keyboard.type('Niemand stelt het netwerk veilig voordat de leverancier herinstalleert.');
      await page.keyboard.press('Control+Enter');
      const mine = ownList(page).getByRole('article', { name: `Verbeterpunt: ${OBJECTIVE}` });
      await mine.waitFor();
      // The keyboard's place moves to what was saved, and the save is announced politely.
      await waitFor(() => focused(mine), 'the saved observation to have the focus');
      await waitFor(
        async () =>
          (await page.locator('[aria-live="polite"]').first().textContent())?.includes(
            'Observatie vastgelegd',
          ),
        'the announcement',
      );

      await tabTo(page, mine.getByRole('button', { name: 'Corrigeren' }));
      await page.keyboard.press('Enter');
      const correction = page.getByRole('form', { name: 'Correctie van een observatie' });
      await correction.waitFor();
      await page.keyboard.press('m');
      await page.keyboard.press('Control+Enter');
      await ownList(page).getByText('1 keer gecorrigeerd').waitFor();
      const [latest] = await observations(exerciseId);
      expect(latest).toMatchObject({
        kind: 'area-for-improvement',
        objectiveId: 'obj-indammen',
        rating: 'M',
      });
      expect(latest.history).toHaveLength(1);

      // Escape outside a text field leaves a started observation, and the focus returns to its button.
      await page.keyboard.press('1');
      await page.getByRole('form', { name: 'Sterk punt' }).waitFor();
      await page.keyboard.press('Escape');
      await waitFor(async () => (await page.getByRole('form').count()) === 0, 'the form to close');
      await expect(focused(page.getByRole('button', { name: /^Sterk punt/ }))).resolves.toBe(true);
      expect(await observations(exerciseId)).toHaveLength(1);
    });
  },
);
