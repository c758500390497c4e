import type { WorkboxPlugin } from 'workbox-core';
import { BUILD, STALE, SYNCED_AT } from '../sw-protocol';

/**
 * A response worth keeping: a 200 from our own origin that is not the worker's stale copy.
 * Never an error, a redirect, a 304 or an opaque response.
 */
export const isFresh = (res: Response) => res.status === 200 && res.type !== 'opaque' && !res.headers.has(STALE);

/** A copy of `res` stamped with when it was stored and by which build, so freshness can be shown. */
export async function stamped(res: Response, build: string): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.set(SYNCED_AT, new Date().toISOString());
  headers.set(BUILD, build);
  return new Response(await res.arrayBuffer(), { status: 200, statusText: res.statusText, headers });
}

/** Stores only fresh 200s, stamped. */
export const keepFresh = (build: string): WorkboxPlugin => ({
  cacheWillUpdate: async ({ response }) => (isFresh(response) ? stamped(response, build) : null),
});

/**
 * Treats a server error as no answer at all, so NetworkFirst falls back to the last good copy.
 * With `staleToo`, the worker's own stale copy (storage down) counts as a failure as well.
 */
export const serverErrorIsOffline = (staleToo: boolean): WorkboxPlugin => ({
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500 || (staleToo && response.headers.has(STALE)))
      throw new Error(`server answered ${response.status}`);
    return response;
  },
});
