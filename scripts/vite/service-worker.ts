// Builds the service worker after the app: bundles web/sw/sw.ts into <outDir>/sw.js, then lets
// workbox-build's injectManifest write the precache list into it. Runs inside `vite build`, so
// `npm run build` (and so `npm start` and `npm test`) always ship a service worker that matches the app.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { injectManifest } from 'workbox-build';
import { build } from 'vite';
import type { AppBuild } from './after-build';
import { smaller } from './smaller.ts';

/**
 * What every saved page is made from beyond the precached app script (its CSS, every language's
 * strings, its frame): when any of these change, the service worker changes and pages are saved again.
 */
const PAGE_SOURCES = ['web/styles', 'web/i18n', 'web/loader', 'web/components/layout', 'worker/render/document.tsx'];

/** The text of every file of `paths` (files or folders), in a stable order. */
const readAll = (root: string, paths: string[]): string[] =>
  paths.flatMap((p) => {
    const full = resolve(root, p);
    return statSync(full).isDirectory() ? readAll(full, readdirSync(full).sort()) : [readFileSync(full, 'utf8')];
  });

/** A short content hash. */
const hashOf = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

type BuildManifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;

/**
 * The precache: what every page loads (the app's entry script, its static imports and CSS), which is
 * all a saved page is drawn with offline, nothing else, since a first visit pays for every byte: chunks
 * loaded on demand are kept once used, and the manifest and icons stay in the HTTP cache (precaching
 * them would fetch them twice).
 */
export function precacheFiles(manifest: BuildManifest): string[] {
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) add(key);
  return [...files];
}

/** Run after the app's build, beside it, for the same browsers: the service worker runs on the same phones. */
export async function buildServiceWorker({ root, outDir, target }: AppBuild): Promise<void> {
  const sources = readAll(root, PAGE_SOURCES);
  await build({
    configFile: false,
    plugins: [smaller(false)],
    root,
    logLevel: 'warn',
    define: {
      // Workbox logs in development builds only; ours is always a production one.
      'process.env.NODE_ENV': '"production"',
      PAGES_REVISION: JSON.stringify(hashOf(...sources)),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target,
      lib: { entry: resolve(root, 'web/sw/sw.ts'), formats: ['iife'], name: 'briefingSw', fileName: () => 'sw.js' },
    },
  });
  const manifest = JSON.parse(readFileSync(resolve(outDir, 'build-manifest.json'), 'utf8')) as BuildManifest;
  const { warnings } = await injectManifest({
    swSrc: resolve(outDir, 'sw.js'),
    swDest: resolve(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: precacheFiles(manifest),
    // Hashed file names are their own revision.
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 100 * 1024,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
}
