import { describe, expect, it } from 'vitest';
import { get } from './editor-client';

describe('security headers', () => {
  it.each(['/', '/feed.json', '/api/briefings/none', '/nowhere'])('are on %s', async (path) => {
    const res = await get(path);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/^default-src 'self';/);
    // Only our origin and hashed inline scripts: nothing like 'unsafe-inline' or a nonce.
    expect(/script-src ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/)).toSatisfy((sources: string[]) =>
      sources.every((s) => s === "'self'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
    );
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(res.headers.get('Strict-Transport-Security')!)![1])).toBeGreaterThanOrEqual(
      31536000,
    );
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('allow each inline script of a page by its hash, and nothing else inline', async () => {
    const res = await get('/briefings/none');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]);
    expect(scripts.length).toBe(2);
    // In <head>, only the classes the first paint needs; last in <body>, the built loader with the app's
    // hashed module and each language's words written in (the service worker reads them back offline).
    expect(html.indexOf(`<script>${scripts[0]}`)).toBeLessThan(html.indexOf('</head>'));
    expect(scripts[1]).toMatch(/"\/assets\/app-[\w-]+\.js"/);
    expect(scripts[1]).toMatch(/"fr":"\/assets\/strings-fr-[\w-]+\.js"/);
    expect(html.indexOf(`<script>${scripts[1]}`)).toBeGreaterThan(html.indexOf('</main>'));
    const csp = res.headers.get('Content-Security-Policy')!;
    for (const script of scripts) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
      expect(csp).toContain(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
    }
  });

  it("keep the same policy on a page's 304 as on its 200, since browsers update stored headers from it", async () => {
    const first = await get('/');
    const again = await get('/', { 'If-None-Match': first.headers.get('ETag')! });
    expect(again.status).toBe(304);
    expect(again.headers.get('Content-Security-Policy')).toBe(first.headers.get('Content-Security-Policy'));
  });

  it('allow the inline stylesheet by its hash only', async () => {
    const res = await get('/');
    const html = await res.text();
    const css = /<style>(.*?)<\/style>/s.exec(html)![1];
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(res.headers.get('Content-Security-Policy')).toContain(`'sha256-${hash}'`);
  });
});

describe('errors', () => {
  it('answers a bad path under /api with a problem document, never HTML', async () => {
    const res = await get('/api/nothing/here');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers a bad page path with the 404 page', async () => {
    const res = await get('/no/such/page');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await get('/feed.json', {}, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toContain('GET');
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('CORS', () => {
  it('lets any origin read the feed, without credentials', async () => {
    const res = await get('/feed.json', { Origin: 'https://reader.example' });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });
});
