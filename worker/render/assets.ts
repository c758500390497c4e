import { cspSource } from '../http/csp-hash';
import { withAppScript } from './loader';

/** The built app, as Vite's manifest names it, and the inline script that starts it. */
export interface AppAssets {
  /** The page's inline loader (web/loader/loader.ts, built), naming the app's hashed module; absent without a build. */
  script?: string;
  /** The CSP source that allows `script`. */
  scriptSource?: string;
  /** Names this build; part of the page cache key, so no cached page names another build's script. */
  build: string;
}

const ENTRY = 'web/main.tsx';
let current: Promise<AppAssets> | undefined;

async function read(env: Env, url: string): Promise<Response> {
  const res = await env.ASSETS.fetch(new Request(url));
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res;
}

/**
 * Reads `dist/build-manifest.json` and the built loader through the ASSETS binding once per isolate (a
 * deploy brings new isolates, so a new build is always seen). Without a build (some tests), pages simply
 * carry no script.
 */
export function appAssets(env: Env, origin: string): Promise<AppAssets> {
  current ??= Promise.all([read(env, `${origin}/build-manifest.json`), read(env, `${origin}/loader.js`)])
    .then(async ([manifest, loader]): Promise<AppAssets> => {
      const entry = ((await manifest.json()) as Record<string, { file: string }>)[ENTRY];
      if (!entry) return { build: 'none' };
      const script = withAppScript(await loader.text(), `/${entry.file}`);
      return { script, scriptSource: await cspSource(script), build: entry.file };
    })
    .catch((error: unknown) => {
      console.warn('no app script', error);
      current = undefined;
      return { build: 'none' };
    });
  return current;
}
