import { isLanguage, LANGUAGES } from '../i18n/languages';
import { htmlAttributes, readPrefs } from '../prefs/prefs';
import { APP_CACHE, BUILD, CACHES, OFFLINE_SHELL } from '../sw-protocol';
import { cacheFirst } from './cache-first';
import { isFresh } from './fresh';
import { DATA_BLOCK, type ClientPage } from './page-data';

/** One frame per interface language: `/__frame/en`, `/__frame/fr`. */
const frameKey = (lang: string) => `/__frame/${lang}`;
// The main content and, after it, what belongs to that page alone (a briefing's links to its situations).
const MAIN = /<main id="main">[\s\S]*<\/main>(<nav class="situations"[\s\S]*?<\/nav>)?/;
const TITLE = /<title>[^<]*<\/title>/;
const JSON_LD = /<script type="application\/ld\+json">[\s\S]*?<\/script>/;
const APP_SCRIPT = /"(\/assets\/app-[\w-]+\.js)"/;
const HTML_TAG = /^(<!doctype html><html lang="([^"]*)")[^>]*>/;
/** The app and its words, which the frame starts at once (below): a server page has none such. */
const MODULES = /<script type="module" src="[^"]*"><\/script>/g;

/**
 * Keeps the chrome of `res`, an HTML page the server sent (never a JSON answer), as the frame the app
 * draws saved pages in for readers of its language: its <main> emptied, its title, JSON-LD and data gone. Only
 * a page naming one of `scripts` (this build's app) will do: a frame never mixes two builds.
 */
export async function saveFrame(res: Response, build: string, scripts: string[]): Promise<void> {
  if (!isFresh(res) || !res.headers.get('Content-Type')?.startsWith('text/html')) return;
  const html = await res.text();
  const script = APP_SCRIPT.exec(html)?.[1];
  const lang = HTML_TAG.exec(html)?.[2];
  if (!script || !scripts.includes(script) || !isLanguage(lang)) return;
  // The words of the frame's language, which the page's loader names: the app needs them to draw offline.
  const strings = new RegExp(`"${lang}":"(/assets/[\\w-]+\\.js)"`).exec(html)?.[1];
  if (strings) await cacheFirst(new Request(strings), `${APP_CACHE}-${build}`);
  const frame = html
    .replace(TITLE, '<title>Briefing</title>')
    .replace(MAIN, () => `<main id="main" ${OFFLINE_SHELL}></main>`)
    .replace(JSON_LD, '')
    .replace(DATA_BLOCK, '')
    // Where the frame's <main> stays empty, nothing is painted before the app has drawn the page: it starts
    // at once, with its words beside it, not after `load` as a page's loader starts it (the CSP allows our
    // own scripts; a module runs once). Around a <main> of its own (framed), the loader starts it.
    .replace(
      '</head>',
      `${strings ? `<script type="module" src="${strings}"></script>` : ''}<script type="module" src="${script}"></script></head>`,
    );
  // The page's own headers (its CSP among them), less those that described its exact bytes.
  const headers = new Headers(res.headers);
  for (const name of ['Content-Length', 'ETag', 'Vary']) headers.delete(name);
  headers.set(BUILD, build);
  await (await caches.open(CACHES.frame)).put(frameKey(lang), new Response(frame, { headers }));
}

const frameOf = (lang: string) => caches.match(frameKey(lang), { cacheName: CACHES.frame });

/** Whether a frame of `build` is kept for `lang`. */
const hasFrame = async (build: string, lang: string) => (await frameOf(lang))?.headers.get(BUILD) === build;

/**
 * The reader's interface language as the server would choose it (their saved choice, then their
 * browser's languages) and, where cookies can be read, their text size and theme.
 */
async function reader() {
  // Where there is no cookieStore (Safari, Firefox), the browser's languages decide, and the frame keeps
  // the text size and theme of the page it came from.
  const store = (self as { cookieStore?: { getAll(): Promise<{ name: string; value: string }[]> } }).cookieStore;
  const cookies = await store?.getAll().catch(() => undefined);
  // Over https the server keeps a choice as `__Host-{name}`: that one first.
  const cookie = (name: string) =>
    (cookies?.find((c) => c.name === `__Host-${name}`) ?? cookies?.find((c) => c.name === name))?.value;
  const lang = [cookie('lang'), ...navigator.languages].map((l) => l?.slice(0, 2).toLowerCase()).find(isLanguage);
  return { lang: lang ?? LANGUAGES[0], prefs: cookies && readPrefs(cookie) };
}

/**
 * The frame of the reader's language as a page for the app to fill from what the phone saved, with their
 * text size and theme as they are now (the frame may predate a change); with `build`, only a frame of it.
 * None when no page in their language was kept: never a page in another language.
 */
export async function shell(build?: string): Promise<Response | undefined> {
  const { lang, prefs } = await reader();
  const frame = await frameOf(lang);
  if (!frame || (build && frame.headers.get(BUILD) !== build)) return undefined;
  let html = await frame.text();
  if (prefs) html = html.replace(HTML_TAG, (_, open: string) => open + htmlAttributes(prefs) + '>');
  return new Response(html, { headers: frame.headers });
}

/**
 * The frame of the reader's language (or `page`, one shell gave) around another <main>, made from that
 * language; none without a frame. That <main> is painted first: the page's loader starts the app once it
 * is shown, as on a server page, not the frame's own scripts (whose work would come before that paint).
 */
export async function framed(main: (lang: string) => string, page?: Response): Promise<Response | undefined> {
  const frame = page ?? (await shell());
  if (!frame) return undefined;
  const html = await frame.text();
  const lang = HTML_TAG.exec(html)?.[2] ?? LANGUAGES[0];
  return new Response(
    html.replace(MODULES, '').replace(`<main id="main" ${OFFLINE_SHELL}></main>`, () => main(lang)),
    { headers: frame.headers },
  );
}

/** Keeps a frame of `build` if there is none yet, from `page`, the page the app runs in (./page-data). */
export async function keepFrame(page: ClientPage, build: string, scripts: string[]): Promise<void> {
  if (await hasFrame(build, (await reader()).lang)) return;
  const res = await page.response();
  if (res) await saveFrame(res, build, scripts).catch(() => undefined);
}
