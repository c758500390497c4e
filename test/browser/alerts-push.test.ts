import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { AlertPayload } from '../../web/alerts-protocol';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { cachedPaths, edit, readToTheEnd, waitUntilSaved } from './pwa';

// The service worker's side of alerts, driven as a push service would drive it: Chromium's DevTools
// protocol delivers the message (no push service is reachable from here).

const NEWS = '/briefings/alert-news';
// Where the phone keeps a briefing's one copy (web/saved-feed.ts).
const NEWS_COPY = '/api/briefings/alert-news';
let server: DevServer;
let browser: BrowserContext;
let page: Page;
let cdp: CDPSession;
let registrationId = '';

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  browser = await launchPhone();
  await browser.grantPermissions(['notifications'], { origin: server.url });
  // No push service is reachable from here: pushManager.subscribe's result is stood in for, with a real
  // P-256 key and secret, so everything from the reader's tap to the server's answer is the app's own.
  await browser.addInitScript(() => {
    if (typeof PushManager === 'undefined') return;
    const b64 = (bytes: ArrayBuffer | Uint8Array) =>
      btoa(String.fromCharCode(...new Uint8Array(bytes)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const w = window as unknown as { standIn?: PushSubscriptionJSON | null; subscribed?: number };
    const subscription = (json: PushSubscriptionJSON) =>
      ({
        endpoint: json.endpoint,
        toJSON: () => json,
        unsubscribe: async () => ((w.standIn = null), true),
      }) as unknown as PushSubscription;
    PushManager.prototype.getSubscription = async () => (w.standIn ? subscription(w.standIn) : null);
    PushManager.prototype.subscribe = async () => {
      const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      w.subscribed = (w.subscribed ?? 0) + 1;
      w.standIn = {
        endpoint: `https://fcm.googleapis.com/fcm/send/stand-in-${Math.random().toString(36).slice(2)}`,
        expirationTime: null,
        keys: {
          p256dh: b64(await crypto.subtle.exportKey('raw', pair.publicKey)),
          auth: b64(crypto.getRandomValues(new Uint8Array(16))),
        },
      };
      return subscription(w.standIn);
    };
  });
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
    expect((await cachedPaths(page))['briefing-saved-v1']).not.toContain(NEWS_COPY);
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
    expect((await cachedPaths(page))['briefing-saved-v1']).toContain(NEWS_COPY);
  });

  it('offers alerts under a briefing, asking the server only after the reader’s tap', async () => {
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await readToTheEnd(page);
    const offer = page.getByRole('button', { name: 'Get alerts when this moves' });
    await offer.waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as { subscribed?: number }).subscribed ?? 0)).toBe(0);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/subscriptions'));
    await offer.click();
    expect((await answered).status()).toBe(204);
    // Said once the phone has kept the settings the server took.
    await expect.poll(() => page.locator('.tools .alert-offer [role=status]').innerText()).toBe('Alerts on');
  });

  it('shows in the settings what alerts, the cap and quiet hours, and turns alerts off on the server', async () => {
    await page.getByRole('button', { name: 'Settings' }).click({ timeout: 20_000 });
    const settings = page.locator('.alert-settings');
    await expect
      .poll(() => settings.innerText())
      .toBe(
        'Alerts for: International Coalition Intensifies Pressure for Release of Niger’s Detained Former President\n\nAt most 3 a day; none between 22:00 and 07:00.\n\nTurn alerts off',
      );
    const json = await page.evaluate(() => (window as { standIn?: PushSubscriptionJSON }).standIn);
    const deleted = page.waitForResponse((r) => r.url().endsWith('/api/subscriptions'));
    await page.getByRole('button', { name: 'Turn alerts off' }).click();
    expect((await deleted).status()).toBe(204);
    await expect.poll(() => settings.count()).toBe(0);
    // The server forgot it: sent again, the same subscription is new.
    const again = await fetch(`${server.url}/api/subscriptions`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ subscription: json, language: 'en', follows: { countries: ['NE'] } }),
    });
    expect(again.status).toBe(204);
  });

  it('offers alerts for what the reader follows, on their tap, and drops them with the follow', async () => {
    await page.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await readToTheEnd(page);
    const follow = page.locator('nav.situations').getByRole('button', { name: 'Follow' });
    await follow.click({ timeout: 20_000 });
    const offer = page.locator('.follow-alerts').getByRole('button', { name: 'Get alerts about Niger' });
    await offer.waitFor();
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/subscriptions'));
    await offer.click();
    expect((await sent).postDataJSON()).toMatchObject({
      follows: { countries: ['ne'], topics: [], stories: [], briefings: [] },
    });
    await expect.poll(() => page.locator('.follow-alerts [role=status]').innerText()).toBe('Alerts on');
    // Unfollowed, its alerts go too: they were the only ones, so the subscription is deleted.
    const dropped = page.waitForResponse((r) => r.url().endsWith('/api/subscriptions'));
    await follow.click();
    expect((await dropped).status()).toBe(204);
    await expect.poll(() => page.locator('.follow-alerts').count()).toBe(0);
  });

  it('tells an iPhone reader outside the installed app that alerts need the Home Screen, asking nothing', async () => {
    const iphone = await browser.newPage();
    await iphone.addInitScript(() =>
      Object.defineProperty(navigator, 'userAgent', {
        get: () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
      }),
    );
    await iphone.goto(`${server.url}/briefings/niger-bazoum-coalition`);
    await readToTheEnd(iphone);
    const asked: string[] = [];
    iphone.on('request', (r) => r.url().includes('/api/') && r.method() !== 'GET' && asked.push(r.url()));
    await iphone.getByRole('button', { name: 'Get alerts when this moves' }).click({ timeout: 20_000 });
    await expect(iphone.locator('.alert-offer [role=status]').innerText()).resolves.toMatch(
      /^On iPhone and iPad, alerts work once Briefing is added to the Home Screen/,
    );
    expect(asked).toEqual([]);
    await iphone.close();
  });

  it('opens the alerted briefing with the server stopped', async () => {
    await server.stop();
    await page.goto(`${server.url}${NEWS}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('News that moved');
  });
});
