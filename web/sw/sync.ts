import type { Briefing, BriefingDelta, BriefingIndex } from '../../model/types';
import { savedFeed } from '../saved-feed';
import { STALE, SYNC_URL, SYNCED_AT } from '../sw-protocol';
import { pageCopy, type ClientPage } from './page-data';
import { heldIndex, store } from './saved';
import { tellPages } from './tell';
import { keepVocabulary } from './vocabulary';

/**
 * The app's sync (`GET /api/briefings`), answered from what this phone saved: the server is asked only
 * for what changed since the revision held (`?since=`, a 304 when nothing did), or for the first page
 * on the first sync; what it sends is saved, then the saved feed is the answer. When the server cannot
 * be reached, fails or sends its stale copy, the saved feed comes stamped with when it was saved.
 * With `askFirst` (Save-Data, 2G) a first sync saves nothing until the reader says yes. `page` is the
 * page that asks.
 */
export async function syncFeed(askFirst: boolean, page: ClientPage): Promise<Response> {
  const held = await heldIndex();
  // Before the first sync, the briefing the page asking carries (./page-data): not downloaded again.
  const own = held ? undefined : await pageCopy(page);
  let res: Response | undefined;
  let synced = false;
  try {
    res = await fetch(
      held ? `${SYNC_URL}?since=${held.revision}` : own ? `${SYNC_URL}?except=${own.id}@${own.revision}` : SYNC_URL,
      { cache: 'no-cache' },
    );
    if (res.ok && !res.headers.has(STALE)) {
      let answer = (await res.clone().json()) as BriefingIndex | BriefingDelta;
      if (own && !('since' in answer))
        res = new Response(JSON.stringify((answer = withOwn(answer, own))), { headers: res.headers });
      if (!held && askFirst) {
        await tellPages({
          type: 'warm-ask',
          paths: answer.briefings.map((b) => `/briefings/${b.id}`),
          // Each copy gzips to about a third of its JSON.
          bytes: Math.round(JSON.stringify(answer.briefings).length / 3),
        });
        return res;
      }
      const dropped = await store(answer, held);
      synced = true;
      // Not on a first visit, which pays for every byte: from the next sync on.
      if (held) await keepVocabulary(answer.briefings.flatMap((b) => b.topics));
      await tellPages({ type: 'synced', at: new Date().toISOString(), ...(dropped ? { dropped } : {}) });
    }
  } catch {
    // Offline, or out of space even after making room: the saved feed, as it was.
  }
  const saved = await savedFeed();
  if (!saved) return res?.ok === false ? res : Response.error();
  return new Response(JSON.stringify(saved.feed), {
    headers: { 'Content-Type': 'application/json', ...(synced ? {} : { [SYNCED_AT]: saved.at ?? '' }) },
  });
}

/** The first page with the briefing the phone held put back in its place (`page` gives the order). */
function withOwn(answer: BriefingIndex, own: Briefing): BriefingIndex {
  const { page, ...index } = answer;
  if (!page?.includes(own.id) || answer.briefings.some((b) => b.id === own.id)) return index;
  const sent = new Map(answer.briefings.map((b) => [b.id, b]));
  return {
    ...index,
    briefings: page.map((id) => (id === own.id ? own : sent.get(id))).filter((b): b is Briefing => !!b),
  };
}
