// Builds the newsroom editor's script and stylesheet after the app, into dist/editor/ with a manifest of
// its own: the readers' build manifest (and so their service worker's precache and the page-script
// budgets) never names them. The worker links them only from /editor pages (worker/render/editor-assets.ts).
import { resolve } from 'node:path';
import { build } from 'vite';
import type { AppBuild } from './after-build';
import { smaller } from './smaller.ts';

/** Where the editor's files are served from, under the worker's /editor pages. */
export const EDITOR_BASE = '/editor/';

export async function buildEditor({ root, outDir, target }: AppBuild): Promise<void> {
  await build({
    configFile: false,
    root,
    base: EDITOR_BASE,
    logLevel: 'warn',
    plugins: [smaller(true)],
    build: {
      outDir: resolve(outDir, 'editor'),
      emptyOutDir: true,
      copyPublicDir: false,
      target,
      modulePreload: false,
      manifest: 'manifest.json',
      rollupOptions: { input: { editor: resolve(root, 'web/editor/main.ts') } },
    },
  });
}
