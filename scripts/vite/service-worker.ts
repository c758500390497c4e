// Builds the service worker after the app: bundles web/sw/sw.ts into <outDir>/sw.js, then lets
// workbox-build's injectManifest write the precache list into it. Runs inside `vite build`, so
// `npm run build` (and so `npm start` and `npm test`) always ship a service worker that matches the app.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { injectManifest } from 'workbox-build';
import { build, type Plugin } from 'vite';

/** What the offline page is rendered from: when any of these change, its precache revision does. */
const OFFLINE_PAGE_SOURCES = [
  'web/styles/critical.ts',
  'web/i18n/en.ts',
  'web/components/layout/Shell.tsx',
  'web/components/layout/OfflinePage.tsx',
  'worker/render/document.tsx',
];

/** A short content hash, for precache revisions. */
const hashOf = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** The precache: the app's JS and CSS, the manifest, the small icon and the offline page. Nothing large, no maps. */
export const PRECACHE_GLOBS = ['assets/*.{js,css}', 'manifest.webmanifest', 'icons/icon-192.png'];

export function serviceWorker(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'briefing-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        // Workbox logs in development builds only; ours is always a production one.
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2020',
          lib: { entry: resolve(root, 'web/sw/sw.ts'), formats: ['iife'], name: 'briefingSw', fileName: () => 'sw.js' },
        },
      });
      const sources = OFFLINE_PAGE_SOURCES.map((f) => readFileSync(resolve(root, f), 'utf8'));
      const { warnings } = await injectManifest({
        swSrc: resolve(outDir, 'sw.js'),
        swDest: resolve(outDir, 'sw.js'),
        globDirectory: outDir,
        globPatterns: PRECACHE_GLOBS,
        // Hashed file names are their own revision.
        dontCacheBustURLsMatching: /^assets\//,
        // The offline page is the worker's, rendered with the current app script: it changes with the build.
        additionalManifestEntries: [{ url: '/offline', revision: hashOf(...sources, ...listAssets(outDir)) }],
        maximumFileSizeToCacheInBytes: 100 * 1024,
      });
      for (const w of warnings) console.warn(`service worker: ${w}`);
    },
  };
}

/** The names of the built assets: they carry their content hashes. */
function listAssets(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(resolve(outDir, 'build-manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>;
  return Object.values(manifest).flatMap((m) => [m.file, ...(m.css ?? [])]);
}
