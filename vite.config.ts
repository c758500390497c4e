import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { afterBuild } from './scripts/vite/after-build.ts';
import { buildEditor } from './scripts/vite/editor.ts';
import { buildLoader } from './scripts/vite/loader.ts';
import { buildServiceWorker } from './scripts/vite/service-worker.ts';
import { smaller } from './scripts/vite/smaller.ts';

// Builds the PWA's client code into dist/ (served by the worker as static assets).
// There is no index.html: every page is rendered by the worker and hydrated by web/main.tsx.
/**
 * Vite bundles its preload helper into any app with a dynamic import. With
 * `modulePreload: false` and no CSS chunks it has nothing to preload, so the import alone is enough.
 */
const noPreloadHelper = (): Plugin => ({
  name: 'briefing-no-preload-helper',
  enforce: 'pre',
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
});

/** What the app's own script holds besides web/main.tsx's own imports (see `codeSplitting` below). */
const APP_CHUNK =
  /web\/main\.tsx|node_modules\/preact\/(dist|jsx-runtime)|web\/i18n\/(en|context|outlook)\.ts|model\/outlook-series\.ts/;

/** The app reads its one locale directly, without Preact's hooks (web/i18n/page-locale.ts). */
const pageLocale = (): Plugin => ({
  name: 'briefing-page-locale',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('/use-locale')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id.replace(/use-locale\.ts$/, 'page-locale.ts');
  },
});

/** The manifest is kept readable in web/public; served, its spaces would be bytes every first visit pays. */
const compactManifest = (): Plugin => ({
  name: 'briefing-compact-manifest',
  apply: 'build',
  closeBundle() {
    const file = resolve('dist/manifest.webmanifest');
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
  },
});

export default defineConfig({
  plugins: [
    preact(),
    noPreloadHelper(),
    pageLocale(),
    smaller(true),
    compactManifest(),
    afterBuild('briefing-inline-loader', buildLoader),
    afterBuild('briefing-service-worker', buildServiceWorker),
    afterBuild('briefing-editor', buildEditor),
  ],
  publicDir: 'web/public',
  // workbox-window's package points bundlers at its ES5 build; the modern one is smaller.
  resolve: { alias: { 'workbox-window': 'workbox-window/build/workbox-window.prod.mjs' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by the worker (through its ASSETS binding) to name the hashed app script in every page.
    manifest: 'build-manifest.json',
    // The oldest browsers built for, the service worker's too: phones that no longer update, where the app
    // works without what their engines lack. Chrome 61 and 62 cannot run it (no dynamic import): there the
    // module fails to parse and the reader has the server's whole page, as without JavaScript.
    target: ['chrome61', 'safari12'],
    modulePreload: false,
    rollupOptions: {
      input: { app: 'web/main.tsx' },
      // Rolldown would put Preact, the English strings and the outlook's words, which the lazy chunks share
      // with the app, in chunks of their own that every page loads anyway: one file compresses better.
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: {
          groups: [{ name: 'app', test: APP_CHUNK }],
        },
      },
    },
  },
});
