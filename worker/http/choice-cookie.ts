import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { PREFS_MAX_AGE } from '../../web/prefs/prefs';

// Over https a choice is kept as `__Host-{name}`: the browser then refuses it from any subdomain or
// insecure page, so no neighbour can plant one. Plain http (localhost) has no such prefix.
const isHttps = (c: Context) => c.req.url.startsWith('https:');

/** The name a choice's cookie has on this request's scheme. */
export const choiceCookieName = (c: Context, name: string) => (isHttps(c) ? `__Host-${name}` : name);

/** A saved choice: the `__Host-` cookie, else one saved under the plain name before it existed. */
export const readChoice = (c: Context, name: string): string | undefined =>
  (isHttps(c) ? getCookie(c, `__Host-${name}`) : undefined) ?? getCookie(c, name);

/** Keeps a reader's choice (language, text size, theme) for a year, on this site only. */
export function saveChoice(c: Context, name: string, value: string): void {
  setCookie(c, choiceCookieName(c, name), value, {
    path: '/',
    maxAge: PREFS_MAX_AGE,
    sameSite: 'Lax',
    secure: isHttps(c),
  });
}
