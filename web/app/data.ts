import { toCard } from '../../model/card';
import type { BriefingIndex, RevisionEntry } from '../../model/types';
import { loadOutlookHistory } from './outlook-history';
import type { Route } from './routes';
import type { View } from './state';
import { savedBriefing } from '../saved-feed';

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
 * The props of a page, from the feed (its first page) or the phone's saved copy of a briefing. Undefined
 * when neither holds them: the browser then loads that page itself, as it would without the app.
 */
export async function viewOf(route: Route, feed: BriefingIndex): Promise<View | undefined> {
  if (route.kind === 'home') return { kind: 'home', cards: feed.briefings.map(toCard), olderHref: olderHref(feed) };
  const briefing =
    feed.briefings.find((b) => b.id === route.id) ?? (await savedBriefing(route.id).catch(() => undefined));
  // The first revision has no history to show; later ones need it to render what the server did (offline,
  // a briefing whose history was never read is drawn without it).
  const revisions = briefing && (briefing.revision > 1 ? ((await revisionsOf(briefing.id)) ?? []) : []);
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
