import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheFiles } from '../../scripts/vite/service-worker';

// Reads the built service worker (`npm test` builds first) and checks what it precaches. How many
// bytes that is, and what a first visit costs, are `npm run bench`'s figures, not assertions here.

const DIST = 'dist';

type BuildManifest = Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] }>;
const buildManifest = () => JSON.parse(readFileSync(join(DIST, 'build-manifest.json'), 'utf8')) as BuildManifest;

function precacheList(): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = /\[\{"revision":.*?\}\]/.exec(sw);
  if (!list) throw new Error('dist/sw.js holds no precache list: did `npm run build` run?');
  return JSON.parse(list[0]) as { url: string; revision: string | null }[];
}

describe('the built service worker', () => {
  it('precaches the app script every page loads, which draws a saved briefing whole, and nothing else', () => {
    const entry = Object.values(buildManifest()).find((m) => m.isEntry)!;
    expect(precacheList().map((e) => e.url)).toContain(entry.file);
    expect(
      precacheList()
        .map((e) => e.url)
        .sort(),
    ).toEqual(precacheFiles(buildManifest()).sort());
    // Installing must not download again what the page already did: no manifest, icons or pages.
    for (const { url } of precacheList()) expect(url).toMatch(/^assets\/[\w-]+\.(js|css)$/);
  });

  it('leaves chunks loaded on demand (a language’s strings) to be kept once used', () => {
    const onDemand = Object.values(buildManifest())
      .filter((m) => m.isDynamicEntry)
      .map((m) => m.file);
    for (const file of onDemand) expect(precacheList().map((e) => e.url)).not.toContain(file);
  });

  it('holds no source maps, every one of them built', () => {
    for (const { url } of precacheList()) {
      expect(url).not.toMatch(/\.map$/);
      expect(existsSync(join(DIST, url))).toBe(true);
    }
  });

  it('lets hashed names stand for their own revision', () => {
    for (const { revision } of precacheList()) expect(revision).toBeNull();
  });
});

describe('a first visit', () => {
  it('loads the app as one script: its entry imports no other chunk before it runs', () => {
    const entry = Object.values(buildManifest()).find((m) => m.isEntry)!;
    expect(entry.imports ?? []).toEqual([]);
  });
});
