import { LANGUAGES } from '../../web/i18n/languages';
import { HEAD_SCRIPT } from '../../web/loader/head';
import { cspSource } from '../http/csp-hash';
import { withAppScript } from './loader';

/** The built app, as Vite's manifest names it, and the inline script that starts it. */
export interface AppAssets {
  /** The page's inline loader (web/loader/loader.ts, built), naming the app's hashed module; absent without a build. */
  script?: string;
  /** The CSP sources that allow `script` and the head's script (web/loader/head.ts). */
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
      const chunks = (await manifest.json()) as Record<string, { file: string }>;
      const entry = chunks[ENTRY];
      if (!entry) return { build: 'none' };
      const strings = Object.fromEntries(
        LANGUAGES.flatMap((lang) => {
          const chunk = chunks[`web/i18n/strings-${lang}.ts`];
          return chunk ? [[lang, `/${chunk.file}`]] : [];
        }),
      );
      const script = withAppScript(await loader.text(), `/${entry.file}`, strings);
      // The page's two inline scripts: the classes its first paint needs, in <head>, and the loader.
      const scriptSource = `${await cspSource(HEAD_SCRIPT)} ${await cspSource(script)}`;
      return { script, scriptSource, build: entry.file };
    })
    .catch((error: unknown) => {
      console.warn('no app script', error);
      current = undefined;
      return { build: 'none' };
    });
  return current;
}
