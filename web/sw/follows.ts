import { followKey, followPath, type Follow } from '../../model/follow';
import type { Feed } from '../../model/types';
import { CACHES, FOLLOWS_URL, type FollowsMessage } from '../sw-protocol';
import { heldFollows, heldIndex, saveBriefing } from './saved';
import { tellPages } from './tell';

/**
 * The reader's follows, as the page tells them: each new one's briefings (its narrowed feed's first
 * page) are saved once; from then on every sync keeps them up to date, as it does every saved copy,
 * and saves the new ones. A follow whose feed could not be fetched is asked for again next time.
 */
export async function keepFollowed(message: FollowsMessage): Promise<void> {
  const cache = await caches.open(CACHES.saved);
  const held = new Set((await heldFollows()).map(followKey));
  const keep = new Set((await heldIndex())?.page ?? []);
  const kept: Follow[] = [];
  let saved = false;
  for (const { kind, value } of message.follows) {
    const f = { kind, value };
    if (!held.has(followKey(f))) {
      if (!(await saveFeedOf(f, cache, keep))) continue;
      saved = true;
    }
    kept.push(f);
  }
  await cache.put(FOLLOWS_URL, new Response(JSON.stringify(kept), { headers: { 'Content-Type': 'application/json' } }));
  // The pages show the new copies (home's "Following").
  if (saved) await tellPages({ type: 'synced', at: new Date().toISOString() });
}

async function saveFeedOf(f: Follow, cache: Cache, keep: Set<string>): Promise<boolean> {
  try {
    const res = await fetch(`${followPath(f)}/feed.json`);
    if (!res.ok) return false;
    const at = new Date().toISOString();
    for (const item of ((await res.json()) as Feed).items)
      if (item._briefing) await saveBriefing(cache, item._briefing, at, keep);
    return true;
  } catch {
    return false;
  }
}
