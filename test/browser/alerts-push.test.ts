import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { AlertPayload } from '../../web/alerts-protocol';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { cachedPaths, edit, waitUntilSaved } from './pwa';

// The service worker's side of alerts, driven as a push service would drive it: Chromium's DevTools
// protocol delivers the message (no push service is reachable from here).

const NEWS = '/briefings/alert-news';
let server: DevServer;
let browser: BrowserContext;
let page: Page;
let cdp: CDPSession;
let registrationId = '';

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  await browser.grantPermissions(['notifications'], { origin: server.url });
  page = await browser.newPage();
  cdp = await browser.newCDPSession(page);
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: { registrationId: string }[] }) => {
    registrationId ||= e.registrations[0]?.registrationId ?? '';
  });
  await cdp.send('ServiceWorker.enable');
  await page.goto(`${server.url}/`);
  await waitUntilSaved(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an alert on the phone', () => {
  it('saves the briefing for offline reading, then shows the notification', async () => {
    // Published after the phone's last sync: only the alert can have saved it.
    const created = await edit(server, 'POST', '/api/briefings', {
      body: { ...sample, id: 'alert-news', headline: 'News that moved' },
    });
    expect(created.status).toBe(201);
    expect((await cachedPaths(page))['briefing-pages-v1']).not.toContain(NEWS);
    const alert: AlertPayload = {
      v: 1,
      kind: 'published',
      briefing: 'alert-news',
      url: NEWS,
      revision: 1,
      title: 'News that moved',
      body: 'New briefing: what moved',
    };
    await expect.poll(() => registrationId).not.toBe('');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId,
      data: JSON.stringify(alert),
    });
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          data: n.data as unknown,
        })),
      );
    await expect
      .poll(shown, { timeout: 20_000 })
      .toEqual([{ title: 'News that moved', body: 'New briefing: what moved', tag: 'alert-news', data: NEWS }]);
    // The notification is shown only once the copy is saved.
    expect((await cachedPaths(page))['briefing-pages-v1']).toContain(NEWS);
  });

  it('opens the alerted briefing with the server stopped', async () => {
    await server.stop();
    await page.goto(`${server.url}${NEWS}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('News that moved');
  });
});
