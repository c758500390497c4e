import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  /web\/main\.tsx|node_modules\/preact\/(dist|jsx-runtime)|web\/i18n\/(context|outlook|page-locale|app-outlook-languages)\.ts/;

/**
 * In the app, modules the server shares read the page's one locale: directly, without Preact's hooks
 * (use-locale, default-locale → web/i18n/page-locale.ts), and with only the words its language's files
 * bring (outlook-languages → app-outlook-languages.ts, history-languages → app-history-languages.ts).
 */
const APP_SWAPS: Record<string, string> = {
  'use-locale': 'page-locale',
  'default-locale': 'page-locale',
  'outlook-languages': 'app-outlook-languages',
  'history-languages': 'app-history-languages',
};
const pageLocale = (): Plugin => ({
  name: 'briefing-page-locale',
  enforce: 'pre',
  async resolveId(source, importer) {
    const name = /\/([\w-]+)$/.exec(source)?.[1];
    if (!name || !APP_SWAPS[name]) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id.replace(/[\w-]+\.ts$/, `${APP_SWAPS[name]}.ts`);
  },
});

/** The manifests are kept readable in web/public; served, their spaces would be bytes every first visit pays. */
const compactManifest = (): Plugin => ({
  name: 'briefing-compact-manifest',
  apply: 'build',
  closeBundle() {
    for (const name of readdirSync('dist').filter((f) => f.endsWith('.webmanifest'))) {
      const file = resolve('dist', name);
      writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    }
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
      // Rolldown would put Preact, the locale and the outlook's helpers, which the lazy chunks share
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
