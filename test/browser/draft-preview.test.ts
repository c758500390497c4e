import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchPhone } from '../harness/chromium';
import { DevServer } from '../harness/dev-server';
import { signIn } from '../harness/sign-in';
import { TEST_TOKEN } from '../harness/token';
import { varnenTalks } from '../fixtures/outlooks';

// A draft's preview on a 360-pixel phone, in real Chromium against a real wrangler dev: the newsroom's
// banner, then the page readers will get, outlook included; signed in as `npm start` offers locally.

let server: DevServer;
let phone: BrowserContext;
let draftId: string;

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  const briefing = { ...varnenTalks(new Date().toISOString()), id: 'lake-varnen-preview' };
  const res = await fetch(`${server.url}/api/drafts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ briefing }),
  });
  expect(res.status).toBe(201);
  draftId = ((await res.json()) as { id: string }).id;
  phone = await launchPhone();
});
afterAll(async () => {
  await phone?.close();
  await server?.stop();
});

describe('a draft’s preview', () => {
  it('is refused without the newsroom’s identity', async () => {
    const page = await phone.newPage();
    const res = await page.goto(`${server.url}/drafts/${draftId}/preview`);
    expect(res?.status()).toBe(401);
    await page.close();
  });

  it('shows the banner and the outlook as readers will see it, at 360 px', async () => {
    await signIn(phone, server.url);
    const page = await phone.newPage();
    const res = await page.goto(`${server.url}/drafts/${draftId}/preview`);
    expect(res?.status()).toBe(200);
    const banner = page.getByRole('note', { name: 'Preview' });
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('Preview: readers cannot see this yet.');
    // Above the headline, the first thing an editor sees.
    const [bannerBox, headline] = [await banner.boundingBox(), await page.locator('h1').boundingBox()];
    expect(bannerBox!.y).toBeLessThan(headline!.y);
    const outlook = page.locator('section.outlook');
    expect(await outlook.getByRole('heading', { level: 2 }).textContent()).toBe('What comes next');
    expect(await outlook.locator('li').count()).toBeGreaterThan(1);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await page.close();
  });
});
