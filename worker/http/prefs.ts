import { createMiddleware } from 'hono/factory';
import { htmlAttributes, readPrefs } from '../../web/prefs/prefs';
import type { AppEnv } from '../types';
import { readChoice } from './choice-cookie';
import { isSameForEveryone } from './security';

/**
 * Reads the reader's text size and theme from their cookies, so pages are rendered with them from the
 * first byte. Pages differ by them, so a non-default choice joins the cache variant (the Vary header
 * already names Cookie, for the language).
 */
export const prefs = createMiddleware<AppEnv>(async (c, next) => {
  const p = readPrefs((name) => readChoice(c, name));
  c.set('prefs', p);
  const attrs = htmlAttributes(p);
  if (attrs && !isSameForEveryone(c.req.path)) c.set('variant', `${c.get('variant') ?? ''}-${p.size}-${p.theme}`);
  await next();
});
