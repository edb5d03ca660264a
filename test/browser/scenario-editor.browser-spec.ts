import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ADMIN, seedOrganisation, startTestApp, type Organisation, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

const LAPTOP = { width: 1440, height: 900 };
const TABLET = { width: 820, height: 1180 };
const SHIPPED = join(__dirname, '../../scenarios');
const SCENARIO = 'Losgeld uit de printer: ransomware bij de gemeente Hofstede'; // ransomware-gemeente
const SOURCE = readFileSync(join(SHIPPED, 'ransomware-gemeente.yaml'), 'utf8').split('\n');
/** The first role's lines: `name: Burgemeester`, then `organisation: gemeente`. */
const NAME_LINE = SOURCE.indexOf('    name: Burgemeester') + 1;
const ORGANISATION_LINE = NAME_LINE + 1;

/** What the page's Content-Security-Policy refused, as the browser reports it to the page. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
`;

/**
 * The scenario editor in a real browser: a facilitator opens a shipped scenario, breaks it and
 * sees the server's finding at its line, fixes it with the schema's completion, changes a role
 * so that the MSEL beside the text changes, is asked before leaving with unsaved changes, saves
 * it as the organisation's own version and finds it in the library; leaving the editor with the
 * keyboard alone (Escape, then Tab); the server being busy said calmly and checked again at the
 * next edit; a new scenario from the template on a tablet. CodeMirror's styles are admitted by
 * the page's nonce: the policy refuses no <style> element and no script. axe and screenshots in
 * Dutch and English.
 */
describeWithChromium('the scenario editor in the browser', (executablePath) => {
  jest.setTimeout(300_000);

  let t: TestApp;
  let a: Organisation;
  let baseUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const facilitator = { email: 'facilitator@gemeentehofstede.test', password: 'facilitator-wachtwoord-123' };

  beforeAll(async () => {
    t = await startTestApp({ SCENARIOS_DIR: SHIPPED });
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

  async function signedIn(next: string, viewport = LAPTOP): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    contexts.push(context);
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${baseUrl}/signin?next=${encodeURIComponent(next)}`);
    await page.getByLabel('E-mailadres').fill(facilitator.email);
    await page.getByLabel('Wachtwoord').fill(facilitator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    return page;
  }

  async function check(page: Page, name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  }

  const editor = (page: Page) => page.locator('.cm-content');
  const line = (page: Page, text: string) =>
    page
      .locator('.cm-line')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  const findings = (page: Page) => page.getByRole('region', { name: /^(Bevindingen|Findings)/ });
  const msel = (page: Page) => page.getByRole('region', { name: /^(MSEL-voorbeeld|MSEL preview)$/ });

  async function focused(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => element === element.ownerDocument.activeElement);
  }

  /** The policy refused nothing but CodeMirror's one style attribute (its tab size). */
  async function violations(page: Page): Promise<string[]> {
    const found = await page.evaluate<{ directive: string; sample: string }[]>('window.__violations');
    return found.filter((v) => v.directive !== 'style-src-attr').map((v) => `${v.directive}: ${v.sample}`);
  }

  it('should check a shipped scenario as it is edited, complete from the schema, preview the MSEL and save a version', async () => {
    const page = await signedIn('/staff/scenarios');
    await page.getByRole('heading', { level: 1, name: 'Scenariobibliotheek' }).waitFor();
    await page.getByRole('link', { name: SCENARIO }).click();
    // The scenario page's MSEL frame has the server's inline styles refused (docs/web.md): once
    // it has loaded, what the policy refuses is the editor's.
    await page.frameLocator('iframe[sandbox]').locator('table').first().waitFor();
    await page.evaluate('window.__violations.length = 0');
    await page.getByRole('link', { name: 'Bewerken in de editor' }).click();
    await page.getByRole('heading', { level: 1, name: `Bewerken: ${SCENARIO}` }).waitFor();

    // The text as stored, checked without a finding, its MSEL beside it.
    const content = editor(page);
    await content.waitFor();
    expect(await content.getAttribute('aria-labelledby')).toBeTruthy();
    await page.getByRole('textbox', { name: 'Scenariotekst (YAML)' }).waitFor();
    await findings(page).getByText('Geen fouten en geen waarschuwingen').waitFor();
    await msel(page).getByRole('table').waitFor();
    await msel(page).getByText('Printers in het stadhuis printen losgeldbrieven').first().waitFor();
    // CodeMirror's styles came in through the page's nonce (its theme colours the gutter).
    expect(
      await page
        .locator('.cm-gutters')
        .evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).backgroundColor),
    ).toBe('rgb(243, 243, 243)');
    expect(await violations(page)).toEqual([]);
    const nextToEditor = await page
      .locator('.dh-editor__msel')
      .boundingBox()
      .then((box) => box!.x);
    expect(nextToEditor).toBeGreaterThan((await content.boundingBox())!.x + 400);
    await check(page, 'scenario-editor-nl');

    // A wrong organisation kind: the server's finding at its line, in the text and in the list.
    await line(page, '    organisation: gemeente').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    const finding = findings(page).getByRole('button', {
      name: new RegExp(`regel ${ORGANISATION_LINE}, kolom \\d+`),
    });
    await finding.waitFor();
    expect(await finding.textContent()).toContain('roles[0].organisation');
    await page.getByRole('status').filter({ hasText: '1 fout en 0 waarschuwingen.' }).waitFor();
    const marked = line(page, '    organisation: gemeentex').locator('.cm-lintRange-error');
    expect(await marked.textContent()).toBe('gemeentex');
    await page.locator('.cm-lint-marker-error').first().waitFor();
    // The MSEL stays, marked as that of the last text without errors.
    await msel(page).getByText('dit is het MSEL van de laatste tekst zonder fouten').waitFor();
    await check(page, 'scenario-editor-finding-nl');
    // The field at the cursor, explained from the schema.
    await page.locator('.dh-editor__help').getByText('The organisation the role belongs to').waitFor();

    // The finding's button puts the cursor on its line.
    await page.keyboard.press('Home');
    await finding.click();
    expect(await focused(content)).toBe(true);
    expect(await page.locator('.cm-activeLine').textContent()).toBe('    organisation: gemeentex');

    // Fixed with the schema's completion: its values for `organisation`.
    await page.keyboard.press('End');
    for (let i = 0; i < 'gemeentex'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('gem');
    const options = page.locator('.cm-tooltip-autocomplete');
    await options.getByRole('option', { name: 'gemeente' }).waitFor();
    await check(page, 'scenario-editor-completion-nl');
    await page.keyboard.press('Enter');
    await line(page, '    organisation: gemeente').first().waitFor();
    await findings(page).getByText('Geen fouten en geen waarschuwingen').waitFor();

    // Hovering a key shows what the schema says about it.
    await line(page, '    name: Burgemeester').first().getByText('name').hover();
    await page.locator('.cm-tooltip-hover').getByText('roles[0].name').waitFor();

    // A new name for the mayor: the MSEL beside the text follows.
    await line(page, '    name: Burgemeester').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' van Hofstede');
    await msel(page)
      .getByText(/Burgemeester van Hofstede/)
      .first()
      .waitFor();
    await findings(page).getByText('Geen fouten en geen waarschuwingen').waitFor();
    expect(await page.getByText('Niet-opgeslagen wijzigingen', { exact: true }).count()).toBe(1);

    // Keyboard only: Tab indents and keeps the focus; Escape, then Tab leaves the editor.
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await focused(content)).toBe(true);
    await line(page, '      name: Burgemeester van Hofstede').waitFor();
    await page.keyboard.press('Control+z');
    await line(page, '    name: Burgemeester van Hofstede').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focused(content)).toBe(false);
    expect(await page.evaluate('document.activeElement.closest(".dh-editor") !== null')).toBe(true);
    expect(await page.getByText(/Escape en daarna Tab/).count()).toBe(1);

    // Leaving with unsaved changes asks first; staying keeps the text.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Terug naar het scenario' }).click();
    expect(asked).toBe('U hebt wijzigingen in het scenario die nog niet zijn opgeslagen. Toch weggaan?');
    expect(page.url()).toContain('/edit');

    // Saved as the organisation's own version 1 of the shipped scenario.
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Opgeslagen als versie 1 van ransomware-gemeente.').waitFor();
    await page.getByText('Geen niet-opgeslagen wijzigingen').waitFor();
    await check(page, 'scenario-editor-saved-nl');
    const stored = await t
      .http()
      .get(`/api/scenarios/ransomware-gemeente/source?owner=${a.id}`)
      .auth(a.tokens.facilitator, { type: 'bearer' })
      .expect(200);
    expect(stored.text).toContain('    name: Burgemeester van Hofstede\n');

    expect(await violations(page)).toEqual([]);

    // Saving the same text again stores nothing.
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page
      .getByText('Deze tekst is al versie 1 van ransomware-gemeente: er is niets nieuws opgeslagen.')
      .waitFor();

    // The library shows the organisation's own copy beside the shipped one.
    await page.getByRole('link', { name: 'Naar het scenario', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SCENARIO, exact: true }).waitFor();
    await page.getByRole('link', { name: 'Terug naar de scenariobibliotheek' }).click();
    const own = page.getByRole('row').filter({ hasText: 'Eigen scenario van Gemeente Hofstede' });
    await own.waitFor();
    expect(await own.getByRole('cell').nth(1).textContent()).toBe('1');

    // And in English.
    await own.getByRole('link', { name: SCENARIO }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.frameLocator('iframe[sandbox]').locator('table').first().waitFor();
    await page.evaluate('window.__violations.length = 0');
    await page.getByRole('link', { name: 'Edit in the editor' }).click();
    await findings(page).getByText('No errors and no warnings').waitFor();
    await msel(page).getByRole('columnheader', { name: 'From → to' }).waitFor();
    await msel(page).getByText('Everyone').first().waitFor();
    await line(page, '    organisation: gemeente').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await findings(page)
      .getByRole('button', { name: new RegExp(`line ${ORGANISATION_LINE}, column \\d+`) })
      .waitFor();
    await check(page, 'scenario-editor-finding-en');
    expect(await violations(page)).toEqual([]);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Back to the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: SCENARIO, exact: true }).waitFor();
  });

  it('should say calmly that the server is busy and check again at the next edit', async () => {
    const page = await signedIn('/staff/scenarios/new');
    await page.getByRole('heading', { level: 1, name: 'Nieuw scenario' }).waitFor();
    await findings(page).getByText('Geen fouten en geen waarschuwingen').waitFor();
    let busy = true;
    await page.route('**/api/scenarios/check**', (route) =>
      busy
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'busy' }),
          })
        : route.continue(),
    );
    await line(page, 'title: Nieuw scenario').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' over een storing');
    const said = page
      .getByRole('status')
      .filter({ hasText: 'De server controleert nu veel scenario' })
      .filter({ hasText: 'Bij uw volgende wijziging controleren we opnieuw.' });
    await said.waitFor();
    busy = false;
    await page.keyboard.type('!');
    await msel(page)
      .getByRole('table')
      .getByText(/over een storing!/)
      .waitFor();
    await page.unroute('**/api/scenarios/check**');
  });

  it('should start a new scenario from the template on a tablet, the MSEL below the text', async () => {
    const page = await signedIn('/staff/scenarios', TABLET);
    await page.getByRole('link', { name: 'Nieuw scenario schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw scenario' }).waitFor();
    // A draft of the earlier test is another tab's: this one starts from the template.
    await line(page, 'id: nieuw-scenario').waitFor();
    await findings(page).getByText('Geen fouten en geen waarschuwingen').waitFor();
    const rows = msel(page).getByRole('table').getByRole('row');
    await waitFor(async () => (await rows.count()) === 5, 'the template’s four MSEL rows');
    const below = (await msel(page).boundingBox())!.y;
    expect(below).toBeGreaterThan((await editor(page).boundingBox())!.y + 200);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await check(page, 'scenario-editor-new-tablet-nl');

    // From a shipped scenario instead: its text replaces the template.
    await page.getByLabel('Beginnen vanaf').selectOption({ label: `${SCENARIO} (meegeleverd)` });
    await page.getByRole('button', { name: 'In de editor laden' }).click();
    await line(page, 'id: ransomware-gemeente').waitFor();
    await msel(page).getByText('Printers in het stadhuis printen losgeldbrieven').first().waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'New scenario' }).waitFor();
    await msel(page).getByRole('columnheader', { name: 'When' }).waitFor();
    await check(page, 'scenario-editor-new-tablet-en');
    expect(await violations(page)).toEqual([]);
  });
});
