import { Hono } from 'hono';
import { backTo, isSize, isTheme } from '../../web/prefs/prefs';
import { saveChoice } from '../http/choice-cookie';
import type { AppEnv } from '../types';

/**
 * `GET /prefs?size=l&back=/path` (or `theme=dark`): saves the choice in a cookie and goes back to the
 * page, so text size and theme change without JavaScript. Never cached.
 */
export const prefsRoutes = new Hono<AppEnv>().get('/prefs', (c) => {
  const { size, theme, back } = c.req.query();
  for (const [name, value] of [
    ['size', isSize(size) && size],
    ['theme', isTheme(theme) && theme],
  ] as const) {
    if (value) saveChoice(c, name, value);
  }
  c.header('Cache-Control', 'no-store');
  // The Referer is right even after the app moved between pages without reloading; `back` when there is none.
  return c.redirect(backTo([c.req.header('Referer'), back], new URL(c.req.url).origin), 303);
});
