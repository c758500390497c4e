import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { chooseLanguage, isLanguage } from '../../web/i18n/languages';
import type { AppEnv } from '../types';
import { saveChoice } from './choice-cookie';
import { isDataPath } from './security';

const STRINGS = { en, fr };

/**
 * Picks the interface's language for every page (`?lang=`, then the saved choice, then
 * Accept-Language) and saves an explicit choice in a cookie. Pages vary by it, so it joins
 * the cache variant and the Vary header.
 */
export const language = createMiddleware<AppEnv>(async (c, next) => {
  const asked = c.req.query('lang');
  const lang = chooseLanguage(asked, getCookie(c, 'lang'), c.req.header('Accept-Language'));
  c.set('locale', { lang, t: STRINGS[lang] });
  // The feed and the API speak no interface language: one copy serves every reader.
  if (isDataPath(c.req.path)) return next();
  c.set('variant', `${c.get('variant') ?? ''}-${lang}`);
  await next();
  c.res.headers.append('Vary', 'Accept-Language, Cookie');
  if (isLanguage(asked)) saveChoice(c, 'lang', asked);
});
