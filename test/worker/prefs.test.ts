import { beforeAll, describe, expect, it } from 'vitest';
import { get as fetchPath } from './editor-client';
import { seedSample } from './seed';

const get = (path: string, headers: Record<string, string> = {}) => fetchPath(path, headers, { redirect: 'manual' });
const BRIEFING = '/briefings/niger-bazoum-coalition';

beforeAll(async () => {
  await seedSample();
});

describe('GET /prefs', () => {
  it('saves a text size for a year and goes back to the page it names', async () => {
    const res = await get(`/prefs?size=xl&back=${encodeURIComponent(BRIEFING)}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(BRIEFING);
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-size=xl; Max-Age=31536000; Path=\/; Secure; SameSite=Lax/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('prefers the Referer, which is right after the app moved between pages without reloading', async () => {
    const res = await get('/prefs?theme=dark&back=/', { Referer: `https://briefing.test${BRIEFING}?lang=fr` });
    expect(res.headers.get('Location')).toBe(`${BRIEFING}?lang=fr`);
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-theme=dark;/);
  });

  it('never sends the reader to another site, and ignores values it does not know', async () => {
    for (const back of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)']) {
      const res = await get(`/prefs?size=huge&back=${encodeURIComponent(back)}`, { Referer: 'https://evil.example/' });
      expect(res.headers.get('Location')).toBe('/');
      expect(res.headers.get('Set-Cookie')).toBeNull();
    }
  });
});

describe('a page for a reader with saved preferences', () => {
  it('carries them on <html>, so they apply before the first paint', async () => {
    const html = await (await get(BRIEFING, { Cookie: 'size=l; theme=dark' })).text();
    expect(html).toMatch(/^<!doctype html><html lang="en" data-size="l" data-theme="dark">/);
  });

  it('carries nothing for the defaults or for values it does not know', async () => {
    for (const cookie of ['', 'size=m; theme=system', 'size=huge; theme=pink']) {
      const html = await (await get(BRIEFING, cookie ? { Cookie: cookie } : {})).text();
      expect(html).toMatch(/^<!doctype html><html lang="en">/);
    }
  });

  it('is cached apart from other readers’ pages, and marks the current choice in its links', async () => {
    await get(BRIEFING);
    const html = await (await get(BRIEFING, { Cookie: 'size=xl' })).text();
    expect(html).toContain('data-size="xl"');
    expect(html).toContain(
      `<a href="/prefs?size=xl&amp;back=${encodeURIComponent(BRIEFING)}" aria-current="true" rel="nofollow">Larger</a>`,
    );
    expect(await (await get(BRIEFING)).text()).toMatch(/^<!doctype html><html lang="en"><head>/);
  });
});
