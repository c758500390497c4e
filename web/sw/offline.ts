import { BUILD, CACHES, OFFLINE_SHELL } from '../sw-protocol';

// The main content and, after it, what belongs to that page alone (a briefing's links to its situations).
const MAIN = /<main id="main">[\s\S]*<\/main>(<nav class="situations"[\s\S]*?<\/nav>)?/;
const TITLE = /<title>[^<]*<\/title>/;
const APP_SCRIPT = /"(\/assets\/app-[\w-]+\.js)"/;

/**
 * For a page never saved, with no network: a saved page's frame with an empty <main> marked as a shell,
 * which the app fills from the saved feed, downloading nothing. A page of this `build` is preferred: its
 * inline loader names the script the precache holds (and its CSP hash forbids pointing it elsewhere).
 */
export const offlineShell = (build: string) => framed(build, () => `<main id="main" ${OFFLINE_SHELL}></main>`);

/** A saved page's frame around another <main>, made from the frame's language (`lang` of its <html>). */
export async function framed(build: string, main: (lang: string) => string): Promise<Response | undefined> {
  const cache = await caches.open(CACHES.pages);
  let page: Response | undefined;
  for (const key of await cache.keys()) {
    const held = await cache.match(key);
    if (held?.headers.get(BUILD) === build) {
      page = held;
      break;
    }
    page ??= held;
  }
  if (!page) return undefined;
  // The page's own headers (its CSP among them), less those that described its exact bytes.
  const headers = new Headers(page.headers);
  for (const name of ['Content-Length', 'ETag']) headers.delete(name);
  let html = await page.text();
  const lang = /<html lang="(\w+)/.exec(html)?.[1] ?? 'en';
  html = html.replace(TITLE, '<title>Briefing</title>').replace(MAIN, () => main(lang));
  // Nothing to paint before the app has drawn the page: it starts at once, not after `load` as a
  // page's loader starts it (the CSP allows our own scripts; running twice, a module runs once).
  const script = APP_SCRIPT.exec(html)?.[1];
  if (script) html = html.replace('</head>', `<script type="module" src="${script}"></script></head>`);
  return new Response(html, { headers });
}
