import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Builds the PWA's client code into dist/ (served by the worker as static assets).
// There is no index.html: every page is rendered by the worker and hydrated by web/main.tsx.
export default defineConfig({
  plugins: [preact()],
  publicDir: 'web/public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: ['chrome61', 'safari12'],
    modulePreload: false,
    rollupOptions: { input: { app: 'web/main.tsx' } },
  },
});
