const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "yesterday", "this minute": how long ago `iso` was, in the interface's language. */
export function timeAgo(iso: string, now: number, lang: string): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(0, 'minute');
}

/** "420 KB", "3100 KB": one unit, so no rounding hides a change. */
export const formatBytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
