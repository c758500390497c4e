import type { Briefing } from '../../model/types';
import { copyKey } from '../saved-feed';
import { CACHES, PAGE_DATA, SYNCED_AT } from '../sw-protocol';

/** The briefing the server's page shows, as the API gives it (worker/render/document.tsx); none on other pages. */
export function pageBriefing(): Briefing | undefined {
  const text = document.getElementById(PAGE_DATA)?.textContent;
  try {
    return text ? (JSON.parse(text) as Briefing) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the page's briefing as this phone's copy of it, before the service worker's first sync: that sync
 * then asks the server for the rest of the feed only (web/sw/sync.ts), and a first visit downloads the
 * briefing it opened once, not twice. Rejects where there is no Cache Storage (plain http).
 */
export async function keepPageCopy(briefing: Briefing): Promise<void> {
  const cache = await caches.open(CACHES.saved);
  if (await cache.match(copyKey(briefing.id))) return;
  const headers = { 'Content-Type': 'application/json', [SYNCED_AT]: new Date().toISOString() };
  await cache.put(copyKey(briefing.id), new Response(JSON.stringify(briefing), { headers }));
}
