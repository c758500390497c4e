import type { BriefingIndex } from '../../model/types';
import { BUILD, CACHES, type SwMessage } from '../sw-protocol';
import { estimateBytes } from './estimate';
import { isFresh, stamped } from './plugins';
import { trim } from './trim';

/** A page the feed lists: its path, what tells its versions apart, and its rough size. */
interface Page {
  path: string;
  version: string;
  bytes: number;
}

/**
 * The pages a copy of the feed lists, each with what tells its versions apart and its rough size; with
 * `home`, the home page too, which lists them all.
 */
async function pagesOf(res: Response | undefined, home: boolean): Promise<Map<string, Page>> {
  if (!res) return new Map();
  try {
    const feed = (await res.json()) as BriefingIndex;
    const pages = feed.briefings.map((b): Page => ({
      path: `/briefings/${b.id}`,
      version: b.modifiedAt,
      bytes: estimateBytes(JSON.stringify(b).length),
    }));
    if (home) pages.push({ path: '/', version: `r${feed.revision}`, bytes: estimateBytes(0) });
    return new Map(pages.map((p) => [p.path, p]));
  } catch {
    return new Map();
  }
}

/**
 * After a sync, saves the feed's first page of briefings for offline reading (the home page only once the
 * reader has opened it: offline the app draws it from the saved feed), fetching again only what is missing,
 * changed or stored by another build; with `askFirst` (Save-Data) it only says what it would save.
 */
export async function warmPages(
  fresh: Response,
  previous: Response | undefined,
  build: string,
  askFirst = false,
): Promise<void> {
  const cache = await caches.open(CACHES.pages);
  const home = Boolean(await cache.match('/', { ignoreVary: true }));
  const [now, before] = await Promise.all([pagesOf(fresh, home), pagesOf(previous, home)]);
  let saved = 0;
  const wanted: Page[] = [];
  for (const page of now.values()) {
    const held = await cache.match(page.path, { ignoreVary: true });
    if (held && held.headers.get(BUILD) === build && before.get(page.path)?.version === page.version) saved++;
    else wanted.push(page);
  }
  if (askFirst && wanted.length) {
    // Save-Data: only say what saving would cost; the page asks the reader, and answers with savePages.
    await tellPages({
      type: 'warm-ask',
      paths: wanted.map((p) => p.path),
      bytes: wanted.reduce((sum, p) => sum + p.bytes, 0),
    });
  } else
    saved += await savePages(
      wanted.map((p) => p.path),
      build,
    );
  await trim(CACHES.pages, 100);
  await tellPages({ type: 'synced', at: new Date().toISOString(), saved });
}

/** Posts `message` to every open page of the app. */
export async function tellPages(message: SwMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

/** Fetches `paths` (revalidated) and saves them for offline reading; how many were saved. */
export async function savePages(paths: string[], build: string): Promise<number> {
  const cache = await caches.open(CACHES.pages);
  const saved = await Promise.all(
    paths.map(async (path) => {
      try {
        const res = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
        if (!isFresh(res)) return 0;
        await cache.put(path, await stamped(res, build));
        return 1;
      } catch {
        // Offline again half-way: the next sync finishes the job.
        return 0;
      }
    }),
  );
  return saved.reduce<number>((a, b) => a + b, 0);
}

declare const self: ServiceWorkerGlobalScope;
