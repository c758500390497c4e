import { dateLocale } from './format';

/**
 * "3 hours ago", "yesterday", "this minute": how long ago `iso` was, in the interface's language.
 * Browsers without Intl.RelativeTimeFormat (Safari before 14) say when instead: "30 Nov, 14:05".
 */
export function timeAgo(iso: string, now: number, lang: string): string {
  if (!Intl.RelativeTimeFormat)
    return new Date(iso).toLocaleString(dateLocale(lang), {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  const minutes = Math.round((Date.parse(iso) - now) / 60000);
  // Intl's French for "this minute" ("cette minute-ci") is not what a French reader says.
  if (lang === 'fr' && minutes === 0) return 'à l’instant';
  const hours = Math.round(minutes / 60);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  return hours > -1
    ? format.format(minutes, 'minute')
    : hours > -24
      ? format.format(hours, 'hour')
      : format.format(Math.round(hours / 24), 'day');
}

/** "420 KB", "3100 KB" ("420 Ko" in French): one unit, so no rounding hides a change. */
export const formatBytes = (bytes: number, lang = 'en') => `${Math.ceil(bytes / 1024)} ${lang === 'fr' ? 'Ko' : 'KB'}`;
