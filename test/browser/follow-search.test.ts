import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { appStarted, edit, waitUntilSaved } from './pwa';

// Searching without JavaScript and offline, and following a country to read it offline from home.
// One server for the file: the JavaScript-free part first, then the phone's, which stops the server.

const CHAD = { ...sample, id: 'chad-vote', headline: 'Chad’s Élection in Focus', geo: { countries: ['TD'] } };

let server: DevServer;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  expect((await edit(server, 'POST', '/api/briefings', { body: CHAD })).status).toBe(201);
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
    await expect(page.locator('main .card h2').allInnerTexts()).resolves.toEqual(['Chad’s Élection in Focus']);
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
    await expect(page.getByRole('button', { name: 'Stop following Chad' }).isVisible()).resolves.toBe(true);
  });

  it('reads the followed country’s briefings from “Following”, and searches the saved briefings, with the server stopped', async () => {
    await server.stop();
    await page.goto(`${server.url}/`);
    await page.locator('#following .card h2').first().waitFor();
    await expect(page.locator('#following .card h2').allInnerTexts()).resolves.toEqual(['Chad’s Élection in Focus']);
    await page.locator('#following .card h2 a').click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Chad’s Élection in Focus');

    await page.goto(`${server.url}/search?q=election%20chad`);
    await expect(page.locator('main .note').innerText()).resolves.toContain(
      'searched only the briefings saved on this phone',
    );
    await expect(page.locator('main .card h2').allInnerTexts()).resolves.toEqual(['Chad’s Élection in Focus']);
    await expect(page.locator('main form[role=search] input[name=q]').inputValue()).resolves.toBe('election chad');
  });

  it('drops a follow from Settings', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Stop following Chad' }).click();
    await expect.poll(() => page.locator('#following h3').count()).toBe(0);
  });
});
