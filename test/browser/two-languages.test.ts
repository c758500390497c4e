import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingInput } from '../../model/types';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { edit } from './pwa';

// Two languages, one newsroom, as a French reader's phone meets it: one card per translated pair in
// French, an English-only briefing marked as English, a link to the other language that works
// online and offline, and a search that finds a briefing by any name of its topics.

const sample = JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8')) as BriefingInput;
const EN: BriefingInput = {
  ...structuredClone(sample),
  id: 'ecowas-en',
  topics: ['ecowas'],
  headline: 'ECOWAS presses Niger',
};
const FR: BriefingInput = {
  ...structuredClone(sample),
  id: 'ecowas-fr',
  language: 'fr',
  translationOf: 'ecowas-en',
  topics: ['ecowas'],
  headline: 'La Cedeao fait pression sur le Niger',
  standfirst: 'Une coalition réclame la libération de l’ancien président.',
};

let server: DevServer;
let browser: BrowserContext;
let page: Page;

const cards = () => page.locator('li.card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const found = async (q: string) => {
  await page.goto(`${server.url}/search?q=${q}`);
  return page.locator('main a[href^="/briefings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
};

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  expect((await edit(server, 'POST', '/api/briefings', { body: EN })).status).toBe(201);
  expect((await edit(server, 'POST', '/api/briefings', { body: FR })).status).toBe(201);
  browser = await launchPhone();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a French reader', () => {
  it('sees the French card of a translated pair, and an English-only briefing marked as English', async () => {
    await page.goto(`${server.url}/?lang=fr`);
    const hrefs = await cards();
    expect(hrefs).toContain('/briefings/ecowas-fr');
    expect(hrefs).not.toContain('/briefings/ecowas-en');
    const english = page.locator('li.card', { has: page.locator('a[href="/briefings/niger-bazoum-coalition"]') });
    await expect(english.locator('.card-lang').innerText()).resolves.toBe('En anglais');
    await expect(english.locator('h2').getAttribute('lang')).resolves.toBe('en');
  });

  it('switches to the English version with "Read in English"', async () => {
    await page.goto(`${server.url}/briefings/ecowas-fr`);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(/\/briefings\/ecowas-en$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('ECOWAS presses Niger');
    // A saved briefing's top is painted before the app draws the rest, its translations line with it.
    await expect.poll(() => page.getByRole('link', { name: 'Lire en français' }).count()).toBe(1);
  });

  it('finds a briefing by any name of its topics: cedeao the English one, ecowas the French one', async () => {
    expect(await found('cedeao')).toContain('/briefings/ecowas-en');
    expect(await found('ecowas')).toContain('/briefings/ecowas-fr');
  });

  it('offline, opens both saved versions one tap apart, and still finds them by their topics', async () => {
    await page.goto(`${server.url}/briefings/ecowas-fr`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.locator('.sync', { hasText: 'Disponible hors connexion' }).waitFor({ timeout: 20_000 });
    // The vocabulary is kept after the sync that saved the briefings.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/api/topics'))), { timeout: 10_000 })
      .toBe(true);
    await server.stop();
    await page.goto(`${server.url}/briefings/ecowas-fr`);
    await expect(page.locator('h1').innerText()).resolves.toBe('La Cedeao fait pression sur le Niger');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(/\/briefings\/ecowas-en$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('ECOWAS presses Niger');
    expect(await found('cedeao')).toContain('/briefings/ecowas-en');
    expect(await found('ecowas')).toContain('/briefings/ecowas-fr');
  });
});
