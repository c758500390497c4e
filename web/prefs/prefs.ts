// The reader's display preferences: text size and theme. Runtime-neutral: the worker reads them
// from cookies to render <html data-size data-theme> before the first paint (so a saved choice never
// makes the page jump), and the app writes the same cookies when the reader changes them.

/** Text sizes, smallest first; `m` is the default and is never written on the page. */
export const SIZES = ['m', 'l', 'xl'] as const;
export type Size = (typeof SIZES)[number];

/** `system` follows the phone's light or dark setting; the other two override it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Prefs {
  size: Size;
  theme: Theme;
}

export const DEFAULT_PREFS: Prefs = { size: 'm', theme: 'system' };

export const isSize = (v: unknown): v is Size => SIZES.includes(v as Size);
export const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme);

/** The preferences saved in the `size` and `theme` cookies; anything unknown falls back to the default. */
export function readPrefs(cookie: (name: string) => string | undefined): Prefs {
  const size = cookie('size');
  const theme = cookie('theme');
  return { size: isSize(size) ? size : DEFAULT_PREFS.size, theme: isTheme(theme) ? theme : DEFAULT_PREFS.theme };
}

/** How long a choice is kept: a year, like the language. */
export const PREFS_MAX_AGE = 365 * 24 * 3600;

/** The attributes <html> carries for `prefs`: only what differs from the default, to spare bytes. */
export function htmlAttributes(prefs: Prefs): string {
  return (
    (prefs.size === 'm' ? '' : ` data-size="${prefs.size}"`) +
    (prefs.theme === 'system' ? '' : ` data-theme="${prefs.theme}"`)
  );
}

/** The no-JavaScript way to change a preference: a plain link the worker answers with a cookie and a redirect back. */
export const prefsHref = (name: 'size' | 'theme', value: string, back: string) =>
  `/prefs?${name}=${value}&back=${encodeURIComponent(back)}`;

/**
 * The page to go back to: the first candidate on our own origin, never another site (`//evil`,
 * `https:`). The path itself must not start with `//` or `/\\`: `/.//evil.example` resolves to the
 * path `//evil.example`, which a browser reads as another host.
 */
export function backTo(candidates: (string | null | undefined)[], origin: string): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, origin);
      if (url.origin === origin && !/^\/[/\\]/.test(url.pathname)) return url.pathname + url.search;
    } catch {
      // not a URL: try the next
    }
  }
  return '/';
}
