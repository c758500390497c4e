// Cache names and headers shared by the service worker and the page (which reads the feed's copy).
// The suffix is the format version of what the caches hold: bump it when that changes, and the
// next service worker deletes the old caches on activate. The app's scripts have a cache per build (APP_CACHE).

/** The runtime caches: the last good feed, every briefing page saved for offline, API answers the app read. */
export const CACHES = { feed: 'briefing-index-v1', pages: 'briefing-pages-v1', data: 'briefing-data-v1' } as const;

/** The prefix of each build's cache of the app's hashed scripts (web/sw/sw.ts): `briefing-app-<build>`. */
export const APP_CACHE = 'briefing-app';

/**
 * What the app syncs and the service worker keeps: the feed's first page as briefings, without the
 * HTML other feed readers need (`GET /api/briefings`, a BriefingIndex).
 */
export const SYNC_URL = '/api/briefings';

/** Set by the service worker on every copy it stores: when it was fetched, and by which build. */
export const SYNCED_AT = 'Briefing-Synced-At';
export const BUILD = 'Briefing-Build';

/** The attribute that marks the <main> of the service worker's offline shell, for the app to fill (web/sw/offline.ts). */
export const OFFLINE_SHELL = 'data-offline-shell';

/** Set by the worker on a last good copy served while storage is down: not a fresh sync. */
export const STALE = 'Briefing-Stale';

/** Messages between the page and the service worker. */
export type SwMessage = { type: 'SKIP_WAITING' } | { type: 'synced'; at: string; saved: number };
