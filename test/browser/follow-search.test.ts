import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { fixtureBriefing } from '../../bench/fixtures/twenty';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { appStarted, edit, waitUntilSaved } from './pwa';

// Searching without JavaScript and offline, and following a country to read it offline from home.
// One server for the file: the JavaScript-free part first, then the phone's, which stops the server.

const CHAD = { ...sample, id: 'chad-vote', headline: 'Chad’s Élection in Focus', geo: { countries: ['TD'] } };
// Published before twenty others: never on the feed's first page, which the phone saves by itself.
const CHAD_EARLIER = {
  ...sample,
  id: 'chad-earlier',
  headline: 'N’Djamena, a year before',
  geo: { countries: ['TD'] },
};

let server: DevServer;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  const publish = async (body: object) =>
    expect((await edit(server, 'POST', '/api/briefings', { body })).status).toBe(201);
  await publish(CHAD_EARLIER);
  for (let n = 0; n < 20; n++) await publish({ ...fixtureBriefing(n), geo: { countries: ['NE'] } });
  await publish(CHAD);
}, 120_000);

afterAll(() => server?.stop());

describe('search without JavaScript', () => {
  let browser: BrowserContext;
  afterAll(() => browser?.close());

  it('sends the masthead’s form and lists what matches, with the words marked', async () => {
    browser = await launchPhone({ javaScriptEnabled: false });
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox').fill('ELECTION');
    await page.getByRole('searchbox').press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/search?q=ELECTION`);
    // The one that says it, newest first; then the briefings found by their topic, Elections.
    const titles = await page.locator('main .card h2').allInnerTexts();
    expect(titles[0]).toBe('Chad’s Élection in Focus');
    expect(titles.slice(1)).not.toContain('N’Djamena, a year before');
    await expect(page.locator('main mark').first().innerText()).resolves.toBe('Élection');
  });
});

describe('on the phone', () => {
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchPhone();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('follows a country from its page: the button says it is pressed, and Settings list it', async () => {
    await page.goto(`${server.url}/countries/td`);
    await appStarted(page);
    const follow = page.getByRole('button', { name: 'Follow' });
    await expect(follow.getAttribute('aria-pressed')).resolves.toBe('false');
    await follow.click();
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${server.url}/`);
    await waitUntilSaved(page);
    await page.locator('#following h3').waitFor();
    await expect(page.locator('#following h3').allInnerTexts()).resolves.toEqual(['Chad']);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Stop following Chad' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
  });

  it('reads the followed country’s briefings from “Following”, one never on the feed’s first page, and searches the saved briefings, with the server stopped', async () => {
    const firstPage = (await (await fetch(`${server.url}/api/briefings`)).json()) as { briefings: { id: string }[] };
    expect(firstPage.briefings.map((b) => b.id)).not.toContain(CHAD_EARLIER.id);
    // The follow's briefings are saved by the service worker after the press.
    await expect
      .poll(() => page.locator('#following .card h2').allInnerTexts(), { timeout: 20_000, interval: 500 })
      .toEqual([CHAD.headline, CHAD_EARLIER.headline]);
    // One briefing read online, drawn by the app from its saved copy, outlook and all.
    await page.locator(`#following .card h2 a[href="/briefings/${CHAD.id}"]`).click();
    await expect.poll(() => page.locator('main h1').innerText(), { timeout: 20_000 }).toBe(CHAD.headline);
    await page.locator('.outlook').first().waitFor({ timeout: 20_000 });
    await server.stop();
    await page.goto(`${server.url}/`);
    await page.locator('#following .card h2').first().waitFor();
    await expect(page.locator('#following .card h2').allInnerTexts()).resolves.toEqual([
      CHAD.headline,
      CHAD_EARLIER.headline,
    ]);
    await page.locator(`#following .card h2 a[href="/briefings/${CHAD_EARLIER.id}"]`).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe(CHAD_EARLIER.headline);
    // Opened anew (not drawn by the app from home): the service worker answers from the saved copy.
    await page.goto(`${server.url}/briefings/${CHAD_EARLIER.id}`);
    await expect.poll(() => page.locator('main h1').innerText(), { timeout: 20_000 }).toBe(CHAD_EARLIER.headline);
    await page.goto(`${server.url}/briefings/${CHAD.id}`);
    await expect.poll(() => page.locator('main h1').innerText(), { timeout: 20_000 }).toBe(CHAD.headline);

    await page.goto(`${server.url}/search?q=election%20chad`);
    await expect(page.locator('main .note').innerText()).resolves.toContain(
      'searched only the briefings saved on this phone',
    );
    // The one that says it, newest first; then the briefings found by their topic, Elections.
    const titles = await page.locator('main .card h2').allInnerTexts();
    expect(titles[0]).toBe('Chad’s Élection in Focus');
    expect(titles.slice(1)).not.toContain('N’Djamena, a year before');
    await expect(page.locator('main form[role=search] input[name=q]').inputValue()).resolves.toBe('election chad');
  });

  it('drops a follow from Settings', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Stop following Chad' }).click();
    await expect.poll(() => page.locator('#following h3').count()).toBe(0);
  });
});
