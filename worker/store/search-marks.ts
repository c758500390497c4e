import { MARK_END, MARK_START } from '../../model/search';

// The reader's words marked in an excerpt as the index matched them: case and accents folded as
// `unicode61 remove_diacritics 2` folds them, the words looked for as starts also as starts.

/** A word as the index keeps it: lower case, without the accents of Latin letters. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * `excerpt` with every word that matches one of `terms` between MARK_START and MARK_END, and no other
 * marks; `starts[i]` says whether `terms[i]` was looked for as the start of words.
 */
export function markWords(excerpt: string, terms: string[], starts: boolean[]): string {
  const folded = terms.map((t, i) => ({ t: fold(t), start: starts[i] ?? false }));
  const plain = excerpt.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
  return plain.replace(/[\p{L}\p{N}\p{M}]+/gu, (word) => {
    const w = fold(word);
    return folded.some(({ t, start }) => w === t || (start && w.startsWith(t))) ? MARK_START + word + MARK_END : word;
  });
}
