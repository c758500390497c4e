import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { launchPhone } from '../harness/chromium';
import { appStarted, edit, returnToApp, savedText, waitUntilSaved } from './pwa';
import { DevServer } from '../harness/dev-server';

// Installing, the headers the PWA's files are served with, and the app taking over the server's page.

let server: DevServer;
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${server.url}/`);
  await waitUntilSaved(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Width and height from a PNG's IHDR chunk. */
/** The <main> the reader has, as the server would write it (a browser writes a no-break space as `&nbsp;`). */
const drawnMain = (page: Page) => page.locator('main').evaluate((m) => m.innerHTML.replace(/&nbsp;/g, '\u00a0'));
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('installing', () => {
  it('has no installability errors', async () => {
    const cdp = await browser.newCDPSession(page);
    await expect(cdp.send('Page.getInstallabilityErrors')).resolves.toEqual({ installabilityErrors: [] });
  });

  it('serves a manifest with real icons of the sizes it names, a maskable one and shortcuts', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      shortcuts: unknown[];
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: expect.any(String),
      short_name: 'Briefing',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
    });
    expect(manifest.shortcuts.length).toBeGreaterThan(0);
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const res = await fetch(`${server.url}${icon.src}`);
      expect(res.headers.get('Content-Type')).toBe('image/png');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(pngSize(bytes).join('x')).toBe(icon.sizes);
    }
  });

  it('links the manifest and the iOS icon and title from every page', async () => {
    await expect(page.locator('link[rel="manifest"]').getAttribute('href')).resolves.toBe('/manifest.webmanifest');
    await expect(page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).resolves.toBe(
      '/icons/apple-touch-icon.png',
    );
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content')).resolves.toBe(
      'yes',
    );
  });

  it('offers its own Install button in place of the browser banner', async () => {
    await page.getByRole('button', { name: 'Install' }).waitFor();
  });

  it('shows the storage used in the settings', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.locator('#settings').innerText()).toMatch(/Storage used: \d+ KB/);
    await page.getByRole('button', { name: 'Settings' }).click();
  });
});

describe('the files of the PWA', () => {
  it('serves sw.js never cached long and the hashed app script immutable, with security headers', async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.headers.get('Cache-Control')).toBe('no-cache');
    expect(sw.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const script = await page.locator('script[type="module"][src^="/assets/app-"]').getAttribute('src');
    expect(script).toMatch(/^\/assets\/app-[\w-]+\.js$/);
    const app = await fetch(`${server.url}${script}`);
    expect(app.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(app.headers.get('Content-Security-Policy')).toContain("object-src 'none'");
  });

  // How many bytes these are is `npm run bench`'s to measure: here, only what the precache holds.
  it('precaches the app script the page loaded, keeps its words, and no page, manifest or icon', async () => {
    const script = await page.locator('script[type="module"][src^="/assets/app-"]').getAttribute('src');
    // The page's words, fetched beside the app by readers of its language only.
    const words = await page.locator('script[type="module"][src^="/assets/strings-"]').getAttribute('src');
    expect(words).toMatch(/^\/assets\/strings-en-[\w-]+\.js$/);
    const held = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('briefing-app-'))!;
      return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    });
    // Put there at install: it draws a saved briefing whole, outlook included; chunks loaded on demand
    // join it once used.
    expect(held).toContain(script);
    // Kept with the frame of its language: the app needs them to draw offline.
    expect(held).toContain(words);
    for (const path of held) expect(path).toMatch(/^\/assets\/[\w-]+\.js$/);
  });
});

describe('the app on the server-rendered page', () => {
  it('moves from the home page to a briefing and back without reloading', async () => {
    await page.goto(`${server.url}/`);
    await waitUntilSaved(page);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('link', { name: /International Coalition Intensifies Pressure/ }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/briefings/niger-bazoum-coalition`);
    await expect(page.locator('main h1').innerText()).resolves.toContain(
      'International Coalition Intensifies Pressure',
    );
    await expect(page.title()).resolves.toContain('International Coalition Intensifies Pressure');
    await page.goBack();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Latest briefings');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('has the whole briefing laid out once the app has started (the first paint lays out only its first screen)', async () => {
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await appStarted(page);
    // Once saved, the briefing opens from the phone: the app draws it as it starts.
    await page.locator('main article.briefing').waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of [
      'Signposts to watch',
      'ECOWAS answers the open letter',
      'Primary source:',
      'A Litmus Test for West African Democracy',
    ])
      expect(text).toContain(shown);
    // The loader lays the deferred parts out a frame each, then drops the marks.
    await expect.poll(() => page.locator('html.early, [data-laid]').count()).toBe(0);
  });

  it('hydrates without changing what the server rendered, and runs without errors', async () => {
    const served = await (await fetch(`${server.url}/briefings/niger-bazoum-coalition`)).text();
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await waitUntilSaved(page);
    const main = /<main id="main">([\s\S]*)<\/main>/.exec(served)![1];
    // The loader marks deferred parts for a few frames as it lays them out, then drops the marks.
    await expect.poll(() => drawnMain(page)).toBe(main);
    expect(problems).toEqual([]);
  });

  it('draws a revised outlook’s history as the server does, fetching its code and words only then', async () => {
    const PATH = '/briefings/niger-bazoum-coalition';
    // The history's code, and its words in the page's language only.
    const historyCode = () =>
      page.evaluate(() =>
        ['/outlook-history-chunk-', '/history-en-', '/history-fr-'].map((name) =>
          performance.getEntriesByType('resource').some((r) => r.name.includes(name)),
        ),
      );
    await page.goto(`${server.url}/`);
    await waitUntilSaved(page);
    const [first, ...rest] = sample.whatComesNext.scenarios;
    const whatComesNext = {
      ...sample.whatComesNext,
      scenarios: [{ ...first, likelihood: { status: 'assessed', term: 'unlikely' } }, ...rest],
    };
    expect(
      (
        await edit(server, 'PUT', `/api/briefings/${sample.id}`, {
          ifMatch: '"r1"',
          body: { ...sample, whatComesNext },
        })
      ).status,
    ).toBe(200);

    // The next sync brings the revision; the app then draws the briefing itself, history and all.
    await returnToApp(page);
    await expect
      .poll(() => savedText(page, 'briefing-saved-v1', `/api${PATH}`), { timeout: 10_000 })
      .toContain('"term":"unlikely"');
    expect(await historyCode()).toEqual([false, false, false]);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('link', { name: /International Coalition Intensifies Pressure/ }).click();
    await page.locator('.outlook-history').waitFor();
    await expect(page.locator('.outlook-history').innerText()).resolves.toContain(
      '“A strong, unified response isolates the junta” moved from not assessed to Unlikely (20–45%) on',
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await historyCode()).toEqual([true, true, false]);
    const served = await (await fetch(`${server.url}${PATH}`)).text();
    await expect(drawnMain(page)).resolves.toBe(/<main id="main">([\s\S]*)<\/main>/.exec(served)![1]);
    expect(problems).toEqual([]);
  });
});
