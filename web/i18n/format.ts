// Dates through Intl, so they read in the interface's language; cached because constructing
// a formatter costs more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The locale dates are written in: plain "en" would read month-first, as in the US; our readers write the day first. */
export const dateLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/**
 * "25 Nov 2026" in English; "25 novembre 2026" in French, as French news copy writes it; in both with
 * no-break spaces, so that a date never splits at a line's end. Shown in UTC: pages are cached for everyone.
 */
export function formatDate(iso: string, lang: string): string {
  let f = formatters.get(lang);
  if (!f) {
    const month = lang === 'fr' ? 'long' : 'short';
    f = new Intl.DateTimeFormat(dateLocale(lang), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, f);
  }
  const date = f.format(new Date(iso));
  return date.replace(/ /g, '\u00a0');
}
