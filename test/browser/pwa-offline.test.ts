import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { launchPhone } from '../harness/chromium';
import { cachedPaths, d1, edit, returnToApp, savedText, waitUntilSaved } from './pwa';
import { DevServer } from '../harness/dev-server';

// After one visit, everything on the feed's first page reads with the server gone; a failing server
// never costs the reader the copy they have; a retraction replaces the saved copy at the next sync.

const FIRST = '/briefings/niger-bazoum-coalition';
const SECOND = '/briefings/sahel-second-look';
// docs/offline.md's screenshots: `BRIEFING_SCREENSHOTS=docs/screenshots npx vitest run --project browser pwa-offline` remakes them.
const SHOTS = process.env.BRIEFING_SCREENSHOTS ?? 'test-results';

let server: DevServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  // A second briefing, published as an editor would, so "every briefing" means more than one.
  const created = await edit(server, 'POST', '/api/briefings', {
    // Its outlook was due for review a minute after it was written: overdue whenever the test runs.
    body: {
      ...sample,
      id: 'sahel-second-look',
      headline: 'A Second Look at the Sahel Coalition',
      whatComesNext: { ...sample.whatComesNext, nextReviewDue: '2026-11-25T12:01:00Z' },
    },
  });
  expect(created.status).toBe(201);
  browser = await launchPhone();
  page = await browser.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const headline = () => page.locator('main h1').innerText();

describe('offline reading', () => {
  it('saves one copy of every briefing of the feed after a single visit, the feed’s index, and one frame', async () => {
    await page.goto(`${server.url}${FIRST}`);
    await waitUntilSaved(page);
    // Each briefing once, as JSON; the home page is drawn from them, and every page in the one frame.
    await expect
      .poll(async () => (await cachedPaths(page))['briefing-saved-v1'])
      .toEqual(['/api/briefings', `/api${FIRST}`, `/api${SECOND}`]);
    await expect.poll(async () => (await cachedPaths(page))['briefing-frame-v1']).toEqual(['/__frame/en']);
    // No HTML page of a briefing is kept beside its copy.
    expect(Object.keys(await cachedPaths(page)).filter((n) => /pages|index/.test(n))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/briefing-online.png` });
  });

  it('reads the home page and every briefing with the server process stopped', async () => {
    await server.stop();
    await page.goto(`${server.url}/`);
    // Drawn by the app from the saved feed, in the frame of a saved page.
    await page.locator('.card h2').first().waitFor();
    await expect(page.title()).resolves.toBe('Briefing');
    await expect(page.locator('.card h2').allInnerTexts()).resolves.toEqual([
      'A Second Look at the Sahel Coalition',
      sample.headline,
    ]);
    // The overdue outlook is flagged on the saved list too.
    await expect(page.locator('.card .flag').allInnerTexts()).resolves.toEqual([' · review overdue']);
    await page.goto(`${server.url}${SECOND}`);
    await expect(headline()).resolves.toBe('A Second Look at the Sahel Coalition');
    await page.goto(`${server.url}${FIRST}`);
    // The app has drawn the page (its headline was there before it: below).
    await page.locator('.scenario').first().waitFor();
    await expect(headline()).resolves.toBe(sample.headline);
    await expect(page.locator('.scenario').count()).resolves.toBe(2);
    // The app still moves between pages without the network, from what it saved.
    await page.locator('.brand').click();
    await page.getByRole('link', { name: 'A Second Look at the Sahel Coalition' }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}${SECOND}`);
    await expect(headline()).resolves.toBe('A Second Look at the Sahel Coalition');
  });

  it('paints a saved briefing’s top with the page, before the app, and nothing of it moves when the app draws', async () => {
    // The page's headings and the top of its briefing: their words and where they are on screen.
    const seen = `(() => {
      const at = (s) => { const e = document.querySelector('main ' + s); return e && { text: e.innerText, top: e.getBoundingClientRect().top }; };
      return { h1s: document.querySelectorAll('h1').length, kicker: at('.kicker'), h1: at('h1'), standfirst: at('.standfirst') };
    })()`;
    // What the reader sees before any script of the app has drawn: DOMContentLoaded comes before the app
    // has read the saved copy, let alone drawn it.
    await page.addInitScript(`addEventListener('DOMContentLoaded', () => { window.beforeApp = ${seen}; })`);
    await page.goto(`${server.url}${FIRST}`);
    await page.locator('.scenario').first().waitFor();
    const drawn = await page.evaluate(seen);
    expect(await page.evaluate('window.beforeApp')).toEqual(drawn);
    expect(drawn).toEqual({
      h1s: 1,
      kicker: { text: 'ANALYSIS', top: expect.any(Number) },
      h1: { text: sample.headline, top: expect.any(Number) },
      standfirst: { text: sample.standfirst, top: expect.any(Number) },
    });
    // One level-one heading for a screen reader, the app's.
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  });

  it('says it is offline and how old the saved copy is', async () => {
    // Chromium's emulated offline does not reach `navigator.onLine` of a document its service worker
    // serves, as a phone's real one does: once the page is there, say so again, as the phone would.
    const offlineAgain = async () => {
      await browser.setOffline(false);
      await browser.setOffline(true);
    };
    await browser.setOffline(true);
    await page.goto(`${server.url}/`).catch(() => undefined);
    await offlineAgain();
    await expect.poll(() => page.locator('.sync').innerText()).toMatch(/^Offline · saved (just now|\d+ minutes? ago)$/);
    await page.screenshot({ path: `${SHOTS}/home-offline.png` });
    await page.goto(`${server.url}${FIRST}`);
    await offlineAgain();
    await page.locator('.sync', { hasText: 'Offline' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/briefing-offline.png` });
    await browser.setOffline(false);
  });

  it('shows the offline page for a page it never saved', async () => {
    await page.goto(`${server.url}/briefings/never-visited`);
    await expect(headline()).resolves.toBe('You are offline');
    await server.start();
  });
});

describe('a failing feed', () => {
  it('leaves the last good copy in place, whether the server sends its stale copy or a 503', async () => {
    await page.goto(`${server.url}/`);
    await waitUntilSaved(page);
    await page.screenshot({ path: `${SHOTS}/home-online.png` });
    const before = await savedText(page, 'briefing-saved-v1', '/api/briefings');
    const stamp = () =>
      page.evaluate(async () =>
        (await caches.match('/api/briefings', { cacheName: 'briefing-saved-v1' }))?.headers.get('Briefing-Synced-At'),
      );

    // A reader's first sync elsewhere: the worker keeps that answer as its last good copy.
    expect((await fetch(`${server.url}/api/briefings`)).status).toBe(200);
    // Storage fails: the worker answers with its last copy marked stale, then (its cache gone) a 503.
    for (const dropWorkerCache of [false, true]) {
      const stampBefore = await stamp();
      await server.stop();
      d1(server, 'ALTER TABLE revisions RENAME TO revisions_away');
      if (dropWorkerCache) rmSync(join(server.persistTo, 'v3', 'cache'), { recursive: true, force: true });
      await server.start();
      try {
        const direct = await fetch(`${server.url}/api/briefings`);
        expect(dropWorkerCache ? direct.status : direct.headers.get('Briefing-Stale')).toBe(
          dropWorkerCache ? 503 : 'storage-unavailable',
        );

        // The app's own sync, as when the reader comes back to it.
        await returnToApp(page);
        if (dropWorkerCache) {
          // A 503: the reader is told, and gets the copy saved before, stamp and all.
          await expect
            .poll(() => page.locator('.sync').innerText(), { timeout: 10_000 })
            .toMatch(/^Could not update · saved/);
          const answer = await page.evaluate(async () => {
            const res = await fetch('/api/briefings', { cache: 'no-cache' });
            return { status: res.status, stamp: res.headers.get('Briefing-Synced-At') };
          });
          expect(answer).toEqual({ status: 200, stamp: stampBefore });
        }
        // The stale copy may come back as a 304 to the browser's own copy (the same bytes, so the worker
        // may save it again); either way what this phone holds is the last good feed, unchanged.
        await page.waitForTimeout(500);
        expect(await savedText(page, 'briefing-saved-v1', '/api/briefings')).toBe(before);
        // Home is drawn by the app from the saved feed, with no request.
        await page.reload();
        await page.locator('.card').first().waitFor();
        await expect(page.locator('.card').count()).resolves.toBe(2);
      } finally {
        await server.stop();
        d1(server, 'ALTER TABLE revisions_away RENAME TO revisions');
        await server.start();
      }
    }
  });
});

describe('a retraction', () => {
  it('replaces the saved copy at the next sync, on screen and offline', async () => {
    await page.goto(`${server.url}${SECOND}`);
    await waitUntilSaved(page);
    const retracted = await edit(server, 'DELETE', `/api/briefings/sahel-second-look`, {
      ifMatch: '"r1"',
      body: { reason: 'The coalition named in it was misidentified.' },
    });
    expect(retracted.status).toBe(200);

    await returnToApp(page);
    // The page being read changes in place, and the copy kept for offline is replaced.
    await page.locator('.retraction').waitFor();
    await expect.poll(() => savedText(page, 'briefing-saved-v1', `/api${SECOND}`)).toContain('"status":"retracted"');

    await server.stop();
    await page.goto(`${server.url}${SECOND}`);
    await expect(page.locator('.retraction').innerText()).resolves.toContain(
      'The coalition named in it was misidentified.',
    );
    await expect(page.locator('main section').count()).resolves.toBe(0);
    await page.goto(`${server.url}/`);
    await expect(page.locator('.card').first().innerText()).resolves.toContain('Retracted');
  });
});
