import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { appStarted, readToTheEnd, waitUntilSaved } from './pwa';
import { MOVED, RESOLVED, seedOutlooks } from './outlook-seed';

// A reader on a 360-px phone with an outlook that moved and one that was resolved: what cards and the
// glance say of them, what they share, follow, and reach offline. docs/outlook.md's pictures:
// `BRIEFING_SCREENSHOTS=docs/screenshots npx vitest run --project browser outlook-reader` remakes them.

const SHOTS = process.env.BRIEFING_SCREENSHOTS ?? 'test-results';
const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** Text as read, whatever spaces keep its words together. */
const spaces = (s: string) => s.replace(/\u00a0/g, ' ');
let server: DevServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  await seedOutlooks(server);
  browser = await launchPhone();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in English, as a reader who never chose French (an earlier test did). */
async function open(path: string): Promise<Page> {
  await browser.clearCookies();
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

async function copiedText(page: Page, button: string): Promise<string> {
  await readToTheEnd(page);
  await page.getByRole('button', { name: button }).click({ timeout: 20_000 });
  await page.locator('.tools [role="status"]').filter({ hasText: /./ }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('a resolved outlook', () => {
  it('is shared as what happened, with the question, in the briefing’s language', async () => {
    const page = await open(RESOLVED);
    const date = today.format(new Date());
    const text = spaces(await copiedText(page, 'Copy as text'));
    expect(text).toContain(
      [
        'What comes next:',
        'Will Norland’s parliament pass the budget before the recess?',
        `1. “Parliament passes the budget” occurred · ${date}`,
        `2. “The budget falls” did not occur · ${date}`,
        '',
        `${server.url}${RESOLVED}`,
      ].join('\n'),
    );
    expect(text).not.toMatch(/Very likely|Not assessed/);
    // A French reader shares this English briefing in English: one language in one message.
    await page.goto(`${server.url}${RESOLVED}?lang=fr`);
    const shared = spaces(await copiedText(page, 'Copier le texte'));
    expect(shared).toContain(`\n1. “Parliament passes the budget” occurred · ${date}\n`);
    expect(shared).not.toMatch(/Survenu|Et maintenant/);
    // Listen and Share come before the sources, not after them at the very end.
    await expect(
      page.evaluate(() =>
        Boolean(
          document.querySelector('.tools')!.compareDocumentPosition(document.querySelector('.sources')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ),
    ).resolves.toBe(true);
    await page.close();
    const english = await open(RESOLVED);
    await appStarted(english);
    // The app may be drawing the page again from its saved copy: wait for the glance to be there.
    await english.locator('.glance').waitFor();
    await english.evaluate(() =>
      scrollTo(0, document.querySelector('.glance')!.getBoundingClientRect().top + scrollY - 8),
    );
    await english.screenshot({ path: `${SHOTS}/outlook-resolved.png` });
    await english.close();
    const french = await open(`${RESOLVED}?lang=fr`);
    await appStarted(french);
    await french.locator('.glance').waitFor();
    await french.evaluate(() =>
      scrollTo(0, document.querySelector('.glance')!.getBoundingClientRect().top + scrollY - 8),
    );
    await french.screenshot({ path: `${SHOTS}/outlook-resolved-fr.png` });
    await french.close();
  });
});

describe('a moved outlook', () => {
  it('is named on its card at 360 px, as the server and then the app draw it, in English and in French', async () => {
    const page = await open('/');
    const date = today.format(new Date());
    const line = page.locator('li.card', { hasText: 'Lake Varnen' }).locator('.outlook-moved');
    const said = `“A water-sharing accord” roughly even chance ↑ from unlikely · ${date}`;
    await expect(line.innerText().then(spaces)).resolves.toBe(said);
    await waitUntilSaved(page);
    // The app draws the briefing, then home again, from the feed saved on the phone: no page is loaded.
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    await page.locator('li.card h2 a', { hasText: 'Lake Varnen' }).click();
    await expect
      .poll(() => page.locator('.glance').innerText().then(spaces))
      .toContain(`Roughly even chance (45–55%) ▲ up from Unlikely (30%) on ${date}`);
    await page.goBack();
    await expect.poll(() => line.innerText().then(spaces)).toBe(said);
    await expect(page.evaluate(() => (window as { stayed?: boolean }).stayed)).resolves.toBe(true);
    await line.evaluate((l) => scrollTo(0, l.closest('li')!.getBoundingClientRect().top + scrollY - 8));
    await expect(line.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/outlook-card.png` });
    await page.close();

    const fr = await open('/?lang=fr');
    const ligne = fr.locator('li.card', { hasText: 'Lake Varnen' }).locator('.outlook-moved');
    const jour = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date())
      .replace(/ /g, '\u00a0');
    await expect(ligne.textContent()).resolves.toBe(
      `«\u202fA water-sharing accord\u202f» environ une chance sur deux\u00a0↑ (auparavant\u202f: improbable) · ${jour}`,
    );
    await appStarted(fr);
    await ligne.evaluate((l) => scrollTo(0, l.closest('li')!.getBoundingClientRect().top + scrollY - 8));
    await expect(fr.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await fr.screenshot({ path: `${SHOTS}/outlook-card-fr.png` });
    await fr.goto(`${server.url}${MOVED}?lang=fr`);
    await appStarted(fr);
    await fr.locator('.glance').evaluate((g) => scrollTo(0, g.getBoundingClientRect().top + scrollY - 8));
    await fr.screenshot({ path: `${SHOTS}/outlook-glance-fr.png` });
    await fr.close();
  });

  it('is pictured at a glance and in its history', async () => {
    const page = await open(MOVED);
    await appStarted(page);
    await page.locator('.glance').scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      scrollTo(0, document.querySelector('.glance')!.getBoundingClientRect().top + scrollY - 120),
    );
    await page.screenshot({ path: `${SHOTS}/outlook-glance.png` });
    const chart = page.locator('.trail').first();
    await expect(chart.locator('figcaption').innerText()).resolves.toMatch(
      /^“A water-sharing accord”: Unlikely \(30%\) from .+, Roughly even chance \(45–55%\) from .+\.$/,
    );
    // Every label of the chart is drawn at 12 px or more.
    const sizes = await chart
      .locator('text')
      .evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.locator('#outlook-history-h').evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 8));
    await page.screenshot({ path: `${SHOTS}/outlook-history.png` });
    await page.close();
  });
});

describe('the scorecard', () => {
  it('reads for a reader first, its chart labels 12 px or more', async () => {
    const page = await open('/scorecard');
    await expect(page.locator('.verdict').innerText()).resolves.toMatch(/lower is better/);
    await expect(page.locator('.scored a').first().getAttribute('href')).resolves.toBe(`${RESOLVED}#scenario-passes`);
    const sizes = await page.locator('svg text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Nothing wider than the phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/scorecard.png` });
    await page.goto(`${server.url}/scorecard?lang=fr`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/scorecard-fr.png` });
    await page.close();
  });
});

describe('following a country', () => {
  it('says so on its button', async () => {
    const page = await open('/countries/gh');
    await appStarted(page);
    const button = page.locator('button.follow');
    await expect(button.innerText()).resolves.toBe('Follow');
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Following ✓');
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect.poll(() => page.locator('button.follow').innerText()).toBe('Following ✓');
    await page.close();
  });
});

describe('a story read offline', () => {
  it('links earlier only where there is one, opens it offline, and keeps a theme chosen offline', async () => {
    const page = await open(MOVED);
    await waitUntilSaved(page);
    // Drawn by the server or, once saved, by the app: its links to its situations come either way.
    await readToTheEnd(page);
    await page.locator('nav.situations a[rel="prev"]').waitFor({ timeout: 20_000 });
    const first = await (await fetch(`${server.url}${RESOLVED}`)).text();
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain(`<a href="${MOVED}" rel="next">`);
    await expect(page.locator('nav.situations a[rel="next"]').count()).resolves.toBe(0);

    await server.stop();
    await page.locator('nav.situations a[rel="prev"]').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Norland’s budget heads for a knife-edge vote');
    await expect(page.locator('.glance').innerText()).resolves.toContain('“Parliament passes the budget” occurred');
    // The app drew it from the phone: its own links come from the copies saved there.
    await readToTheEnd(page);
    await page.locator('nav.situations a[rel="next"]').waitFor({ timeout: 20_000 });
    await expect(page.locator('nav.situations a[rel="next"]').getAttribute('href')).resolves.toBe(MOVED);
    await expect(page.locator('a[rel="prev"]').count()).resolves.toBe(0);

    await page.goto(`${server.url}${RESOLVED}`);
    await appStarted(page);
    await page.getByRole('link', { name: 'Dark' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.locator('h1').innerText()).resolves.toBe('Norland’s budget heads for a knife-edge vote');
    expect(page.url()).toBe(`${server.url}${RESOLVED}`);
    await page.close();
  });
});
