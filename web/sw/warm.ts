import type { Feed } from '../briefing/types';
import { BUILD, CACHES, type SwMessage } from './names';
import { isFresh, stamped } from './plugins';

/** The pages a copy of the feed lists, each with what tells its versions apart: the home page lists them all. */
async function pagesOf(res: Response | undefined): Promise<Map<string, string>> {
  if (!res) return new Map();
  try {
    const feed = (await res.json()) as Feed;
    return new Map([['/', `r${feed._briefing.revision}`], ...feed.items.map((i): [string, string] => [new URL(i.url).pathname, i.date_modified])]);
  } catch {
    return new Map();
  }
}

/**
 * After a successful sync, saves the home page and every briefing of the feed's first page for offline reading.
 * A page is fetched again (revalidated, so an unchanged one costs a 304) when it is missing, when its
 * briefing changed (a correction, a retraction), or when a previous build stored it (its HTML names
 * that build's scripts). Then every open page is told.
 */
export async function warmPages(fresh: Response, previous: Response | undefined, build: string): Promise<void> {
  const [now, before] = await Promise.all([pagesOf(fresh), pagesOf(previous)]);
  const cache = await caches.open(CACHES.pages);
  let saved = 0;
  await Promise.all(
    [...now].map(async ([path, modified]) => {
      const held = await cache.match(path, { ignoreVary: true });
      if (held && held.headers.get(BUILD) === build && before.get(path) === modified) return void saved++;
      try {
        const res = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
        if (!isFresh(res)) return;
        await cache.put(path, await stamped(res, build));
        saved++;
      } catch {
        // Offline again half-way: the next sync finishes the job.
      }
    }),
  );
  const message: SwMessage = { type: 'synced', at: new Date().toISOString(), saved };
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

declare const self: ServiceWorkerGlobalScope;
