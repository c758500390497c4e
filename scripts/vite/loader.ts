// Builds the page's inline loader (web/loader/loader.ts) into <outDir>/loader.js: one minified
// classic script, for the same browsers as the app. The worker reads it through its ASSETS binding,
// writes the app's hashed script path into it, inlines it in every page and allows it by its hash.
import { resolve } from 'node:path';
import { build, type BuildEnvironmentOptions, type Plugin } from 'vite';

export const LOADER_FILE = 'loader.js';

export function inlineLoader(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let target: BuildEnvironmentOptions['target'];
  return {
    name: 'briefing-inline-loader',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      target = config.build.target;
    },
    async closeBundle() {
      await build({
        configFile: false,
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
            fileName: () => LOADER_FILE,
          },
        },
      });
    },
  };
}
