import { followMatches, type Follow } from '../../model/follow';
import type { Briefing, BriefingDelta, BriefingIndex } from '../../model/types';
import { copyKey, type SavedIndex } from '../saved-feed';
import { CACHES, FOLLOWS_URL, SYNC_URL, SYNCED_AT } from '../sw-protocol';

/** The most briefings kept: the first page, followed ones and older ones saved before (the least recently saved go first). */
const MAX_SAVED = 100;

const asJson = (body: unknown, at: string) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', [SYNCED_AT]: at } });

/** The ids saved, least recently saved first (Cache Storage lists entries in the order they were written). */
async function savedIds(cache: Cache): Promise<string[]> {
  const prefix = `${SYNC_URL}/`;
  return (await cache.keys())
    .map((r) => new URL(r.url).pathname)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length));
}

/** What the reader follows, as the page last told this worker (web/sw/follows.ts). */
export const heldFollows = async (): Promise<Follow[]> =>
  (await (await caches.match(FOLLOWS_URL, { cacheName: CACHES.saved }))?.json()) ?? [];

/**
 * Drops `n` saved briefings, the least recently saved first, those of what the reader follows after the
 * others, and the feed's first page (`keep`) last; how many went.
 */
async function dropOldest(cache: Cache, n: number, keep: Set<string>): Promise<number> {
  if (n <= 0) return 0;
  const ids = await savedIds(cache);
  const follows = await heldFollows();
  const followed = new Set<string>();
  if (follows.length)
    for (const id of ids) {
      const b = (await (await cache.match(copyKey(id)))?.json()) as Briefing | undefined;
      if (b && follows.some((f) => followMatches(f, b))) followed.add(id);
    }
  const rank = (id: string) => (keep.has(id) ? 2 : followed.has(id) ? 1 : 0);
  // A stable sort: within each rank, the least recently saved stay first.
  const order = [...ids].sort((a, b) => rank(a) - rank(b)).slice(0, n);
  await Promise.all(order.map((id) => cache.delete(copyKey(id))));
  return order.length;
}

/**
 * Saves one JSON copy of `briefing`, replacing any earlier. When the phone is out of space, a quarter of
 * the saved briefings (the oldest) make room, until it fits; how many were dropped.
 */
export async function saveBriefing(cache: Cache, briefing: Briefing, at: string, keep: Set<string>): Promise<number> {
  return put(cache, copyKey(briefing.id), asJson(briefing, at), keep);
}

async function put(cache: Cache, key: string, res: Response, keep: Set<string>): Promise<number> {
  for (let dropped = 0; ;) {
    try {
      await cache.put(key, res.clone());
      return dropped;
    } catch (error) {
      const held = (await savedIds(cache)).length;
      // Nothing left to drop: the sync fails, and the index still names the revision the copies are at.
      if ((error as DOMException)?.name !== 'QuotaExceededError' || !held) throw error;
      dropped += await dropOldest(cache, Math.ceil(held / 4), keep);
    }
  }
}

/** The index of the feed the last sync saved; none before the first. */
export const heldIndex = async (): Promise<SavedIndex | undefined> =>
  (await caches.match(SYNC_URL, { cacheName: CACHES.saved }))?.json();

/**
 * Saves what a sync brought: the first page whole (`BriefingIndex`) or what changed since the revision
 * held (`BriefingDelta`). A briefing is saved when it is on the feed's first page, of what the reader
 * follows, or was saved before
 * (a correction or retraction replaces its copy, wherever it is in the feed). The index goes last: it
 * names the revision the copies are at. Returns how many saved briefings were dropped for want of space.
 */
export async function store(answer: BriefingIndex | BriefingDelta, held: SavedIndex | undefined): Promise<number> {
  const at = new Date().toISOString();
  const cache = await caches.open(CACHES.saved);
  const delta = 'since' in answer ? answer : undefined;
  const index: SavedIndex =
    delta && !delta.page && held
      ? { ...held, revision: delta.revision }
      : { revision: answer.revision, page: delta?.page ?? answer.briefings.map((b) => b.id), next: answer.next };
  const keep = new Set(index.page);
  const before = new Set(await savedIds(cache));
  // The answers the app read about a changed briefing (its history) are out of date.
  if (delta?.reset) await caches.delete(CACHES.data);
  else if (await caches.has(CACHES.data)) {
    const data = await caches.open(CACHES.data);
    for (const b of answer.briefings)
      for (const key of [copyKey(b.id), `${copyKey(b.id)}/revisions`]) await data.delete(key);
  }
  // After a reset the follows' briefings are fetched again, on the page's next word of them.
  if (delta?.reset)
    await dropOldest(cache, before.size, new Set()).then(() => (before.clear(), cache.delete(FOLLOWS_URL)));
  const follows = await heldFollows();

  let dropped = 0;
  for (const b of answer.briefings)
    if (keep.has(b.id) || before.has(b.id) || follows.some((f) => followMatches(f, b)))
      dropped += await saveBriefing(cache, b, at, keep);
  await dropOldest(cache, (await savedIds(cache)).length - MAX_SAVED, keep);
  return dropped + (await put(cache, SYNC_URL, asJson(index, at), keep));
}
