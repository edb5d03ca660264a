import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import { ExerciseGateway } from '../../apps/api/src/gateway/exercise.gateway';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** An iPad Air in portrait: the player's tablet in the crisis room. */
const TABLET = { width: 820, height: 1180 };

const FIRST_INJECT = 'Printers in het stadhuis printen losgeldbrieven'; // ransomware-gemeente, 00:00
const SECOND_INJECT = 'Servicedesk loopt vol met storingsmeldingen'; // 00:05

/**
 * The player's first path in a real browser: a facilitator starts an exercise of a shipped scenario
 * over the API, and a player on a tablet joins with nothing but the join code. The exercise runs at
 * 1× and the facilitator moves scenario time by jumps, so nothing fires by itself while the test
 * acts (docs/testing.md, "No test races a fast exercise clock").
 */
describeWithChromium('the player in the browser: join with a code, the inject feed', (executablePath) => {
  jest.setTimeout(120_000);

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

  const facilitator = () => ({ type: 'bearer' as const });

  /** A started exercise of the shipped ransomware scenario; returns its id and a role's code. */
  async function startExercise(role = 'ciso'): Promise<{ exerciseId: string; code: string }> {
    const created = await t
      .http()
      .post('/api/exercises')
      .auth(a.tokens.facilitator, facilitator())
      .send({ scenarioId: 'ransomware-gemeente', speed: 1 })
      .expect(201);
    await t
      .http()
      .post(`/api/exercises/${created.body.id}/start`)
      .auth(a.tokens.facilitator, facilitator())
      .send({})
      .expect(200);
    const code = (created.body.joinCodes as { role: string; code: string }[]).find(
      (c) => c.role === role,
    )!.code;
    return { exerciseId: created.body.id as string, code };
  }

  const jump = (exerciseId: string, jumpTo: string) =>
    t
      .http()
      .patch(`/api/exercises/${exerciseId}/clock`)
      .auth(a.tokens.facilitator, facilitator())
      .send({ jumpTo })
      .expect(200);

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
    page.setDefaultTimeout(20_000);
    return page;
  }

  const feed = (page: Page) => page.getByRole('region', { name: /Berichten|Messages/ });

  it('should let a player on a tablet join with only the code and see the first inject, in Dutch and English', async () => {
    const { exerciseId, code } = await startExercise();
    const page = await tablet();

    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Deelnemen aan een oefening' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'join-nl');

    await page.getByLabel('Deelnamecode').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Deelnemen met code' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'join-error-nl');

    await page.getByLabel('Deelnamecode').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Deelnemen met code' }).click();
    await page.getByRole('heading', { level: 1, name: 'CISO' }).waitFor();
    const first = feed(page).getByRole('article', { name: FIRST_INJECT });
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Gerda Nijhuis, facilitaire zaken stadhuis');
    await expect(first.textContent()).resolves.toContain('Telefoon');
    // The scenario starts on Monday 23 November 2026, 07:30 in the Netherlands.
    await expect(first.locator('time').first().textContent()).resolves.toMatch(/ma 23 nov.*07:30/);
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('1 ongelezen');

    // A new inject arrives live and is announced politely, without moving the focus.
    await jump(exerciseId, '00:05');
    await feed(page).getByRole('article', { name: SECOND_INJECT }).waitFor();
    const live = page.locator('[aria-live="polite"]');
    await waitFor(async () => (await live.textContent())?.includes(SECOND_INJECT), 'the announcement');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2 ongelezen');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'player-nl');

    // Acknowledging tells the facilitator; the view says it was received.
    await first.getByRole('button', { name: 'Gelezen, bevestig ontvangst' }).click();
    await first.getByText('Ontvangst bevestigd').waitFor();
    await waitFor(async () => {
      const log = await t
        .http()
        .get(`/api/exercises/${exerciseId}/events`)
        .auth(a.tokens.facilitator, facilitator())
        .expect(200);
      return (log.body.events ?? log.body).some(
        (e: { type: string; payload: { role: string } }) =>
          e.type === 'inject.acknowledged' && e.payload.role === 'ciso',
      );
    }, 'inject.acknowledged in the log');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('1 ongelezen');

    // English, chosen once, stays chosen.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: /Messages/ }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(first.locator('time').first().textContent()).resolves.toMatch(/Mon 23 Nov.*07:30/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'player-en');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Messages/ }).waitFor();
    await page.getByRole('link', { name: 'Driehoek, to the start page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join an exercise' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'join-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deelnemen aan een oefening' }).waitFor();
  });

  it('should let a player join and acknowledge with the keyboard alone', async () => {
    const { code } = await startExercise('teamleider-ict');
    const page = await tablet();
    await page.goto(`${baseUrl}/`);
    const input = page.getByLabel('Deelnamecode');
    await input.waitFor();

    // Tab from the top of the page: skip link, home, the languages, then the code.
    let steps = 0;
    while (!(await input.evaluate((element) => element === element.ownerDocument.activeElement))) {
      if (++steps > 8) throw new Error('the code field cannot be reached with Tab');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Teamleider ICT' }).waitFor();
    const first = feed(page).getByRole('article', { name: FIRST_INJECT });
    await first.waitFor();

    const acknowledge = first.getByRole('button', { name: 'Gelezen, bevestig ontvangst' });
    steps = 0;
    while (!(await acknowledge.evaluate((element) => element === element.ownerDocument.activeElement))) {
      if (++steps > 10) throw new Error('the acknowledge button cannot be reached with Tab');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const confirmation = first.getByText('Ontvangst bevestigd');
    await confirmation.waitFor();
    // The keyboard's place is kept on what replaced the button.
    await expect(
      confirmation.evaluate((element) => element === element.ownerDocument.activeElement),
    ).resolves.toBe(true);
  });

  it('should join from a QR link, say plainly when it is offline, and catch up after reconnecting', async () => {
    const { exerciseId, code } = await startExercise();
    const page = await tablet();
    await page.goto(`${baseUrl}/join?code=${encodeURIComponent(code)}`);
    await page.getByRole('heading', { level: 1, name: 'CISO' }).waitFor();
    expect(new URL(page.url()).search).toBe(''); // the code does not stay in the address bar
    await feed(page).getByRole('article', { name: FIRST_INJECT }).waitFor();

    await page.context().setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    // The line drops (as on bad Wi-Fi) while something happens in the exercise.
    const { server } = t.app.get<ExerciseGateway, { server: Namespace }>(ExerciseGateway);
    for (const socket of server.sockets.values()) socket.conn.close();
    await jump(exerciseId, '00:05');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'player-offline-nl');

    await page.context().setOffline(false);
    await feed(page).getByRole('article', { name: SECOND_INJECT }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  });
});
