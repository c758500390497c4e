import { isLanguage } from '../i18n/languages';
import { backTo, isSize, isTheme, PREFS_MAX_AGE } from '../prefs/prefs';

// Offline, the footer's text-size and theme links and the masthead's language links still work on a
// saved page: the service worker keeps the choice in the cookie the server would have set (the saved
// page's frame reads it) and goes back to the page, which the phone has.

interface CookieStore {
  set(cookie: { name: string; value: string; expires: number }): Promise<void>;
}

/** The choices a navigation to `url` makes: `/prefs?size=…&theme=…`, or `?lang=` on any page; none otherwise. */
function choicesOf(url: URL): [string, string][] {
  const q = url.searchParams;
  if (url.pathname === '/prefs')
    return [
      ['size', q.get('size')],
      ['theme', q.get('theme')],
    ].filter((c): c is [string, string] => (c[0] === 'size' ? isSize(c[1]) : isTheme(c[1])));
  const lang = q.get('lang');
  return isLanguage(lang) ? [['lang', lang]] : [];
}

/** Offline, the answer to a navigation that makes a choice: kept, then back to the page; none for any other. */
export async function offlineChoice(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const choices = choicesOf(url);
  const store = (self as { cookieStore?: CookieStore }).cookieStore;
  if (!choices.length || !store) return undefined;
  const https = url.protocol === 'https:';
  const expires = Date.now() + PREFS_MAX_AGE * 1000;
  for (const [name, value] of choices)
    // The store's defaults are the server's: path "/", SameSite Lax, Secure over https.
    await store.set({ name: `${https ? '__Host-' : ''}${name}`, value, expires });
  url.searchParams.delete('lang');
  // The Referer first, as the server does: a saved page's frame may carry another page's `back`.
  const back =
    url.pathname === '/prefs'
      ? backTo([request.referrer, url.searchParams.get('back')], url.origin)
      : url.pathname + url.search;
  return Response.redirect(new URL(back, url.origin).href, 303);
}
