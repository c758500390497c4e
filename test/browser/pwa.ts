import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { DevServer } from '../harness/dev-server';
import { TEST_TOKEN } from '../harness/token';
import { quietEnv } from '../harness/wrangler-env';

// Helpers for the PWA's browser tests: what the service worker holds, and ways to change the server's data.

/** Every cache of the page's origin and the paths (with query) it holds. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => new URL(r.url).pathname + new URL(r.url).search).sort();
    }
    return out;
  });
}

/** The text of a saved copy, as the service worker would serve it offline; null when none. */
export function savedText(page: Page, cache: string, path: string): Promise<string | null> {
  return page.evaluate(
    async ([c, p]) => (await (await caches.open(c)).match(p, { ignoreVary: true }))?.text() ?? null,
    [cache, path] as const,
  );
}

/** Waits until a service worker controls the page and the app says the feed is saved for offline. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.locator('.sync', { hasText: 'Saved for offline' }).waitFor({ timeout: 20_000 });
}

/** Waits until the app has started on the page: it has drawn its bar (by then the whole page is laid out). */
export async function appStarted(page: Page): Promise<void> {
  await page.locator('.appbar button').first().waitFor({ timeout: 20_000 });
}

/**
 * Scrolls to the end of the briefing, as a reader does once the page is on screen and the app has
 * started (before the first paint the sections out of view are not yet laid out, so the end is not
 * yet where it will be): the tools' code is fetched only then.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await appStarted(page);
  // As a reader scrolls on while parts drawn later (the outlook's history) make the page longer.
  let height = -1;
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(
      () => (scrollTo(0, document.documentElement.scrollHeight), document.documentElement.scrollHeight),
    );
    if (now === height) return;
    height = now;
    await page.waitForTimeout(250);
  }
}

/** What the app does when the reader comes back to it: look for a new version and sync. */
export function returnToApp(page: Page): Promise<void> {
  return page.evaluate(() => void document.dispatchEvent(new Event('visibilitychange')));
}

/** Runs SQL on the server's local D1, as an operator would with wrangler (the server may be running). */
export function d1(server: DevServer, sql: string): void {
  const r = spawnSync(
    'npx',
    ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', server.persistTo, '--command', sql],
    {
      env: quietEnv(),
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`d1 failed: ${r.stdout}\n${r.stderr}`);
}

/** An editor's request to the server's API, with the test token. */
export function edit(
  server: DevServer,
  method: string,
  path: string,
  init: { body?: unknown; ifMatch?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${TEST_TOKEN}` };
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${server.url}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
