import { beforeAll, describe, expect, it, vi } from 'vitest';
import { get } from './editor-client';
import { seedSample } from './seed';
import { countedD1, through } from './through-app';

beforeAll(async () => {
  await seedSample();
});

describe('GET /prefs?back=', () => {
  it.each([
    '/.//evil.example/x',
    '//evil.example/x',
    '/\\evil.example/x',
    '/./\\evil.example',
    'https://evil.example/',
  ])('never sends the reader to another site for back=%s', async (back) => {
    const res = await get(`/prefs?size=l&back=${encodeURIComponent(back)}`, {}, { redirect: 'manual' });
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/']);
  });
});

describe('CORS', () => {
  it('is given by the method: a POST that names GET in Access-Control-Request-Method gets none', async () => {
    const res = await get(
      '/api/briefings',
      { 'Access-Control-Request-Method': 'GET', 'Content-Type': 'application/json' },
      {
        method: 'POST',
        body: '{}',
      },
    );
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers a preflight for a GET', async () => {
    const res = await get(
      '/feed.json',
      { Origin: 'https://reader.example', 'Access-Control-Request-Method': 'GET' },
      {
        method: 'OPTIONS',
      },
    );
    expect([res.status, res.headers.get('Access-Control-Allow-Origin')]).toEqual([204, '*']);
  });
});

describe('cookies', () => {
  it('makes a page that sets a cookie private, never public', async () => {
    const res = await get('/?lang=fr');
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-lang=fr;/);
    expect(res.headers.get('Cache-Control')).toBe('private, max-age=30, stale-while-revalidate=30');
    expect((await get('/')).headers.get('Cache-Control')).toBe('public, max-age=30, stale-while-revalidate=30');
  });

  it('writes __Host- cookies over https and plain ones over http, and reads both', async () => {
    const plain = await through('http://localhost:8787/prefs?theme=dark&back=/', { redirect: 'manual' });
    expect(plain.headers.get('Set-Cookie')).toMatch(/^theme=dark; Max-Age=31536000; Path=\/; SameSite=Lax$/);
    const secure = await get('/prefs?theme=dark&back=/', {}, { redirect: 'manual' });
    expect(secure.headers.get('Set-Cookie')).toMatch(
      /^__Host-theme=dark; Max-Age=31536000; Path=\/; Secure; SameSite=Lax$/,
    );
    for (const cookie of ['__Host-theme=dark; __Host-lang=fr', 'theme=dark; lang=fr']) {
      const html = await (await get('/', { Cookie: cookie })).text();
      expect(html).toMatch(/^<!doctype html><html lang="fr" data-theme="dark"/i);
    }
  });
});

describe('page policies', () => {
  it('turn off camera, microphone, geolocation and the rest, and send CSP reports to /csp-reports', async () => {
    const res = await get('/');
    const policy = res.headers.get('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(policy).toContain(`${feature}=()`);
    expect(res.headers.get('Reporting-Endpoints')).toBe('csp="/csp-reports"');
    expect(res.headers.get('Content-Security-Policy')).toMatch(/; report-uri \/csp-reports; report-to csp$/);
    // The feed's 304s carry no byte they do not need.
    expect((await get('/feed.json')).headers.get('Permissions-Policy')).toBeNull();
  });

  it('logs a CSP report and answers 204', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = [
      {
        type: 'csp-violation',
        body: { documentURL: 'https://briefing.test/', blockedURL: 'inline', effectiveDirective: 'script-src-elem' },
      },
    ];
    const res = await get(
      '/csp-reports',
      { 'Content-Type': 'application/reports+json' },
      {
        method: 'POST',
        body: JSON.stringify(report),
      },
    );
    expect(res.status).toBe(204);
    expect(warn).toHaveBeenCalledWith(
      'csp violation',
      JSON.stringify({ page: 'https://briefing.test/', blocked: 'inline', directive: 'script-src-elem' }),
    );
    warn.mockRestore();
  });
});

describe('without an edge cache', () => {
  it('says so on workers.dev, and with D1 down there answers 503 rather than pretend', async () => {
    const up = await through('https://briefing.newsroom.workers.dev/feed.json');
    expect([up.status, up.headers.get('Briefing-Edge-Cache')]).toEqual([200, 'none']);
    expect((await get('/feed.json')).headers.get('Briefing-Edge-Cache')).toBeNull();
    const { db } = countedD1(() => 'down');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const down = await through(
      'https://briefing.newsroom.workers.dev/feed.json?after=2026-01-01T00:00:00Z~x',
      {},
      { DB: db },
    );
    expect(down.status).toBe(503);
    vi.restoreAllMocks();
  });
});
