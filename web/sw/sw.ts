// The service worker only routes (the helpers beside it do the rest): the app script precached in this
// build's own cache; pages network-first, then the saved copy, then a shell the app fills; the app's sync
// and API reads network-first. It never skips waiting by itself: the page asks, once the reader chooses.
import './all-settled';
import { registerQuotaErrorCallback } from 'workbox-core';
import { warmStrategyCache } from 'workbox-recipes/warmStrategyCache.js';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { offlineShell } from './offline';
import { searchSaved } from './search';
import { keepFresh, serverErrorIsOffline } from './plugins';
import { keepAtMost } from './trim';
import { APP_CACHE, ASK_FIRST, CACHES, SYNC_URL, type PageMessage } from '../sw-protocol';
import { countUsage } from './usage';
import { savePages, tellPages, warmPages } from './warm';

/** The precache list, written in by workbox-build's injectManifest. */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };
/** What the saved pages are made from beyond the app script (CSS, strings, layout): set by the build. */
declare const PAGES_REVISION: string;

const manifest = self.__WB_MANIFEST;
/** This build, named by its precache list and its pages: pages saved by another build are fetched again. */
const build = fingerprint(
  manifest.map((e) => (typeof e === 'string' ? e : `${e.url}@${e.revision ?? ''}`)).join() + PAGES_REVISION,
);

countUsage();

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Precaching: hashed names never change content, so the first copy is the copy, and a cache of this
// build's own holds them (older builds' go on activate). workbox-precaching's controller is for files
// with revisions to track, and every first visit would download it (docs/performance.md); these have none.
const appCache = `${APP_CACHE}-${build}`;
const appFiles = new CacheFirst({ cacheName: appCache });
warmStrategyCache({ urls: manifest.map((e) => `/${typeof e === 'string' ? e : e.url}`), strategy: appFiles });
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith('/assets/'), appFiles);

// Search is never saved: online the server searches everything; offline, the saved briefings are searched.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url) && url.pathname === '/search',
  ({ request, url }) =>
    fetch(request).catch(
      async () =>
        (await searchSaved(url.searchParams.get('q') ?? '', build)) ?? (await offlineShell(build)) ?? Response.error(),
    ),
);

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  new NetworkFirst({
    cacheName: CACHES.pages,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreVary: true },
    plugins: [serverErrorIsOffline(false), keepFresh(build), keepAtMost(100)],
  }),
);

registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname === SYNC_URL && !url.search,
  new NetworkFirst({
    cacheName: CACHES.feed,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreVary: true },
    plugins: [
      serverErrorIsOffline(true),
      keepFresh(build),
      {
        cacheDidUpdate: async ({ newResponse, oldResponse, request, event }) =>
          event.waitUntil(
            warmPages(newResponse.clone(), oldResponse ?? undefined, build, request.headers.has(ASK_FIRST)),
          ),
      },
    ],
  }),
);

// A briefing or its history the app read to render a page: kept, so it renders again offline.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/api/briefings/'),
  new NetworkFirst({
    cacheName: CACHES.data,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreVary: true },
    plugins: [serverErrorIsOffline(false), keepFresh(build), keepAtMost(100)],
  }),
);

// Neither the network nor a saved copy: the app draws the page from the saved feed, or says it is offline.
setCatchHandler(
  async ({ request }) => (request.mode === 'navigate' && (await offlineShell(build))) || Response.error(),
);

// Out of space: the saved copies go (the next sync saves them again), as workbox-expiration's purgeOnQuotaError did.
registerQuotaErrorCallback(() => void Promise.all([caches.delete(CACHES.pages), caches.delete(CACHES.data)]));

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage | undefined;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The reader said yes to saving every briefing on a Save-Data connection.
  if (message?.type === 'WARM') {
    event.waitUntil(
      savePages(message.paths, build).then((saved) =>
        tellPages({ type: 'synced', at: new Date().toISOString(), saved }),
      ),
    );
  }
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
