import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { cachedPaths, readToTheEnd, waitUntilSaved } from './pwa';
import { DevServer } from '../harness/dev-server';

// What the app adds for every reader, in a real Chromium: share and read aloud on a briefing, text
// size and theme without a jump, and care with data on a Save-Data connection.

const BRIEFING = '/briefings/niger-bazoum-coalition';
// docs/readers.md's screenshots: `BRIEFING_SCREENSHOTS=docs/screenshots npx vitest run --project browser every-reader` remakes them.
const SHOTS = process.env.BRIEFING_SCREENSHOTS ?? 'test-results';
let server: DevServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a fresh state: no cookies, no service worker of an earlier test in the way of what it checks. */
async function open(path: string, init?: (page: Page) => Promise<unknown>): Promise<Page> {
  await browser.clearCookies();
  const page = await browser.newPage();
  await init?.(page);
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('sharing a briefing', () => {
  it('copies it as plain text for a messaging app, and copies its link (no Web Share on this browser)', async () => {
    const page = await open(BRIEFING);
    await readToTheEnd(page);
    await page.getByRole('button', { name: 'Copy as text' }).click({ timeout: 20_000 });
    await page.locator('.tools [role="status"]', { hasText: 'Copied.' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^International Coalition Intensifies Pressure/);
    expect(text).toContain('\n1. A strong, unified response isolates the junta — Not assessed\n');
    expect(text.endsWith(`${server.url}${BRIEFING}`)).toBe(true);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}${BRIEFING}`);
    await page.close();
  });

  it('copies the scenarios from the page itself before the app holds the briefing (its first sync held back)', async () => {
    const fresh = await launchPhone();
    try {
      await fresh.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await fresh.newPage();
      // No service worker yet in a fresh profile: the page's own requests are all there is to hold.
      await page.route('**/api/briefings', () => undefined);
      await page.goto(`${server.url}${BRIEFING}`);
      await readToTheEnd(page);
      await page.getByRole('button', { name: 'Copy as text' }).click({ timeout: 20_000 });
      await page.locator('.tools [role="status"]', { hasText: 'Copied.' }).waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(
        '\n1. A strong, unified response isolates the junta — Not assessed\n2. A tepid reaction — Not assessed\n',
      );
      expect(text.endsWith(`${server.url}${BRIEFING}`)).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('loads none of that code on the home page', async () => {
    const chunks: string[] = [];
    const page = await open('/', async (p) => void p.on('request', (r) => chunks.push(new URL(r.url()).pathname)));
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(await page.locator('.tools').count()).toBe(0);
    expect(chunks.filter((c) => c.includes('/assets/mount-'))).toEqual([]);
    await page.close();
  });

  it('fetches it on a briefing only once the reader nears the end', async () => {
    const chunks: string[] = [];
    const page = await open(BRIEFING, async (p) => void p.on('request', (r) => chunks.push(new URL(r.url()).pathname)));
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(chunks.filter((c) => c.includes('/assets/mount-'))).toEqual([]);
    await readToTheEnd(page);
    await page.getByRole('button', { name: 'Copy as text' }).waitFor({ timeout: 20_000 });
    expect(chunks.filter((c) => c.includes('/assets/mount-'))).toHaveLength(1);
    await page.close();
  });
});

// Chromium here has no speech voices (there is no speech engine on the machine), so where a voice is
// needed the test gives the page one: a stand-in for speechSynthesis that records what it is asked to say.
const FAKE_SPEECH = (langs: string[]) => `(() => {
  const said = (window.__said = []);
  const voices = ${JSON.stringify(langs)}.map((lang) => ({ lang, name: lang, localService: true, default: false, voiceURI: lang }));
  let current;
  const fake = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u) { current = u; said.push({ lang: u.lang, voice: u.voice && u.voice.lang, text: u.text }); },
    pause() { said.push('pause'); },
    resume() { said.push('resume'); },
    cancel() { const u = current; current = undefined; if (u && u.onend) u.onend(); },
    finish() { const u = current; current = undefined; if (u && u.onend) u.onend(); },
  });
  Object.defineProperty(window, 'speechSynthesis', { value: fake });
  // A real utterance accepts only a real voice.
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
})()`;

describe('reading aloud', () => {
  it('is not offered where the phone has no voice for the briefing’s language', async () => {
    const page = await open(BRIEFING);
    await readToTheEnd(page);
    await page.getByRole('button', { name: 'Copy as text' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Listen' }).count()).toBe(0);
    await page.close();
    // An English briefing in the French interface, on a phone with only a French voice: nothing to read it with.
    const fr = await open(`${BRIEFING}?lang=fr`, (p) => p.addInitScript(FAKE_SPEECH(['fr-FR'])));
    await readToTheEnd(fr);
    await fr.getByRole('button', { name: 'Copier le texte' }).waitFor({ timeout: 20_000 });
    expect(await fr.getByRole('button', { name: 'Écouter' }).count()).toBe(0);
    await fr.close();
  });

  it('plays, pauses, resumes, skips and stops, part by part, in the briefing’s language', async () => {
    const page = await open(`${BRIEFING}?lang=fr`, (p) => p.addInitScript(FAKE_SPEECH(['en-GB', 'fr-FR'])));
    const said = () => page.evaluate(() => (window as unknown as { __said: unknown[] }).__said);
    await readToTheEnd(page);
    await page.getByRole('button', { name: 'Écouter' }).click({ timeout: 20_000 });
    const first = (await said())[0] as { lang: string; voice: string; text: string };
    expect(first).toMatchObject({ lang: 'en', voice: 'en-GB' });
    expect(first.text).toMatch(/^International Coalition Intensifies Pressure.*\nA growing global campaign/);
    await page.locator('.tools', { hasText: 'Lecture\u202f: International Coalition' }).waitFor();

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await page.getByRole('button', { name: 'Partie suivante' }).click();
    await page.locator('.tools', { hasText: 'Lecture\u202f: Open Letter Catalyzes Global Response' }).waitFor();
    // The end of one part starts the next.
    await page.evaluate(() => (speechSynthesis as unknown as { finish(): void }).finish());
    await page.locator('.tools', { hasText: 'Lecture\u202f: Beyond a Political Detention' }).waitFor();
    await page.getByRole('button', { name: 'Arrêter' }).click();
    await page.getByRole('button', { name: 'Écouter' }).waitFor();

    const log = await said();
    expect(log.slice(1, 3)).toEqual(['pause', 'resume']);
    expect((log.filter((e) => typeof e === 'object') as { text: string }[]).map((e) => e.text.split('\n')[0])).toEqual([
      expect.stringMatching(/^International Coalition/),
      'Open Letter Catalyzes Global Response',
      'Beyond a Political Detention: The Strategic Stakes',
    ]);
    await page.close();
  });
});

/** The page's layout shifts so far, summed as CLS counts them (shifts right after input excepted). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );

describe('text size and theme', () => {
  it('change at once from the settings, are saved, and the next page arrives with them without a jump', async () => {
    const page = await open(BRIEFING);
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Larger' }).click();
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      size: 'xl',
      theme: 'dark',
    });
    await expect(page.getByRole('button', { name: 'Larger' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('link', { name: 'Larger' }).getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.getByRole('link', { name: 'Normal' }).getAttribute('aria-current')).resolves.toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('21.25px');
    const cookies = await browser.cookies(server.url);
    expect(
      cookies
        .filter((c) => c.name === 'size' || c.name === 'theme')
        .map((c) => `${c.name}=${c.value}`)
        .sort(),
    ).toEqual(['size=xl', 'theme=dark']);

    // The server renders the next page with them: right from the first paint, with nothing moving.
    const next = await browser.newPage();
    const html = await (await next.goto(`${server.url}${BRIEFING}`))!.text();
    expect(html).toMatch(/<html lang="en" data-size="xl" data-theme="dark">/);
    await next.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });
    await next.waitForTimeout(500);
    expect(await layoutShift(next)).toBeLessThan(0.01);
    expect(await next.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    await next.close();
    await page.close();
  });
});

describe('on a Save-Data or 2G connection', () => {
  it.each([
    ['Save-Data', 'saveData', true],
    ['2G', 'effectiveType', '2g'],
  ] as const)(
    '(%s) asks before saving every briefing for offline reading, saying how much, and saves them on yes',
    async (_, key, value) => {
      // A phone of its own: nothing saved yet by the other tests' visits. Chromium has no switch for Save-Data, so the page is told.
      const phone = await launchPhone();
      const page = await phone.newPage();
      await page.addInitScript(
        ([k, v]) => {
          const connection = (navigator as { connection?: object }).connection;
          if (connection) Object.defineProperty(Object.getPrototypeOf(connection), k, { get: () => v });
        },
        [key, value] as const,
      );
      await page.goto(`${server.url}/`);
      const question = page.locator('.toast', { hasText: 'Save 1 briefing to read offline? About' });
      await question.waitFor({ timeout: 20_000 });
      expect(await question.innerText()).toMatch(/About \d+ KB\./);
      expect((await cachedPaths(page))['briefing-saved-v1'] ?? []).not.toContain(`/api${BRIEFING}`);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await waitUntilSaved(page);
      await expect
        .poll(async () => (await cachedPaths(page))['briefing-saved-v1'] ?? [], { timeout: 10_000 })
        .toContain(`/api${BRIEFING}`);
      await phone.close();
    },
  );
});

describe('the data used', () => {
  it('is shown in the settings, counted by the service worker this month', async () => {
    const page = await open('/');
    await waitUntilSaved(page);
    await page.waitForTimeout(2500);
    await page.getByRole('button', { name: 'Settings' }).click();
    const line = page.locator('#settings', { hasText: 'Data used this month:' });
    await line.waitFor();
    const kb = Number(/Data used this month: (\d+) KB/.exec(await line.innerText())?.[1]);
    expect(kb).toBeGreaterThan(0);
    await page.close();
  });
});

describe('on an older browser', () => {
  it('starts, saves for offline and offers sharing without what Safari 12 lacks', async () => {
    const old = await launchPhone();
    try {
      // What the app uses that Safari 12 does not have (nor Chrome before 66–81, for some of it).
      await old.addInitScript(() => {
        const gone = (o: object, key: string) => Reflect.deleteProperty(o, key);
        gone(Intl, 'RelativeTimeFormat');
        gone(Intl, 'DisplayNames');
        gone(window, 'IntersectionObserver');
        gone(Navigator.prototype, 'clipboard');
      });
      const page = await old.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/`);
      await waitUntilSaved(page);
      // When, rather than how long ago: "updated 30 Nov, 14:05".
      await expect(page.locator('.sync').innerText()).resolves.toMatch(
        /^Saved for offline · updated \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d$/,
      );
      await expect(page.locator('.card').first().innerText()).resolves.toMatch(/ · NE · /);
      await page.goto(`${server.url}${BRIEFING}`);
      // No IntersectionObserver: the tools come without waiting for the reader to near them.
      await page.getByRole('button', { name: 'Copy as text' }).click({ timeout: 20_000 });
      await page.locator('.tools [role="status"]', { hasText: 'Could not copy.' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await old.close();
    }
  });
});

describe('the briefing page in French', () => {
  it.each(['light', 'dark'] as const)('reads in the %s theme (the README’s screenshot)', async (theme) => {
    const page = await open(`${BRIEFING}?lang=fr`, (p) => p.emulateMedia({ colorScheme: theme }));
    await page.getByRole('button', { name: 'Paramètres' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/briefing-fr-${theme}.png` });
    await page.close();
  });

  it('lists the briefings on a French home (docs/readers.md’s screenshot)', async () => {
    const page = await open('/?lang=fr');
    await page.getByRole('button', { name: 'Paramètres' }).waitFor({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Dernières analyses');
    await page.screenshot({ path: `${SHOTS}/home-fr.png` });
    await page.close();
  });
});
