import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhone } from '../harness/chromium';
import { cachedPaths, returnToApp, savedText, waitUntilSaved } from './pwa';
import { DevServer } from '../harness/dev-server';

// One build, then the next: the reader is asked, nothing mixes, and only the new caches remain.
// The next build goes to its own directory, so dist/ stays as other tests expect it.

let next: string;
let server: DevServer;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  next = mkdtempSync(join(tmpdir(), 'briefing-next-'));
  const built = spawnSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, VITE_BUILD: 'next' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the next build failed:\n${built.stdout}\n${built.stderr}`);
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (next) rmSync(next, { recursive: true, force: true });
});

const appScript = () => page.locator('script[type="module"][src^="/assets/app-"]').getAttribute('src');

describe('an update from one build to the next', () => {
  it('waits for the reader, then reloads into the new build with only the new caches', async () => {
    await page.goto(`${server.url}/`);
    await waitUntilSaved(page);
    const oldScript = await appScript();
    // A cache an older format of this app left behind: the next service worker must clear it.
    await page.evaluate(() => caches.open('briefing-pages-v0').then((c) => c.put('/old', new Response('old'))));

    await server.stop();
    await server.start({ assets: next });
    await returnToApp(page);
    await page.locator('.toast', { hasText: 'New version ready' }).waitFor({ timeout: 20_000 });

    // Until the reader decides, the page stays whole on its own build.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBeUndefined();
    expect(await appScript()).toBe(oldScript);

    const reloaded = page.waitForEvent('framenavigated');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.build === 'next');
    const newScript = await appScript();
    expect(newScript).not.toBe(oldScript);

    // The new worker takes the page as it starts activating, and clears the old caches meanwhile.
    const appCaches = async () => Object.keys(await cachedPaths(page)).filter((n) => n.startsWith('briefing-app-'));
    await expect.poll(appCaches).toHaveLength(1);
    const held = await cachedPaths(page);
    const [precache] = await appCaches();
    // The month's data count (written two seconds after a fetch) outlives builds on purpose.
    expect(
      Object.keys(held)
        .filter((n) => n !== precache && n !== 'usage-v1')
        .sort(),
    ).toEqual(['briefing-frame-v1', 'briefing-saved-v1']);
    expect(held[precache]).toContain(newScript);
    expect(held[precache]).not.toContain(oldScript);

    // The frame saved pages are drawn in named the old build's script: the new build keeps its own.
    await waitUntilSaved(page);
    await expect.poll(() => savedText(page, 'briefing-frame-v1', '/__frame/en')).toContain(newScript!);
    expect(await savedText(page, 'briefing-frame-v1', '/__frame/en')).not.toContain(oldScript!);
  });
});
