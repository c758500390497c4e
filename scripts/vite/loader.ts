// Builds the page's inline loader (web/loader/loader.ts) into <outDir>/loader.js: one minified
// classic script, for the same browsers as the app. The worker reads it through its ASSETS binding,
// writes the app's hashed script path into it, inlines it in every page and allows it by its hash.
import { resolve } from 'node:path';
import { build } from 'vite';
import type { AppBuild } from './after-build';
import { smaller } from './smaller.ts';

/** Run after the app's build (scripts/vite/after-build.ts), beside it. */
export async function buildLoader({ root, outDir, target }: AppBuild): Promise<void> {
  await build({
    configFile: false,
    plugins: [smaller(false)],
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target,
      minify: true,
      lib: {
        entry: resolve(root, 'web/loader/loader.ts'),
        formats: ['iife'],
        name: 'l',
        fileName: () => 'loader.js',
      },
    },
  });
}
