/** The built app, as Vite's manifest names it: the hashed script every page loads, and its build. */
export interface AppAssets {
  /** The app's module script, e.g. `/assets/app-3f2a1b.js`; absent when nothing was built. */
  script?: string;
  /** Names this build; part of the page cache key, so no cached page names another build's script. */
  build: string;
}

const ENTRY = 'web/main.tsx';
let current: Promise<AppAssets> | undefined;

/**
 * Reads `dist/build-manifest.json` through the ASSETS binding once per isolate (a deploy brings new
 * isolates, so a new build is always seen). Without a build (some tests), pages simply carry no script.
 */
export function appAssets(env: Env, origin: string): Promise<AppAssets> {
  current ??= env.ASSETS.fetch(new Request(`${origin}/build-manifest.json`))
    .then(async (res) => {
      if (!res.ok) throw new Error(`build manifest: ${res.status}`);
      const entry = ((await res.json()) as Record<string, { file: string }>)[ENTRY];
      return entry ? { script: `/${entry.file}`, build: entry.file } : { build: 'none' };
    })
    .catch((error: unknown) => {
      console.warn('no app script', error);
      current = undefined;
      return { build: 'none' };
    });
  return current;
}
