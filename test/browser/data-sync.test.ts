import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBriefing } from '../../bench/fixtures/twenty';
import { countingProxy, type Transfer } from '../../bench/lib/counting-proxy';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { BriefingDelta } from '../../model/types';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { cachedPaths, edit, returnToApp, savedText, waitUntilSaved } from './pwa';

// A reader pays for what changed: one JSON copy of each briefing on the phone, pages drawn from it, and
// a sync that asks only for what changed since the revision the phone holds. The phone talks to the
// server through a proxy that counts every request, as a metered connection would.

const SEED = '/briefings/niger-bazoum-coalition';
let server: DevServer;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let browser: BrowserContext;
let page: Page;
/** The ids on the feed's first page after the first visit, newest first. */
let firstPage: { id: string; headline: string }[];

const publish = async (n: number) =>
  expect((await edit(server, 'POST', '/api/briefings', { body: fixtureBriefing(n) })).status).toBe(201);

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  // The sample and nineteen different briefings: a first page of twenty.
  for (let n = 0; n < 19; n++) await publish(n);
  proxy = await countingProxy(server.url);
  browser = await launchPhone();
  page = await browser.newPage();
  firstPage = [
    ...Array.from({ length: 19 }, (_, n) => fixtureBriefing(18 - n)),
    sample as { id: string; headline: string },
  ];
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.stop();
});

const headline = () => page.locator('main h1').innerText();
const requested = (ts: Transfer[]) => ts.map((t) => t.path + t.query);

describe('one copy of each briefing', () => {
  it('after one visit, with the server stopped, opens every briefing of the first page, each saved once', async () => {
    await page.goto(`${proxy.url}${SEED}`);
    await waitUntilSaved(page);
    await expect
      .poll(async () => (await cachedPaths(page))['briefing-saved-v1'] ?? [])
      .toEqual(['/api/briefings', ...firstPage.map((b) => `/api/briefings/${b.id}`)].sort());
    // The briefing the page brought is not downloaded again: the one sync asks for the rest of the page.
    const syncs = proxy.transfers.filter((t) => t.path === '/api/briefings');
    expect(requested(syncs)).toEqual(['/api/briefings?except=niger-bazoum-coalition@1']);
    expect(syncs[0].body.toString()).not.toContain('"id":"niger-bazoum-coalition"');
    // No page of a briefing is kept as HTML: one frame per language, the app draws the rest.
    const held = await cachedPaths(page);
    expect(held['briefing-frame-v1']).toEqual(['/__frame/en']);
    expect(await savedText(page, 'briefing-frame-v1', '/__frame/en')).not.toContain('id="page-data"');
    expect(Object.keys(held).filter((n) => !/^briefing-(saved|frame|app-)|^usage/.test(n))).toEqual([]);

    await server.stop();
    try {
      for (const b of firstPage) {
        await page.goto(`${proxy.url}/briefings/${b.id}`);
        await expect(headline()).resolves.toBe(b.headline);
      }
      await page.goto(`${proxy.url}/`);
      await page.locator('.card').first().waitFor();
      await expect(page.locator('.card h2').allInnerTexts()).resolves.toEqual(firstPage.map((b) => b.headline));
    } finally {
      await server.start();
    }
  });
});

describe('a day’s sync', () => {
  it('fetches only what changed: no page of an unchanged briefing, no whole first page', async () => {
    await publish(19);
    await publish(20);
    // An outlook revised on a briefing the phone holds.
    const current = (await (await fetch(`${server.url}/api/briefings/fixture-03`)).json()) as ReturnType<
      typeof fixtureBriefing
    >;
    const [first, ...rest] = current.whatComesNext!.scenarios;
    const revised = await edit(server, 'PUT', '/api/briefings/fixture-03', {
      ifMatch: '"r1"',
      body: {
        ...current,
        whatComesNext: {
          ...current.whatComesNext,
          scenarios: [{ ...first, likelihood: { status: 'assessed', term: 'likely' } }, ...rest],
        },
      },
    });
    expect(revised.status).toBe(200);
    proxy.transfers.splice(0);

    // The reader opens the app and reads the two new briefings.
    await page.goto(`${proxy.url}/`);
    for (const n of [19, 20]) {
      const b = fixtureBriefing(n);
      await page.locator(`a[href="/briefings/${b.id}"]`).first().click({ timeout: 20_000 });
      await page.locator('main h1', { hasText: b.headline }).waitFor();
      await page.locator('.brand').click();
    }
    await page.waitForTimeout(1000);
    const day = proxy.transfers.splice(0);
    const syncs = day.filter((t) => t.path === '/api/briefings');
    expect(requested(syncs)).toEqual([expect.stringMatching(/^\/api\/briefings\?since=\d+$/)]);
    const delta = JSON.parse(syncs[0].body.toString()) as BriefingDelta;
    expect(delta.briefings.map((b) => b.id).sort()).toEqual(['fixture-03', 'fixture-19', 'fixture-20']);
    // Nothing else but what the browser itself checks (the manifest, the service worker), and the
    // topics' names once, for the offline search (web/sw/vocabulary.ts): the first visit did not fetch them.
    expect(
      day.filter((t) => t.path !== '/api/briefings' && !/^\/(manifest(\.fr)?\.webmanifest|sw\.js)$/.test(t.path)),
    ).toEqual(day.filter((t) => t.path === '/api/topics'));
    expect(day.filter((t) => t.path === '/api/topics').length).toBeLessThanOrEqual(1);
    // The home page and the new briefings were drawn from the phone: no HTML was fetched.
    expect(day.filter((t) => t.type.startsWith('text/html'))).toEqual([]);
  });

  it('answers a navigation to a saved briefing from the phone, with no request', async () => {
    proxy.transfers.splice(0);
    await page.goto(`${proxy.url}/briefings/fixture-03`);
    await expect(headline()).resolves.toBe(fixtureBriefing(3).headline);
    await page.locator('.scenario').first().waitFor();
    expect(requested(proxy.transfers).filter((p) => p.startsWith('/briefings/'))).toEqual([]);
  });
});

describe('a retraction after the briefing left the first page', () => {
  it('shows at the next sync, and offline', async () => {
    // Two new briefings pushed fixture-00 (saved on the first visit) off the first page.
    const res = await edit(server, 'DELETE', '/api/briefings/fixture-00', {
      ifMatch: '"r1"',
      body: { reason: 'The place named in it does not exist.' },
    });
    expect(res.status).toBe(200);
    await page.goto(`${proxy.url}/`);
    await returnToApp(page);
    await expect
      .poll(() => savedText(page, 'briefing-saved-v1', '/api/briefings/fixture-00'))
      .toContain('"status":"retracted"');
    await server.stop();
    try {
      await page.goto(`${proxy.url}/briefings/fixture-00`);
      await expect(page.locator('.retraction').innerText()).resolves.toContain('The place named in it does not exist.');
      await expect(page.locator('main section').count()).resolves.toBe(0);
    } finally {
      await server.start();
    }
  });
});

describe('the offline frame', () => {
  it('comes from HTML pages only, in the reader’s language', async () => {
    // A JSON answer opened as a page, then a French page, then English again.
    // The app runs on each page, so a French reader's strings are saved as well.
    await page.goto(`${proxy.url}/api/briefings/fixture-05`);
    await page.goto(`${proxy.url}/about/format?lang=fr`);
    await page.getByRole('button', { name: 'Paramètres' }).waitFor({ timeout: 20_000 });
    await page.goto(`${proxy.url}/about/format?lang=en`);
    await page.getByRole('button', { name: 'Settings' }).waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await cachedPaths(page))['briefing-frame-v1'])
      .toEqual(['/__frame/en', '/__frame/fr']);
    for (const lang of ['en', 'fr'])
      expect(await savedText(page, 'briefing-frame-v1', `/__frame/${lang}`)).toMatch(
        new RegExp(`^<!doctype html><html lang="${lang}"`),
      );
    await server.stop();
    try {
      await page.goto(`${proxy.url}/briefings/never-saved`);
      await expect(headline()).resolves.toBe('You are offline');
      // The reader chose French: the frame of their language.
      await browser.addCookies([{ name: 'lang', value: 'fr', url: proxy.url }]);
      await page.goto(`${proxy.url}/briefings/never-saved`);
      await expect(headline()).resolves.toBe('Vous êtes hors connexion');
    } finally {
      await browser.clearCookies();
      await server.start();
    }
  });
});

describe('a phone out of space', () => {
  it('drops the oldest saved briefings to make room, and says so', async () => {
    const small = await launchPhone();
    try {
      const p = await small.newPage();
      const cdp = await small.newCDPSession(p);
      // Room for the app and about half the feed's copies.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: proxy.url, quotaSize: 150 * 1024 });
      await p.goto(`${proxy.url}/`);
      await p.locator('.sync', { hasText: /The phone was full: \d+ older saved briefings removed\./ }).waitFor({
        timeout: 20_000,
      });
      const saved = (await cachedPaths(p))['briefing-saved-v1'] ?? [];
      expect(saved).toContain('/api/briefings');
      expect(saved.length).toBeLessThan(21);
    } finally {
      await small.close();
    }
  });
});
