import type { Context } from 'hono';
import { feedRevision } from '../store/feed-revision';
import type { AppEnv } from '../types';
import { recall, remember } from './memo';
import { problem } from './problem';

/** What readers' browsers and shared caches may do: reuse for a minute, then revalidate in the background. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600';
// Our own copies live long: keyed by revision, they are never wrong, only superseded.
const EDGE_CACHE = 'public, max-age=2592000';

/** A strong ETag from the body's SHA-1, shortened: 96 bits tell versions apart well enough. */
export async function strongEtag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
  return `"${Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

function cacheKey(c: Context<AppEnv>, version: string): Request {
  const url = new URL(c.req.url);
  url.searchParams.set('__v', version);
  // Pages name the build's hashed script: a copy kept from an older build must not outlive it.
  url.searchParams.set('__b', c.get('assets')?.build ?? 'none');
  return new Request(url.toString());
}

function forClient(res: Response, stale = false): Response {
  const out = new Response(res.body, res);
  out.headers.set('Cache-Control', PUBLIC_CACHE);
  if (stale) out.headers.set('Briefing-Stale', 'storage-unavailable');
  return out;
}

/**
 * Serves a public page or feed from the Workers Cache API (and the isolate's memory, ./memo), keyed by the
 * code's version, the feed's revision and the day, rendering it only on a miss. When D1 fails, the last
 * good copy is served marked stale; with no copy, a 503.
 */
export async function cachedByRevision(
  c: Context<AppEnv>,
  render: (revision: number) => Promise<Response>,
  vary = c.get('variant') ?? '',
): Promise<Response> {
  // Preact's JSX types pull in lib.dom, whose CacheStorage lacks Workers' `default`.
  const cache = (caches as unknown as { default: Cache }).default;
  const latest = cacheKey(c, `latest${vary}`);
  let key: Request;
  let fresh: Response;
  try {
    const revision = await feedRevision(c.env.DB);
    key = cacheKey(c, `${c.env.VERSION.id}-r${revision}-${new Date().toISOString().slice(0, 10)}${vary}`);
    const hot = recall(key.url);
    if (hot) return forClient(hot);
    const hit = await cache.match(key);
    if (hit) {
      const body = await hit.arrayBuffer();
      remember(key.url, body, hit.headers);
      return forClient(new Response(body, hit));
    }
    fresh = await render(revision);
  } catch (error) {
    console.error('storage unavailable', error);
    const copy = await cache.match(latest);
    return copy
      ? forClient(copy, true)
      : problem(c, 503, 'Briefings cannot be read right now. Please try again in a minute.');
  }
  if (fresh.status !== 200) return fresh;

  const body = await fresh.arrayBuffer();
  const headers = new Headers(fresh.headers);
  headers.set('ETag', await strongEtag(body));
  headers.set('Cache-Control', EDGE_CACHE);
  const stored = new Response(body, { status: 200, headers });
  remember(key.url, body, headers);
  c.executionCtx.waitUntil(Promise.all([cache.put(key, stored.clone()), cache.put(latest, stored.clone())]));
  return forClient(stored);
}
