// What the page and its service worker share: cache names, headers and messages.
// The suffix is the format version of what the caches hold: bump it when that changes, and the
// next service worker deletes the old caches on activate. The app's scripts have a cache per build (APP_CACHE).

/**
 * The runtime caches: one JSON copy of each saved briefing with the feed's index (web/saved-feed.ts), the
 * frame of a page the app draws saved pages in (web/sw/frame.ts), the API answers the app read.
 */
export const CACHES = { saved: 'briefing-saved-v1', frame: 'briefing-frame-v1', data: 'briefing-data-v2' } as const;

/** The prefix of each build's cache of the app's hashed scripts (web/sw/sw.ts): `briefing-app-<build>`. */
export const APP_CACHE = 'briefing-app';

/**
 * What the app syncs and the service worker keeps: the feed's first page as briefings, without the
 * HTML other feed readers need (`GET /api/briefings`, a BriefingIndex).
 */
export const SYNC_URL = '/api/briefings';

/** The id of a page's data block: the briefing it shows, as `GET /api/briefings/{id}` gives it. */
export const PAGE_DATA = 'page-data';

/** Set by the service worker on every copy it stores: when it was fetched, and (on the frame) by which build. */
export const SYNCED_AT = 'Briefing-Synced-At';
export const BUILD = 'Briefing-Build';

/** The attribute that marks the <main> of the service worker's offline shell, for the app to fill (web/sw/offline.ts). */
export const OFFLINE_SHELL = 'data-offline-shell';

/** Set by the worker on a last good copy served while storage is down: not a fresh sync. */
export const STALE = 'Briefing-Stale';

/** Not a `briefing-` cache: the worker's clean-up on activate must not forget the month's count. */
export const USAGE_CACHE = 'usage-v1';

/** One entry a month, "/__usage/2026-11", in UTC, holding the bytes the service worker fetched. */
export const usageKey = (at: Date) => `/__usage/${at.toISOString().slice(0, 7)}`;

/**
 * Save-Data or 2G: the request header the page's sync carries when the worker must ask before saving every
 * briefing; it then only says what it would save (`warm-ask`), and saves it on the page's yes (`WARM`).
 */
export const ASK_FIRST = 'Briefing-Ask-First';

/** What the service worker tells the page; `dropped` saved briefings went for want of space. */
export type SwMessage = { type: 'synced'; at: string; dropped?: number } | AskMessage;

/** What the worker would save, sent to the page for its question. */
export type AskMessage = { type: 'warm-ask'; paths: string[]; bytes: number };

/** What the page tells the service worker: reload into the waiting version, save what it asked about, or what the reader follows. */
export type PageMessage = { type: 'SKIP_WAITING' } | WarmMessage | FollowsMessage | UsageMessage;

/** What the page fetched before a first worker took it: the worker counts it in the month's data. */
export type UsageMessage = { type: 'USAGE'; bytes: number };

/** Every follow the reader keeps on this phone: the worker saves a new one's briefings, and keeps them. */
export type FollowsMessage = { type: 'FOLLOWS'; follows: { kind: 'country' | 'topic' | 'story'; value: string }[] };

/** Where the service worker keeps the follows it saved briefings for, beside the saved copies. */
export const FOLLOWS_URL = '/__follows';

/** The page's yes. */
export type WarmMessage = { type: 'WARM' };
