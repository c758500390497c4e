import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { problem } from './problem';

const WINDOW_SECONDS = 60; // wrangler.toml's READ_LIMITER period

/** The client's address as Cloudflare saw it; one name for every request that arrives without one. */
export const clientAddress = (c: Context<AppEnv>) => c.req.header('CF-Connecting-IP') ?? 'local';

/**
 * Asked before a read that would reach D1 (copies served from memory or the Cache API cost nothing
 * and are not counted): a 429 with Retry-After once an address has made too many, else undefined.
 */
export async function readLimited(c: Context<AppEnv>): Promise<Response | undefined> {
  const { success } = await c.env.READ_LIMITER.limit({ key: `read:${clientAddress(c)}` });
  if (success) return undefined;
  return problem(c, 429, 'Too many requests from your address. Please wait a minute.', {
    headers: { 'Retry-After': String(WINDOW_SECONDS) },
  });
}
