import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';

// A French reader's briefing drawn offline from its saved copy speaks French in its outlook too: those
// words travel with the French strings, not with the outlook's code.

const FIRST = '/briefings/niger-bazoum-coalition';

let server: DevServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('shows a French reader the outlook in French with the server process stopped', async () => {
  await page.goto(`${server.url}${FIRST}?lang=fr`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.locator('.sync', { hasText: 'Disponible hors connexion' }).waitFor({ timeout: 20_000 });
  await server.stop();
  await page.goto(`${server.url}${FIRST}`);
  await expect.poll(() => page.locator('.glance h2').innerText()).toBe('Les perspectives en bref');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
  await expect(page.locator('.outlook').innerText()).resolves.toContain('Le bilan de nos prévisions');
});
