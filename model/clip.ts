// Shortening text for places with a limit (a push message, a search engine's headline).

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text of at most `max` UTF-16 units, cut at a word with an ellipsis (a push body is a glance, a
 * search result's headline a line). The cut falls between graphemes, never inside an emoji, a flag
 * or a letter with its accents.
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = 0;
  for (const { index, segment } of graphemes.segment(s)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  const cut = s.slice(0, end);
  // Back to the last space, unless the text has none there (scripts written without spaces).
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${atWord || cut}…`;
}
