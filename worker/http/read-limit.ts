import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { problem } from './problem';

const WINDOW_SECONDS = 60; // wrangler.toml's READ_LIMITER and SEARCH_LIMITER period

/**
 * Who a rate limit counts: the client's IPv4 address as Cloudflare saw it, or its IPv6 /64, since
 * one subscriber is handed a whole /64 and could take a fresh address (and budget) for every request.
 * One name for every request that arrives without an address.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const ip = c.req.header('CF-Connecting-IP');
  if (!ip) return 'local';
  return ip.includes(':') ? ipv6Prefix(ip) : ip;
}

/** The /64 an IPv6 address is in, written `2001:db8:0:1::/64` however the address was written. */
export function ipv6Prefix(ip: string): string {
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  // An IPv4-mapped tail (::ffff:192.0.2.1) is two groups; only the first four groups matter here.
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Asked before a read that would reach D1 (copies served from memory or the Cache API cost nothing
 * and are not counted): a 429 with Retry-After once an address has made too many, else undefined.
 * A search counts against the search budget too (SEARCH_LIMITER, tighter than the read budget).
 */
export async function readLimited(c: Context<AppEnv>, search = false): Promise<Response | undefined> {
  const key = clientAddress(c);
  const searches = search ? (await c.env.SEARCH_LIMITER.limit({ key: `search:${key}` })).success : true;
  if (searches && (await c.env.READ_LIMITER.limit({ key: `read:${key}` })).success) return undefined;
  return problem(
    c,
    429,
    searches
      ? 'Too many requests from your address. Please wait a minute.'
      : 'Too many searches from your address. Please wait a minute.',
    { headers: { 'Retry-After': String(WINDOW_SECONDS) } },
  );
}
