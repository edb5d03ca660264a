import { scenarioFixture } from '@driehoek/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import { DataSource } from 'typeorm';
import { ExerciseGateway } from '../../apps/api/src/gateway/exercise.gateway';
import { startLiveApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** An iPad Air in portrait, and a phone. */
const TABLET = { width: 820, height: 1180 };
const PHONE = { width: 390, height: 844 };

/**
 * The fixture scenario of @driehoek/testing, whose NIS2 clock starts on awareness (no `startsAt`):
 * the burgemeester's decision on dp-keuze (opened by i-start at 00:10) records it. A decision point
 * and a report stage within the first ten scenario minutes.
 */
const SCENARIO_ID = 'besluiten-in-de-browser';
const SCENARIO = {
  ...scenarioFixture(SCENARIO_ID),
  clocks: [{ id: 'nis2', regime: 'nis2', role: 'burgemeester', label: 'NIS2-melding gemeente' }],
};

type LoggedEvent = { seq: number; type: string; actor: string | null; payload: Record<string, unknown> };

/**
 * The rest of the player's view in a real browser: a decision in BOB form on a decision point (and
 * a half-typed one surviving a reload), the regulatory clock it starts counting down with a report
 * that meets its first stage, the playbook checklist, and the hot wash after the end — anonymous
 * answers stored without identity. Time moves only by the facilitator's jumps on a 1× clock.
 */
describeWithChromium(
  'the player in the browser: decisions, clocks, reports, playbook, hot wash',
  (executablePath) => {
    jest.setTimeout(180_000);

    let t: TestApp;
    let a: Organisation;
    let baseUrl: string;
    let browser: Browser;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      ({ t, a, baseUrl } = await startLiveApp(SCENARIO));
      browser = await launchChromium(executablePath);
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await t?.close();
    });

    const bearer = { type: 'bearer' as const };

    async function startExercise(): Promise<{ exerciseId: string; code: string }> {
      const created = await t
        .http()
        .post('/api/exercises')
        .auth(a.tokens.facilitator, bearer)
        .send({ scenarioId: SCENARIO_ID, speed: 1 })
        .expect(201);
      await t
        .http()
        .post(`/api/exercises/${created.body.id}/start`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      const code = (created.body.joinCodes as { role: string; code: string }[]).find(
        (c) => c.role === 'burgemeester',
      )!.code;
      return { exerciseId: created.body.id as string, code };
    }

    const jump = (exerciseId: string, jumpTo: string) =>
      t
        .http()
        .patch(`/api/exercises/${exerciseId}/clock`)
        .auth(a.tokens.facilitator, bearer)
        .send({ jumpTo })
        .expect(200);

    async function events(exerciseId: string): Promise<LoggedEvent[]> {
      const log = await t
        .http()
        .get(`/api/exercises/${exerciseId}/events`)
        .auth(a.tokens.facilitator, bearer)
        .expect(200);
      return (log.body.events ?? log.body) as LoggedEvent[];
    }

    const logged = (exerciseId: string, type: string) =>
      waitFor(async () => (await events(exerciseId)).find((e) => e.type === type), `${type} in the log`);

    async function player(code: string, viewport = TABLET): Promise<Page> {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        hasTouch: true,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${baseUrl}/join?code=${encodeURIComponent(code)}`);
      await page.getByRole('heading', { level: 1, name: 'Burgemeester' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
      return page;
    }

    const nav = (page: Page) => page.getByRole('navigation', { name: /Onderdelen|Parts/ });
    const open = async (page: Page, name: RegExp) => {
      await nav(page).getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
    };
    const focused = (locator: Locator) =>
      locator.evaluate((element) => element === element.ownerDocument.activeElement);

    /** Tab forward until `target` has the focus, as a keyboard user would. */
    async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
      for (let steps = 0; !(await focused(target)); steps++) {
        if (steps >= max) throw new Error(`cannot reach ${target.toString()} with Tab`);
        await page.keyboard.press('Tab');
      }
    }

    async function checkedAndShot(page: Page, name: string): Promise<void> {
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, name);
      // A full-page screenshot resizes the page and back; Chromium may then restore an older scroll
      // position when the focus next moves — between a click's press and release, so the release
      // lands elsewhere. The focus leaves the field here, as a tap elsewhere would.
      await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
    }

    it('should record a decision in BOB form on a decision point, keep a half-typed one over a reload, and report on the clock it starts', async () => {
      const { exerciseId, code } = await startExercise();
      const page = await player(code);
      await jump(exerciseId, '00:10');

      // The decision point arrives live, is announced and counted in the navigation.
      const live = page.locator('[aria-live="polite"]');
      await waitFor(
        async () => (await live.textContent())?.includes('Nieuw besluitpunt voor u: A of B?'),
        'the announcement',
      );
      await nav(page)
        .getByRole('link', { name: /Besluiten\W+1 open/ })
        .waitFor();
      await open(page, /Besluiten/);
      const point = page.getByRole('article', { name: /A of B\?/ });
      await point.getByText('Besluiten vóór').waitFor();
      await expect(point.locator('.dh-deadline__left').textContent()).resolves.toMatch(/^Nog 3\d min \d\d s/);

      // Half typed, the line drops (bad Wi-Fi) and comes back: nothing typed is lost.
      await point.getByRole('radio', { name: 'B' }).check();
      await point.getByLabel(/^Beeld/).fill('Er is iets aan de hand bij de gemeente.');
      await page.context().setOffline(true);
      const { server } = t.app.get<ExerciseGateway, { server: Namespace }>(ExerciseGateway);
      for (const socket of server.sockets.values()) socket.conn.close();
      await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      await point.getByLabel(/^Oordeel/).fill('Snel handelen beperkt de schade.');
      await page.context().setOffline(false);
      await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
      await expect(point.getByLabel(/^Beeld/).inputValue()).resolves.toBe(
        'Er is iets aan de hand bij de gemeente.',
      );
      await expect(point.getByRole('radio', { name: 'B' }).isChecked()).resolves.toBe(true);

      // Then the page reloads: the choice and the text are still there.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: /Besluiten/ }).waitFor();
      const again = page.getByRole('article', { name: /A of B\?/ });
      await expect(again.getByRole('radio', { name: 'B' }).isChecked()).resolves.toBe(true);
      await expect(again.getByLabel(/^Beeld/).inputValue()).resolves.toBe(
        'Er is iets aan de hand bij de gemeente.',
      );
      await expect(again.getByLabel(/^Oordeel/).inputValue()).resolves.toBe(
        'Snel handelen beperkt de schade.',
      );

      // Without the decision itself and a name it is not sent: the errors are at their fields.
      await again.getByRole('button', { name: 'Besluit vastleggen' }).click();
      const besluit = again.getByLabel(/^Besluit \(verplicht\)/);
      await again.getByText('Schrijf het besluit op.').waitFor();
      await expect(besluit.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(focused(besluit)).resolves.toBe(true);
      await again.getByText('Vul in wie besluit.').waitFor();
      await checkedAndShot(page, 'player-decision-errors-nl');

      await besluit.fill('We kiezen B en melden het incident.');
      await again.getByRole('button', { name: 'Grondslag toevoegen' }).click();
      await again.getByLabel('Grondslag 1').fill('Gemeentewet art. 172');
      await again.getByRole('button', { name: 'Grondslag toevoegen' }).click();
      await again.getByLabel('Grondslag 2').fill('Wet veiligheidsregio’s art. 39');
      await again.getByRole('button', { name: 'Actie toevoegen' }).click();
      await again.getByLabel('Actie 1: wat').fill('Persbericht om 10:00');
      await again.getByLabel('Actie 1: eigenaar').fill('communicatieadviseur');
      await again.getByRole('checkbox', { name: 'NIS2-melding gemeente' }).check();
      await again.getByLabel(/^Besloten door/).fill('Burgemeester De Vries');
      await checkedAndShot(page, 'player-decision-nl');
      await again.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByRole('status').filter({ hasText: 'Besluit vastgelegd: A of B?' }).waitFor();
      const recorded = await logged(exerciseId, 'decision.recorded');
      expect(recorded.payload).toEqual({
        decisionPointId: 'dp-keuze',
        optionId: 'b',
        beeld: 'Er is iets aan de hand bij de gemeente.',
        oordeel: 'Snel handelen beperkt de schade.',
        besluit: 'We kiezen B en melden het incident.',
        legalBasis: ['Gemeentewet art. 172', 'Wet veiligheidsregio’s art. 39'],
        actions: [{ description: 'Persbericht om 10:00', owner: 'communicatieadviseur' }],
        startsClocks: ['nis2'],
        decidedBy: 'Burgemeester De Vries',
        role: 'burgemeester',
      });
      // The draft is gone once recorded; the decision is in the player's own log.
      await expect(
        page.evaluate(`Object.keys(sessionStorage).filter((k) => k.startsWith('driehoek.decisions.'))`),
      ).resolves.toEqual([]);
      const log = page.getByRole('article', { name: 'A of B?' });
      await log.getByText('We kiezen B en melden het incident.').waitFor();
      await log.getByText('Gemeentewet art. 172').waitFor();
      await log.getByText('Persbericht om 10:00 (eigenaar: communicatieadviseur)').waitFor();

      // The clock the decision started appears, counting down in scenario time, with its wall time.
      await nav(page)
        .getByRole('link', { name: /Termijnen\W+2 te melden/ })
        .waitFor();
      await open(page, /Termijnen/);
      const clock = page.getByRole('article', { name: 'NIS2-melding gemeente' });
      const warning = clock.getByRole('article', { name: 'Vroegtijdige waarschuwing' });
      await warning.getByText('Open: de termijn loopt').waitFor();
      const left = warning.locator('.dh-deadline__left').first();
      const first = await left.textContent();
      expect(first).toMatch(/^Nog 23 u 59 min \d\d s \(scenariotijd\)$/);
      await waitFor(async () => (await left.textContent()) !== first, 'the countdown to move on');
      await warning
        .getByText(/Werkelijke tijd: ongeveer/)
        .first()
        .waitFor();
      await warning.getByText('Uiterste wettelijke termijn').waitFor();
      await jump(exerciseId, '01:10');
      await waitFor(
        async () => /^Nog 23 u 0[0-2] min/.test((await left.textContent()) ?? ''),
        'an hour less after the jump',
      );
      await checkedAndShot(page, 'player-clocks-nl');

      // The report form asks for what the stage requires; the errors are at the fields.
      await warning.getByRole('button', { name: 'Vroegtijdige waarschuwing invullen' }).click();
      const form = warning.locator('form');
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await expect(form.getByText('Kies een antwoord.').count()).resolves.toBe(2);
      await form.getByText('Vul in wie de melding indient.').waitFor();
      await checkedAndShot(page, 'player-report-errors-nl');
      const malicious = form.getByRole('group', { name: /onrechtmatige of kwaadwillige/ });
      await malicious.getByText('(verplicht)').waitFor();
      await malicious.getByRole('radio', { name: 'Ja' }).check();
      await form
        .getByRole('group', { name: /grensoverschrijdende/ })
        .getByRole('radio', { name: 'Nee' })
        .check();
      await form
        .getByLabel(/Wat is er tot nu toe bekend/)
        .fill('Servers versleuteld, dienstverlening ligt stil.');
      await form.getByLabel(/^Ingediend door/).fill('Burgemeester De Vries');
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await warning
        .getByRole('status')
        .filter({ hasText: 'Vroegtijdige waarschuwing is verstuurd.' })
        .waitFor();
      await warning.getByText('Op tijd gemeld').waitFor();
      const report = await logged(exerciseId, 'report.submitted');
      expect(report.payload).toMatchObject({
        clockId: 'nis2',
        stage: 'early-warning',
        report: {
          suspectedMalicious: true,
          crossBorderImpact: false,
          summary: 'Servers versleuteld, dienstverlening ligt stil.',
        },
        submittedBy: 'Burgemeester De Vries',
        late: false,
      });
      await nav(page)
        .getByRole('link', { name: /Termijnen\W+1 te melden/ })
        .waitFor();
      await checkedAndShot(page, 'player-clocks-met-nl');

      // The same views in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: /Deadlines/ }).waitFor();
      await clock.getByRole('article', { name: 'Early warning' }).getByText('Reported in time').waitFor();
      await checkedAndShot(page, 'player-clocks-en');
      await clock
        .getByRole('article', { name: 'Incident notification' })
        .getByRole('button', { name: 'Fill in Incident notification' })
        .click();
      await page.getByRole('group', { name: /Severity/ }).waitFor();
      await checkedAndShot(page, 'player-report-en');
      await open(page, /Decisions/);
      await page
        .getByRole('article', { name: 'A of B?' })
        .getByText('Persbericht om 10:00 (owner: communicatieadviseur)')
        .waitFor();
      await checkedAndShot(page, 'player-decisions-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 2, name: /Besluiten/ }).waitFor();
    });

    it('should let a player record a decision with the keyboard alone', async () => {
      const { exerciseId, code } = await startExercise();
      const page = await player(code);
      await jump(exerciseId, '00:10');
      const decisions = nav(page).getByRole('link', { name: /Besluiten\W+1 open/ });
      await decisions.waitFor();

      await tabTo(page, decisions);
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: /Besluiten/ });
      await heading.waitFor();
      // The focus moves to the part's heading, as on a new page.
      await expect(focused(heading)).resolves.toBe(true);

      const point = page.getByRole('article', { name: /A of B\?/ });
      await tabTo(page, point.getByRole('radio', { name: 'A' }));
      await page.keyboard.press('Space');
      await expect(point.getByRole('radio', { name: 'A' }).isChecked()).resolves.toBe(true);
      await tabTo(page, point.getByLabel(/^Beeld/));
      await page.keyboard.type('Melding binnen.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Afwachten is te riskant.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('We kiezen A.');
      const add = point.getByRole('button', { name: 'Grondslag toevoegen' });
      await tabTo(page, add);
      await page.keyboard.press('Enter');
      // The new row has the focus.
      await expect(focused(point.getByLabel('Grondslag 1'))).resolves.toBe(true);
      await page.keyboard.type('Gemeentewet art. 175');
      await tabTo(page, point.getByLabel(/^Besloten door/));
      await page.keyboard.type('Burgemeester Bakker');
      await tabTo(page, point.getByRole('button', { name: 'Besluit vastleggen' }));
      await page.keyboard.press('Enter');

      const confirmation = page.getByRole('status').filter({ hasText: 'Besluit vastgelegd: A of B?' });
      await confirmation.waitFor();
      await expect(focused(confirmation)).resolves.toBe(true);
      const recorded = await logged(exerciseId, 'decision.recorded');
      expect(recorded.payload).toMatchObject({
        optionId: 'a',
        beeld: 'Melding binnen.',
        oordeel: 'Afwachten is te riskant.',
        besluit: 'We kiezen A.',
        legalBasis: ['Gemeentewet art. 175'],
        decidedBy: 'Burgemeester Bakker',
      });
    });

    it('should tick off playbook steps and, after the end, store the hot-wash answers — an anonymous one without identity', async () => {
      const { exerciseId, code } = await startExercise();
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/playbooks`)
        .auth(a.tokens.facilitator, bearer)
        .send({ playbookId: 'ransomware-gemeente' })
        .expect(201);
      const page = await player(code);

      await open(page, /Draaiboek/);
      const step = page
        .getByRole('listitem')
        // The step itself, not the later steps that wait for it and name it.
        .filter({ has: page.getByText('Zit het beleidsteam voor en stel de koers vast', { exact: true }) });
      await step.getByText('Wacht eerst op: Roep het gemeentelijk crisisteam bijeen').waitFor();
      await checkedAndShot(page, 'player-playbook-nl');
      await step.getByLabel(/^Notitie bij/).fill('GBT om 09:00 bijeen.');
      await step.getByRole('button', { name: 'Afvinken als gedaan' }).click();
      await step.getByText(/^Gedaan door Burgemeester, .* \(scenariotijd\)$/).waitFor();
      const ticked = await logged(exerciseId, 'playbook.step');
      expect(ticked.payload).toMatchObject({
        playbookId: 'ransomware-gemeente',
        stepId: 'beleidsteam-koers',
        note: 'GBT om 09:00 bijeen.',
        role: 'burgemeester',
      });
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: /Playbook/ }).waitFor();
      await checkedAndShot(page, 'player-playbook-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();

      // The end opens the debrief; the facilitator's group points arrive live.
      await open(page, /Nabespreking/);
      await page
        .getByText('De nabespreking begint als de oefening is afgelopen.', { exact: false })
        .waitFor();
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/end`)
        .auth(a.tokens.facilitator, bearer)
        .send({})
        .expect(200);
      await nav(page)
        .getByRole('link', { name: /Nabespreking\W+4 vragen open/ })
        .waitFor();
      const live = page.locator('[aria-live="polite"]');
      await waitFor(
        async () => (await live.textContent())?.includes('De oefening is afgelopen.'),
        'the end announced',
      );
      await t
        .http()
        .post(`/api/exercises/${exerciseId}/hotwash`)
        .auth(a.tokens.facilitator, bearer)
        .send({ text: 'De lijnen met de politie waren kort.', kind: 'strength' })
        .expect(201);
      await page.getByText('De lijnen met de politie waren kort.', { exact: true }).waitFor();
      await page.getByText('Sterk punt', { exact: false }).waitFor();

      const goed = page.getByRole('article', { name: 'Wat ging goed?' });
      await goed.getByText(/Niemand, ook de oefenleider niet/).waitFor();
      await checkedAndShot(page, 'player-debrief-nl');
      await goed.getByLabel(/^Uw antwoord/).fill('Snel een gedeeld beeld.');
      await goed.getByRole('checkbox', { name: 'Anoniem antwoorden' }).check();
      await goed.getByRole('button', { name: 'Antwoord versturen' }).click();
      await goed.getByText('Anoniem beantwoord: er is niets over u bij opgeslagen. Dank u wel.').waitFor();

      const beter = page.getByRole('article', { name: 'Wat kan beter?' });
      await beter.getByRole('button', { name: 'Antwoord versturen' }).click();
      await beter.getByText('Schrijf een antwoord.').waitFor();
      await beter.getByLabel(/^Uw antwoord/).fill('De meldtermijnen eerder in beeld.');
      await beter.getByRole('button', { name: 'Antwoord versturen' }).click();
      await beter.getByText('Beantwoord, met uw rol. Dank u wel.').waitFor();

      const samenwerking = page.getByRole('article', { name: /samenwerking/ });
      await samenwerking.getByRole('radio', { name: '4 – goed' }).check();
      await samenwerking.getByRole('button', { name: 'Antwoord versturen' }).click();
      await samenwerking.getByText('Beantwoord, met uw rol. Dank u wel.').waitFor();
      await nav(page)
        .getByRole('link', { name: /Nabespreking\W+1 vraag open/ })
        .waitFor();
      await checkedAndShot(page, 'player-debrief-answered-nl');

      // Stored as the debrief e2e suite checks it: the anonymous answer has no role and no actor.
      const rows: {
        type: string;
        actor: string | null;
        audience: string[];
        payload: Record<string, unknown>;
      }[] = await t.app
        .get(DataSource)
        .query(
          `SELECT type, actor, audience, payload FROM exercise_event WHERE exercise_id = $1 AND type = 'debrief.answered' ORDER BY seq`,
          [exerciseId],
        );
      expect(rows).toEqual([
        {
          type: 'debrief.answered',
          actor: null,
          audience: [],
          payload: { questionId: 'goed', answer: 'Snel een gedeeld beeld.', anonymous: true },
        },
        expect.objectContaining({
          actor: expect.stringContaining('burgemeester'),
          payload: {
            questionId: 'beter',
            answer: 'De meldtermijnen eerder in beeld.',
            anonymous: false,
            role: 'burgemeester',
          },
        }),
        expect.objectContaining({
          payload: { questionId: 'samenwerking', answer: 4, anonymous: false, role: 'burgemeester' },
        }),
      ]);
      expect(JSON.stringify(rows[0])).not.toContain(code);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: /Debrief/ }).waitFor();
      await checkedAndShot(page, 'player-debrief-en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('should fit a phone: the decision form and the clocks one under the other', async () => {
      const { exerciseId, code } = await startExercise();
      const page = await player(code, PHONE);
      await jump(exerciseId, '00:10');
      await open(page, /Besluiten/);
      await page
        .getByRole('article', { name: /A of B\?/ })
        .getByRole('button', { name: 'Actie toevoegen' })
        .click();
      // Nothing sticks out sideways: no horizontal scrolling on a phone.
      await expect(
        page.evaluate<number>('document.documentElement.scrollWidth'),
      ).resolves.toBeLessThanOrEqual(PHONE.width);
      await checkedAndShot(page, 'player-decision-phone-nl');
    });
  },
);
