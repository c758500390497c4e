import { toCard } from '../briefing/card';
import type { Feed, RevisionEntry } from '../briefing/types';
import { FEED_URL, SYNCED_AT } from '../sw/names';
import type { Route } from './routes';
import type { View } from './state';

/**
 * The feed as saved on this phone by the service worker (only its feed cache holds that URL), and
 * when; nothing before the first sync. Rejects where there is no Cache Storage (plain http).
 */
export async function savedFeed(): Promise<{ feed: Feed; at: string | null } | undefined> {
  const res = await caches.match(FEED_URL, { ignoreVary: true });
  return res ? { feed: (await res.json()) as Feed, at: res.headers.get(SYNCED_AT) } : undefined;
}

/** A briefing's history, which the page shows once its outlook has moved (the service worker keeps it). */
async function revisionsOf(id: string): Promise<RevisionEntry[] | undefined> {
  try {
    const res = await fetch(`/api/briefings/${id}/revisions`);
    return res.ok ? ((await res.json()) as { revisions: RevisionEntry[] }).revisions : undefined;
  } catch {
    return undefined;
  }
}

/** "/?after=…" exactly as the server writes the home page's link to older briefings. */
function olderHref(feed: Feed): string | undefined {
  const at = feed.next_url?.indexOf('?after=') ?? -1;
  return at >= 0 ? `/${feed.next_url!.slice(at)}` : undefined;
}

/**
 * The props of a page, from the feed (its first page: what is saved for offline). Undefined when the
 * feed does not hold them: the browser then loads that page itself, as it would without the app.
 */
export async function viewOf(route: Route, feed: Feed): Promise<View | undefined> {
  if (route.kind === 'home') return { kind: 'home', cards: feed.items.map((i) => toCard(i._briefing)), olderHref: olderHref(feed) };
  const briefing = feed.items.find((i) => i._briefing.id === route.id)?._briefing;
  // The first revision has no history to show; later ones need it to render what the server did.
  const revisions = briefing && (briefing.revision > 1 ? await revisionsOf(briefing.id) : []);
  return revisions && { kind: 'briefing', briefing: briefing!, revisions };
}
