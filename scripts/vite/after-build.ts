import { resolve } from 'node:path';
import type { BuildEnvironmentOptions, Plugin } from 'vite';

/** Where the app was built, and for which browsers: what a build run after it needs to match. */
export interface AppBuild {
  root: string;
  outDir: string;
  target: BuildEnvironmentOptions['target'];
}

/** A plugin that, once `vite build` has written the app, runs `then` (a build of its own) beside it. */
export function afterBuild(name: string, then: (app: AppBuild) => Promise<void>): Plugin {
  let app: AppBuild = { root: process.cwd(), outDir: 'dist', target: undefined };
  return {
    name,
    apply: 'build',
    configResolved(config) {
      app = { root: config.root, outDir: resolve(config.root, config.build.outDir), target: config.build.target };
    },
    closeBundle: () => then(app),
  };
}
