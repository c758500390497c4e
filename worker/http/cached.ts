import type { Context } from 'hono';
import { feedRevision, knowsFeedRevision } from '../store/feed-revision';
import { isFeedCursor } from '../store/cursor';
import type { AppEnv } from '../types';
import { memoSize, recall, remember } from './memo';
import { problem } from './problem';
import { readLimited } from './read-limit';

/**
 * What readers' browsers and shared caches may do: reuse for half a minute, then revalidate in the
 * background for as long again, so a retraction reaches a reader online within a minute.
 */
export const PUBLIC_CACHE = 'public, max-age=30, stale-while-revalidate=30';
// Our own copies live long: keyed by revision, they are never wrong, only superseded.
const EDGE_CACHE = 'public, max-age=2592000';

/** A strong ETag from the body's SHA-1, shortened: 96 bits tell versions apart well enough. */
export async function strongEtag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', body));
  return `"${Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

export interface CacheOptions {
  /**
   * The query parameters the route reads: only these make a copy of its own; any other is ignored,
   * so `?x=…` can neither fill the caches nor cost a read. `after` must be a well-formed cursor.
   */
  params: readonly string[];
  /** What else than the URL the response depends on (language, reading preferences). */
  vary?: string;
}

function cacheKey(c: Context<AppEnv>, params: readonly string[], version: string): Request {
  const url = new URL(c.req.url);
  const key = new URL(url.pathname, url.origin);
  for (const name of params) {
    const value = url.searchParams.get(name);
    if (value !== null) key.searchParams.set(name, value);
  }
  key.searchParams.set('__v', version);
  // Pages name the build's hashed script: a copy kept from an older build must not outlive it.
  key.searchParams.set('__b', c.get('assets')?.build ?? 'none');
  return new Request(key.toString());
}

/**
 * The Workers Cache, or undefined where there is none: workers.dev serves without one (puts are
 * dropped, matches miss), so there a response says so rather than seem cached.
 */
function edgeCache(c: Context<AppEnv>): Cache | undefined {
  // Preact's JSX types pull in lib.dom, whose CacheStorage lacks Workers' `default`.
  const store = (globalThis as { caches?: { default?: Cache } }).caches?.default;
  return store && !new URL(c.req.url).hostname.endsWith('.workers.dev') ? store : undefined;
}

type Source = 'memo' | 'edge' | 'render' | 'stale';

/**
 * Where the answer came from and what the memo holds, only for a request that asks with
 * `Briefing-Trace: 1` (the fault bench counts D1 renders from outside): every other response,
 * a feed's 304 above all, carries no byte of it.
 */
function trace(c: Context<AppEnv>, out: Response, source: Source): void {
  if (!c.req.header('Briefing-Trace')) return;
  const { entries, bytes } = memoSize();
  out.headers.set('Briefing-Cache', `${source}; memo-entries=${entries}; memo-bytes=${bytes}`);
}

/** A client that takes gzip (`Accept-Encoding: gzip`, not `gzip;q=0`). */
export const acceptsGzip = (c: Context) =>
  (c.req.header('Accept-Encoding') ?? '')
    .split(',')
    .some((part) => /^\s*(gzip|\*)\s*(;\s*q=(1(\.0*)?|0?\.\d*[1-9]\d*)\s*)?$/i.test(part));

function forClient(c: Context<AppEnv>, source: Source, res: Response, edge: boolean, stale = false): Response {
  // A copy from the memo may come gzipped already (./memo), its bytes sent as they are.
  const zipped = res.headers.get('Content-Encoding') === 'gzip';
  const out = new Response(res.body, {
    status: res.status,
    headers: res.headers,
    encodeBody: zipped ? 'manual' : 'automatic',
  });
  // Cloudflare's edge compresses text/html but not application/feed+json or application/atom+xml:
  // naming gzip here has the Workers runtime compress this copy on its way out. Only this copy: the
  // one put in the Cache API stays plain (with the header there, a cache miss hung).
  if (!zipped && acceptsGzip(c)) out.headers.set('Content-Encoding', 'gzip');
  trace(c, out, source);
  out.headers.set('Cache-Control', PUBLIC_CACHE);
  if (!edge) out.headers.set('Briefing-Edge-Cache', 'none');
  if (stale) out.headers.set('Briefing-Stale', 'storage-unavailable');
  return out;
}

/**
 * Serves a public page or feed from the Workers Cache API (and the isolate's memory, ./memo), keyed by the
 * code's version, the feed's revision, the day, the variant and the route's own parameters, rendering it
 * only on a miss. Reads that would reach D1 are rate-limited per address. When D1 fails, the last good
 * copy is served marked stale; with no copy, a 503.
 */
export async function cachedByRevision(
  c: Context<AppEnv>,
  render: (revision: number) => Promise<Response>,
  { params, vary = c.get('variant') ?? '' }: CacheOptions,
): Promise<Response> {
  const after = params.includes('after') ? c.req.query('after') : undefined;
  if (after !== undefined && !isFeedCursor(after))
    return problem(c, 400, 'after must be the cursor of a page this server gave (its next or next_url).');
  const cache = edgeCache(c);
  const latest = cacheKey(c, params, `latest${vary}`);
  let key: Request;
  let fresh: Response;
  let counted = false;
  try {
    if (!knowsFeedRevision(c.env.DB)) {
      const limited = await readLimited(c);
      if (limited) return limited;
      counted = true;
    }
    const revision = await feedRevision(c.env.DB);
    key = cacheKey(c, params, `${c.env.VERSION.id}-r${revision}-${new Date().toISOString().slice(0, 10)}${vary}`);
    const hot = await recall(key.url, acceptsGzip(c));
    if (hot) return forClient(c, 'memo', hot, !!cache);
    const hit = await cache?.match(key);
    if (hit) {
      const body = await hit.arrayBuffer();
      remember(key.url, body, hit.headers);
      return forClient(c, 'edge', (await recall(key.url, acceptsGzip(c))) ?? new Response(body, hit), true);
    }
    if (!counted) {
      const limited = await readLimited(c);
      if (limited) return limited;
    }
    fresh = await render(revision);
  } catch (error) {
    console.error('storage unavailable', error);
    const copy = await cache?.match(latest);
    return copy
      ? forClient(c, 'stale', copy, true, true)
      : problem(c, 503, 'Briefings cannot be read right now. Please try again in a minute.');
  }
  if (fresh.status !== 200) return fresh;

  const body = await fresh.arrayBuffer();
  const headers = new Headers(fresh.headers);
  // A route may name its own ETag (the API's "r{revision}"); otherwise the body's digest.
  if (!headers.has('ETag')) headers.set('ETag', await strongEtag(body));
  headers.set('Cache-Control', EDGE_CACHE);
  const stored = new Response(body, { status: 200, headers });
  remember(key.url, body, headers);
  if (cache) c.executionCtx.waitUntil(Promise.all([cache.put(key, stored.clone()), cache.put(latest, stored.clone())]));
  return forClient(c, 'render', stored, !!cache);
}
