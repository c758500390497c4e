import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Reads the built service worker (`npm test` builds first) and holds the PWA to its budgets:
// what a first visit downloads, and what the service worker keeps before the reader saves anything.

const DIST = 'dist';
const KB = 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function precacheList(): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = /\[\{"revision":.*?\}\]/.exec(sw);
  if (!list) throw new Error('dist/sw.js holds no precache list: did `npm run build` run?');
  return JSON.parse(list[0]) as { url: string; revision: string | null }[];
}

describe('the built service worker', () => {
  it('precaches the app script, the manifest, the small icon and the offline page, and nothing else', () => {
    const urls = precacheList().map((e) => e.url);
    const scripts = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(urls.sort()).toEqual(['/offline', ...scripts.map((f) => `assets/${f}`), 'icons/icon-192.png', 'manifest.webmanifest'].sort());
  });

  it('holds no source maps and no large file, every one of them built', () => {
    for (const { url } of precacheList().filter((e) => e.url !== '/offline')) {
      expect(url).not.toMatch(/\.map$/);
      expect(existsSync(join(DIST, url))).toBe(true);
      expect(statSync(join(DIST, url)).size).toBeLessThan(50 * KB);
    }
  });

  it('revisions what is not content-hashed, and lets hashed names stand for themselves', () => {
    for (const { url, revision } of precacheList()) expect(revision === null).toBe(url.startsWith('assets/'));
  });

  it('precaches under 50 KB of files, leaving room for the offline page (measured in the browser test)', () => {
    const files = precacheList().filter((e) => e.url !== '/offline');
    const total = files.reduce((sum, { url }) => sum + statSync(join(DIST, url)).size, 0);
    expect(total).toBeLessThan(46 * KB);
  });
});

describe('a first visit', () => {
  it('downloads at most 15 KB of JavaScript for the page, gzipped', () => {
    // The page loads one module script; anything it imported would be listed beside it.
    const scripts = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(gz(join(DIST, 'assets', scripts[0]))).toBeLessThanOrEqual(15 * KB);
  });

  it('downloads a service worker of at most 10 KB, gzipped', () => {
    expect(gz(join(DIST, 'sw.js'))).toBeLessThanOrEqual(10 * KB);
  });
});
