import terser from '@rollup/plugin-terser';
import type { Plugin } from 'vite';

/**
 * Terser, two passes, over what the build's own minifier wrote: a few hundred bytes fewer, gzipped, on
 * every first visit (docs/performance.md). Chunks are ES modules, or classic scripts for the service
 * worker and the inline loader: terser is told which.
 */
export const smaller = (module: boolean): Plugin =>
  terser({ module, ecma: 2017, compress: { passes: 2 }, format: { comments: false } }) as Plugin;
