import { toCard } from '../../model/card';
import type { BriefingIndex, RevisionEntry } from '../../model/types';
import { SYNC_URL, SYNCED_AT } from '../sw-protocol';
import { loadOutlookHistory } from './outlook-history';
import type { Route } from './routes';
import type { View } from './state';

/**
 * The feed as saved on this phone by the service worker (only its feed cache holds that URL), and
 * when; nothing before the first sync. Rejects where there is no Cache Storage (plain http).
 */
export async function savedFeed(): Promise<{ feed: BriefingIndex; at: string | null } | undefined> {
  const res = await caches.match(SYNC_URL, { ignoreVary: true });
  return res ? { feed: (await res.json()) as BriefingIndex, at: res.headers.get(SYNCED_AT) } : undefined;
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
const olderHref = (feed: BriefingIndex) => (feed.next ? `/?after=${encodeURIComponent(feed.next)}` : undefined);

/**
 * The props of a page, from the feed (its first page: what is saved for offline). Undefined when the
 * feed does not hold them: the browser then loads that page itself, as it would without the app.
 */
export async function viewOf(route: Route, feed: BriefingIndex): Promise<View | undefined> {
  if (route.kind === 'home') return { kind: 'home', cards: feed.briefings.map(toCard), olderHref: olderHref(feed) };
  const briefing = feed.briefings.find((b) => b.id === route.id);
  // The first revision has no history to show; later ones need it to render what the server did.
  const revisions = briefing && (briefing.revision > 1 ? await revisionsOf(briefing.id) : []);
  if (
    revisions?.length &&
    !(await loadOutlookHistory().then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  return revisions && { kind: 'briefing', briefing: briefing!, revisions };
}
