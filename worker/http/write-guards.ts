import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { problem } from './problem';
import { clientAddress } from './read-limit';

/** A bigger body is refused (413) before it is read whole. */
export const MAX_BODY = 256 * 1024;
const WINDOW_SECONDS = 60; // wrangler.toml's [[ratelimits]] period

/** Editor responses are never stored by a browser or a shared cache. */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
});

/** Writes are rate-limited per client address, an IPv6 client per /64 (the WRITE_LIMITER binding; emulated locally). */
export const writeLimit = createMiddleware<AppEnv>(async (c, next) => {
  const key = `write:${clientAddress(c)}`;
  const { success } = await c.env.WRITE_LIMITER.limit({ key });
  if (!success)
    return problem(c, 429, 'Too many writes. Please wait a minute.', {
      headers: { 'Retry-After': String(WINDOW_SECONDS) },
    });
  await next();
});

/** Bodies of more than MAX_BODY bytes: 413, counted as they stream in when there is no Content-Length. */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY,
  onError: (c) => problem(c, 413, `A briefing may be at most ${MAX_BODY / 1024} KB.`),
});

const isJson = (type: string | undefined) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type ?? '');
/** Whether a request carries a body at all (DELETE may come with or without one). */
export const hasBody = (headers: Headers) =>
  headers.has('Transfer-Encoding') || Number(headers.get('Content-Length') ?? 0) > 0;

/** 415 unless the body is JSON; with `optional`, a request may also have no body at all (DELETE). */
export const jsonBody = (optional = false) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (optional && !hasBody(c.req.raw.headers)) return next();
    if (!isJson(c.req.header('Content-Type'))) return problem(c, 415, 'Send the briefing as application/json.');
    await next();
  });

/** `r3` or `'r3'` where `"r3"` was meant: an ETag's quotes are easily lost in a shell. */
const UNQUOTED = /^'?(r\d+)'?$/;

/**
 * The entity tags an `If-Match` header lists, each as the editor meant it (`r3` read as `"r3"`), and
 * those that cannot be one of ours as written, for the 412 to show.
 */
export function readIfMatch(header: string): { tags: string[]; odd: string[] } {
  const tags: string[] = [];
  const odd: string[] = [];
  for (const raw of header
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const bare = UNQUOTED.exec(raw);
    if (bare) tags.push(`"${bare[1]}"`);
    else if (/^"r\d+"$/.test(raw) || raw === '*') tags.push(raw);
    else odd.push(raw);
  }
  return { tags, odd };
}

/** Whether an `If-Match` header names the current revision: `*`, or a list holding "r{revision}". */
export function ifMatchHolds(header: string, revision: number): boolean {
  const { tags } = readIfMatch(header);
  // Strong comparison (RFC 9110 §13.1.1): a weak tag W/"r3" never matches.
  return tags.includes('*') || tags.includes(`"r${revision}"`);
}

/** What a 412 adds when the header held something no ETag of ours looks like (W/"r3", 3, "3"). */
export function ifMatchAdvice(header: string, revision: number): string {
  const { odd } = readIfMatch(header);
  if (!odd.length) return '';
  return ` You sent If-Match: ${odd.join(', ')}, which is not an ETag of this API: send exactly "r${revision}", quotes included${odd.some((t) => t.startsWith('W/')) ? ', without W/ (a weak tag never matches)' : ''}.`;
}

/** 428 when a change does not say which revision it was made against. */
export const requireIfMatch = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.req.header('If-Match')) {
    return problem(c, 428, 'Say which revision you edited: send If-Match with the ETag of GET /api/briefings/{id}.');
  }
  await next();
});
