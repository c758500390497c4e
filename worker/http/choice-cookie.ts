import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { PREFS_MAX_AGE } from '../../web/prefs/prefs';

/** Keeps a reader's choice (language, text size, theme) for a year, on this site only. */
export function saveChoice(c: Context, name: string, value: string): void {
  setCookie(c, name, value, {
    path: '/',
    maxAge: PREFS_MAX_AGE,
    sameSite: 'Lax',
    secure: c.req.url.startsWith('https:'),
  });
}
