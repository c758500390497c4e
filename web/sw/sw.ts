// The service worker only routes (the helpers beside it do the rest): the app's scripts cache-first from
// this build's own cache; home and saved briefings drawn by the app from their one saved copy, other pages
// from the network; the app's sync as a delta. It never skips waiting by itself: the page asks, once the
// reader chooses. A fetch listener, not workbox-routing and workbox-strategies (docs/performance.md).
import { cacheFirst } from './cache-first';
import { keepFrame } from './frame';
import { clientPage } from './page-data';
import { keepFollowed } from './follows';
import { navigate } from './navigate';
import { search } from './search';
import { trim } from './trim';
import { APP_CACHE, ASK_FIRST, CACHES, SYNC_URL, type PageMessage } from '../sw-protocol';
import { listenForAlerts } from './push';
import { syncFeed } from './sync';
import { addPageUsage, countUsage } from './usage';

/** The precache list, written in by workbox-build's injectManifest. */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };
/** What the saved pages are made from beyond the app script (CSS, strings, layout): set by the build. */
declare const PAGES_REVISION: string;

const manifest = self.__WB_MANIFEST;
/** This build, named by its precache list and its pages: a frame saved by another build is not used. */
const build = fingerprint(
  manifest.map((e) => (typeof e === 'string' ? e : `${e.url}@${e.revision ?? ''}`)).join() + PAGES_REVISION,
);
const scripts = manifest.map((e) => `/${typeof e === 'string' ? e : e.url}`);

countUsage();
listenForAlerts();

// Precaching: hashed names never change content, so the first copy is the copy, and a cache of this
// build's own holds them (older builds' go on activate). The page has just fetched them: installing
// takes them from the HTTP cache, downloading nothing twice.
const appCache = `${APP_CACHE}-${build}`;
self.addEventListener('install', (event) =>
  event.waitUntil(Promise.all(scripts.map((url) => cacheFirst(new Request(url), appCache)))),
);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname;
  // The newsroom's pages and drafts are never a reader's: nothing of them is kept or drawn from here.
  if (/^\/(editor|drafts)(\/|$)/.test(path)) return;
  let answer: Promise<Response> | undefined;
  // Search is never saved: online the server searches everything; offline, the saved briefings.
  if (request.mode === 'navigate')
    answer = path === '/search' ? search(request) : navigate(request, event, build, scripts);
  else if (path === SYNC_URL && !url.search) {
    // The page asking, read at most once: for the frame, and on a first sync for the briefing it carries.
    const page = clientPage(event.clientId);
    event.waitUntil(keepFrame(page, build, scripts));
    answer = syncFeed(request.headers.has(ASK_FIRST), page);
  } else if (path.startsWith('/assets/')) answer = cacheFirst(request, appCache);
  // A briefing's history the app read to render its page: kept until a sync says the briefing changed.
  else if (path.startsWith(`${SYNC_URL}/`)) {
    answer = cacheFirst(request, CACHES.data);
    event.waitUntil(answer.then(() => trim(CACHES.data, 100)));
  }
  if (answer) event.respondWith(answer);
});

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage | undefined;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The reader said yes to saving every briefing on a Save-Data or 2G connection.
  if (message?.type === 'WARM') event.waitUntil(syncFeed(false, clientPage((event.source as Client | null)?.id)));
  if (message?.type === 'FOLLOWS') event.waitUntil(keepFollowed(message));
  if (message?.type === 'USAGE' && message.bytes > 0) addPageUsage(message.bytes);
});

self.addEventListener('activate', (event) => {
  const current = new Set<string>([...Object.values(CACHES), appCache]);
  // Runtime caches of an older format go, and older builds' scripts (and Workbox's precache of earlier versions).
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => /^(briefing-|workbox-precache)/.test(n) && !current.has(n)).map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** FNV-1a, enough to tell builds apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
