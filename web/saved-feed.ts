// What a phone keeps for offline reading, read the same way by the app and by its service worker: the
// feed's index (its revision, the ids of its first page) and one JSON copy of each saved briefing.
import type { Briefing, BriefingIndex } from '../model/types';
import { CACHES, SYNC_URL, SYNCED_AT } from './sw-protocol';

/** The saved feed's index, under SYNC_URL: what the last sync reported. */
export interface SavedIndex {
  revision: number;
  page: string[];
  next?: string;
}

/** Where a briefing's one copy is kept: its API address. */
export const copyKey = (id: string) => `${SYNC_URL}/${id}`;

const saved = (key: string) => caches.match(key, { cacheName: CACHES.saved });

/** The saved copy of briefing `id`, if this phone holds one. */
export const savedBriefing = async (id: string): Promise<Briefing | undefined> => (await saved(copyKey(id)))?.json();

/**
 * The feed as this phone saved it, its first page drawn from the copies, and when it was synced;
 * nothing before the first sync. Rejects where there is no Cache Storage (plain http).
 */
export async function savedFeed(): Promise<{ feed: BriefingIndex; at: string | null } | undefined> {
  const res = await saved(SYNC_URL);
  if (!res) return undefined;
  const { revision, page, next } = (await res.json()) as SavedIndex;
  const briefings = (await Promise.all(page.map(savedBriefing))).filter((b): b is Briefing => Boolean(b));
  return { feed: { revision, briefings, ...(next ? { next } : {}) }, at: res.headers.get(SYNCED_AT) };
}

/** Every briefing this phone saved (the feed's first page, those read or followed), in no set order. */
export async function savedBriefings(): Promise<Briefing[]> {
  const cache = await caches.open(CACHES.saved);
  const prefix = `${SYNC_URL}/`;
  const keys = (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(prefix));
  const all = await Promise.all(keys.map(async (k) => (await cache.match(k))?.json() as Promise<Briefing | undefined>));
  return all.filter((b): b is Briefing => Boolean(b));
}
