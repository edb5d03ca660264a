import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { start, stop, type Server } from '../support/server-process';
import { screenshot } from './support/artefacts';
import { seriousViolations } from './support/axe';
import { describeWithChromium, launchChromium } from './support/chromium';

/** A laptop on the facilitator's desk. */
const LAPTOP = { width: 1280, height: 900 };
/** An iPad Air in portrait: the player's tablet. */
const TABLET = { width: 820, height: 1180 };

const SCENARIO = 'Losgeld uit de printer: ransomware bij de gemeente Hofstede'; // ransomware-gemeente
/** Its inject at 00:00, for the CISO (and the team leader ICT): what a 1× clock fires on start. */
const FIRST_INJECT = 'Printers in het stadhuis printen losgeldbrieven';
const ADMIN = {
  organisation: 'Gemeente Hofstede',
  name: 'Femke de Vries',
  email: 'femke@gemeentehofstede.test',
  password: 'een-lang-eerste-wachtwoord',
};
/** A fresh embedded PostgreSQL (initdb) and the shipped scenarios: tens of seconds on a busy machine. */
const BOOT_TIMEOUT_MS = 150_000;

/** A port nothing listens on now: the setup link names the port, so PORT=0 will not do. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Issue 12's first "done means", tried as a newcomer would: `npm start` on a fresh clone (the built
 * server, embedded PostgreSQL in a fresh data folder, no DRIEHOEK_ADMIN_* set), so the only things
 * the facilitator has are http://localhost:PORT/ and the one-time setup link the server prints in
 * its log. From there, by what the pages say and nothing else: create the first admin and the
 * organisation, sign in, pick a shipped scenario, create an exercise, print its join codes, start
 * it in the control room; a player on a tablet in another browser context types only the code and
 * sees the inject that fires at 00:00. No URL is typed but those two; every page is checked with
 * axe-core and photographed.
 */
describeWithChromium(
  'first run: from npm start to a running exercise and a player in it',
  (executablePath) => {
    jest.setTimeout(300_000);

    let dataDir: string;
    let server: (Server & { ready: Promise<void> }) | undefined;
    let home: string;
    let browser: Browser;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'driehoek-first-run-'));
      const port = await freePort();
      // As `npm start` on a fresh clone: no DATABASE_URL, no REDIS_URL, no first admin configured.
      server = start(dataDir, {
        PORT: String(port),
        DRIEHOEK_ADMIN_EMAIL: undefined,
        DRIEHOEK_ADMIN_PASSWORD: undefined,
        PUBLIC_URL: undefined,
        SCENARIOS_DIR: undefined,
      });
      await within(server.ready, BOOT_TIMEOUT_MS, 'booting the server');
      home = `http://localhost:${port}/`;
      browser = await launchChromium(executablePath);
    }, BOOT_TIMEOUT_MS + 30_000);

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      if (server) await stop(server);
      await rm(dataDir, { recursive: true, force: true });
    }, 60_000);

    async function newPage(viewport: { width: number; height: number }, touch = false): Promise<Page> {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        hasTouch: touch,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    }

    const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

    async function check(page: Page, name: string): Promise<void> {
      // The MSEL is framed with sandbox="", where axe cannot run (support/axe.ts).
      expect(await seriousViolations(page, ['iframe[sandbox]'])).toEqual([]);
      await screenshot(page, `first-run-${name}-nl`);
    }

    /** What the newcomer reads in the terminal where they typed `npm start`. */
    function setupLinkFromLog(): string {
      const entries = server!.logs.flatMap((line) => {
        try {
          return [JSON.parse(line) as { msg?: string; setupUrl?: string }];
        } catch {
          return [];
        }
      });
      const entry = entries.find((e) => e.msg?.includes('/setup?token='));
      if (!entry?.msg) throw new Error(`no setup link in the log:\n${server!.logs.join('\n')}`);
      const link = /(http:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+)/.exec(entry.msg)![1];
      expect(link).toBe(entry.setupUrl);
      expect(link.startsWith(home)).toBe(true);
      return link;
    }

    it('should take a newcomer from the setup link in the log to a running exercise, and a player to its first inject with only the code', async () => {
      const facilitator = await newPage(LAPTOP);

      // The address npm start gave: a player's landing page, with the way in for staff.
      await facilitator.goto(home);
      await heading(facilitator, 'Deelnemen aan een oefening').waitFor();
      await check(facilitator, 'landing');
      await facilitator.getByRole('link', { name: 'Inloggen voor oefenleiding en evaluatie' }).click();
      await heading(facilitator, 'Inloggen').waitFor();
      // No one has an account yet: the page says where the first one comes from.
      await facilitator.getByText(/eenmalige link/).waitFor();
      await check(facilitator, 'signin-first');

      // The setup link from the log: the first admin and the organisation.
      await facilitator.goto(setupLinkFromLog());
      await heading(facilitator, 'Driehoek: eerste beheerder').waitFor();
      await check(facilitator, 'setup');
      await facilitator.getByLabel('Organisatie').fill(ADMIN.organisation);
      await facilitator.getByLabel('Naam').fill(ADMIN.name);
      await facilitator.getByLabel('E-mailadres').fill(ADMIN.email);
      await facilitator.getByLabel(/^Wachtwoord/).fill(ADMIN.password);
      await facilitator.getByRole('button', { name: 'Beheerder aanmaken' }).click();
      await heading(facilitator, 'Driehoek: beheerder aangemaakt').waitFor();
      await check(facilitator, 'setup-done');
      await facilitator.getByRole('link', { name: 'Meld u aan' }).click();

      // Signing in leads to the staff home, with the organisation just made.
      await heading(facilitator, 'Inloggen').waitFor();
      await facilitator.getByLabel('E-mailadres').fill(ADMIN.email);
      await facilitator.getByLabel('Wachtwoord').fill(ADMIN.password);
      await facilitator.getByRole('button', { name: 'Inloggen' }).click();
      await heading(facilitator, 'Oefenleiding').waitFor();
      await facilitator.getByText(`${ADMIN.organisation} — beheerder`).waitFor();
      await check(facilitator, 'home');

      // The library, a shipped scenario, and an exercise of it at real time.
      await facilitator.getByRole('link', { name: 'Scenariobibliotheek' }).first().click();
      await heading(facilitator, 'Scenariobibliotheek').waitFor();
      const row = facilitator
        .getByRole('row')
        .filter({ has: facilitator.getByRole('link', { name: SCENARIO }) });
      await expect(row.textContent()).resolves.toContain('Meegeleverd met Driehoek');
      await check(facilitator, 'library');
      await row.getByRole('link', { name: SCENARIO }).click();
      await heading(facilitator, SCENARIO).waitFor();
      await facilitator.getByRole('heading', { level: 2, name: 'Oefening aanmaken' }).waitFor();
      await check(facilitator, 'scenario');
      await facilitator.getByLabel('Snelheid van de oefenklok').selectOption({ label: 'Echte tijd (1×)' });
      await facilitator.getByRole('button', { name: 'Oefening aanmaken' }).click();
      await facilitator
        .getByRole('heading', { level: 2, name: `Oefening aangemaakt: ${SCENARIO}` })
        .waitFor();
      await check(facilitator, 'created');

      // Its join codes: the sheet to print, a block per role.
      await facilitator.getByRole('link', { name: 'Deelnamecodes afdrukken (A4 met QR-codes)' }).click();
      await heading(facilitator, /Deelnamecodes/).waitFor();
      // Opened at localhost, as npm start says: the sheet warns that a tablet cannot reach that.
      await facilitator
        .getByText(`verwijzen naar ${home.slice(0, -1)}: dat adres werkt alleen op deze computer`)
        .waitFor();
      const ciso = facilitator
        .getByRole('list', { name: 'Codes per rol' })
        .getByRole('listitem')
        .filter({ has: facilitator.getByRole('heading', { name: 'CISO', exact: true }) });
      const code = (await ciso.locator('code').textContent())!.trim();
      expect(code).toMatch(/^[0-9A-Z]{4}-/);
      await facilitator.getByRole('img', { name: 'QR-code om als CISO deel te nemen' }).waitFor();
      await check(facilitator, 'codes');

      // The control room, and the start.
      await facilitator.getByRole('link', { name: 'Naar de regiekamer' }).click();
      await heading(facilitator, new RegExp(SCENARIO)).waitFor();
      const start = facilitator.getByRole('button', { name: 'Oefening starten' });
      await start.waitFor();
      await check(facilitator, 'control-draft');
      await start.click();
      await facilitator.getByRole('button', { name: 'Pauzeren' }).waitFor();
      // What the clock fires at 00:00 moves from what is coming to what happened.
      await facilitator
        .getByRole('region', { name: 'Wat er gebeurde (nieuwste eerst)' })
        .getByRole('article', { name: new RegExp(FIRST_INJECT) })
        .waitFor();
      await check(facilitator, 'control-running');

      // A player in another browser, on a tablet: only the address and the code.
      const player = await newPage(TABLET, true);
      await player.goto(home);
      await player.getByLabel('Deelnamecode').fill(code);
      await player.getByRole('button', { name: 'Deelnemen met code' }).click();
      await player.getByRole('heading', { level: 1, name: 'CISO' }).waitFor();
      const inject = player.getByRole('article', { name: FIRST_INJECT });
      await inject.waitFor();
      await expect(inject.textContent()).resolves.toContain('Gerda Nijhuis');
      await check(player, 'player');
    });
  },
);
