import { isFresh } from './fresh';

/**
 * Answers from `cacheName`, else from the network, keeping a fresh answer (as `keep` makes it) for next
 * time. For files whose content never changes under their name, and for answers a sync replaces. Out of
 * space, the answer is still given: it is just not kept.
 */
export async function cacheFirst(
  request: Request,
  cacheName: string,
  keep: (res: Response) => Response | Promise<Response> = (res) => res,
): Promise<Response> {
  const hit = await caches.match(request, { cacheName, ignoreVary: true });
  if (hit) return hit;
  const res = await fetch(request);
  if (isFresh(res)) {
    const copy = await keep(res.clone());
    await (await caches.open(cacheName)).put(request, copy).catch(() => undefined);
  }
  return res;
}
