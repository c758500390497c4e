import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { detectFromQuery, languageDetector, type DetectorOptions } from 'hono/language';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { LANGUAGES, type Language } from '../../web/i18n/languages';
import type { AppEnv } from '../types';
import { saveChoice } from './choice-cookie';
import { isSameForEveryone } from './security';

const STRINGS = { en, fr };

// The detector never sets the cookie itself: only an explicit `?lang=` is a reader's choice to keep,
// and a Set-Cookie on every page would keep it out of shared caches.
const options: DetectorOptions = {
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  lookupFromHeaderKey: 'accept-language',
  lookupFromPathIndex: 0,
  caches: false,
  ignoreCase: true,
  supportedLanguages: [...LANGUAGES],
  fallbackLanguage: LANGUAGES[0],
};
// A choice saved over https is `__Host-lang`; one saved before that, or over http, is `lang`.
const detectPlain = languageDetector(options);
const detectHost = languageDetector({ ...options, lookupCookie: '__Host-lang' });
const detect: typeof detectPlain = (c, next) =>
  (getCookie(c, '__Host-lang') !== undefined ? detectHost : detectPlain)(c, next);

/**
 * Picks the interface's language for every page (`?lang=`, then the saved choice, then
 * Accept-Language) and saves an explicit choice in a cookie. Pages vary by it, so it joins
 * the cache variant and the Vary header.
 */
export const language = createMiddleware<AppEnv>((c, next) =>
  detect(c, async () => {
    const lang = c.get('language') as Language;
    c.set('locale', { lang, t: STRINGS[lang] });
    // The feed and the API speak no interface language: one copy serves every reader.
    if (isSameForEveryone(c.req.path)) return next();
    c.set('variant', `${c.get('variant') ?? ''}-${lang}`);
    await next();
    c.res.headers.append('Vary', 'Accept-Language, Cookie');
    const asked = detectFromQuery(c, options);
    if (asked) saveChoice(c, 'lang', asked);
  }),
);
