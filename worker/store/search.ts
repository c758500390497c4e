import { MARK_END, MARK_START, MIN_PREFIX, searchTerms, type SearchHit } from '../../model/search';
import type { BriefingCard } from '../../model/types';
import { markWords } from './search-marks';

// Full-text search over the published briefings (./search-index.ts keeps the index in step).
// The reader's words are never FTS5 syntax: each becomes a quoted term, so `AND`, `"`, `*` or
// `NEAR(` are only words, and no query can fail to parse.

/** How many results one search shows. */
export const SEARCH_LIMIT = 20;

/** The longest start of words the index keeps a list for (migration 0008: `prefix = '3 4'`). */
export const INDEXED_START = 4;

/**
 * How many longer words one search looks for as starts: FTS5 reads the start of a word it keeps no
 * list for by merging the lists of every word it begins, whole, wherever the search stops; the rest
 * of the reader's longer words are looked for whole.
 */
export const MAX_LONG_STARTS = 2;

/**
 * Which of the reader's words are looked for as starts of words (`coal` finds `coalition`): none
 * under MIN_PREFIX letters (a start that short begins most words), every one up to INDEXED_START,
 * and the last MAX_LONG_STARTS of the longer ones (the last typed is the likeliest unfinished).
 */
export function startsAmong(terms: string[]): boolean[] {
  let long = 0;
  return terms
    .map((_, i) => terms.length - 1 - i)
    .map((i) => {
      const n = [...terms[i]].length;
      return n >= MIN_PREFIX && (n <= INDEXED_START || long++ < MAX_LONG_STARTS);
    })
    .reverse();
}

/** The reader's words as FTS5 terms, each quoted, with `*` on those looked for as starts of words. */
const ftsTerms = (terms: string[], starts: boolean[]) => terms.map((w, i) => (starts[i] ? `"${w}"*` : `"${w}"`));

/**
 * The reader's words as an FTS5 query, all of which must match; null with none. With `prefixes`, the
 * words startsAmong picks are starts of words; without, every word is looked for whole.
 */
export function ftsQuery(q: string, prefixes = true): string | null {
  const terms = searchTerms(q);
  return terms.length ? ftsTerms(terms, prefixes ? startsAmong(terms) : []).join(' ') : null;
}

/**
 * Which word an excerpt is placed around: the longest, the likeliest to be rare. snippet() weighs
 * every place any of its words occurs against every other (eight common words are hundreds of places
 * in one briefing), so it is given this one word alone, and the others are marked in what it picked.
 */
export function excerptWord(terms: string[]): number {
  return terms.reduce((best, w, i) => ([...w].length > [...terms[best]].length ? i : best), 0);
}

/**
 * How many of the most recently indexed matches are ranked by publication: every write re-indexes
 * its briefing, so these hold the newest by far, and FTS5 walks its matches newest first and stops here.
 */
export const SEARCH_WINDOW = 200;

/**
 * The published briefings matching `q`, newest first, with where they matched, in one statement (one
 * round trip to D1). The words are looked for whole first: that costs the same at 10,000 briefings as
 * at 1,000. Only when that finds less than a page are they looked for as the starts of words too
 * (startsAmong): a start of three or four letters is read from its own index, a longer one costs more
 * as the index grows.
 */
export async function searchBriefings(db: D1Database, q: string): Promise<SearchHit[]> {
  const terms = searchTerms(q);
  if (!terms.length) return [];
  const starts = startsAmong(terms);
  const [whole, partial] = [ftsTerms(terms, []), ftsTerms(terms, starts)];
  const anchor = excerptWord(terms);
  // `enough` counts a page of whole-word matches at most. The newest matches (of the whole words, or
  // of the starts) are picked first, and only theirs get an excerpt: snippet() is the costly part.
  // The excerpts come from one more pass over the excerpt word's matches, from the oldest picked on (so
  // at most the window's): looking each picked rowid up instead would make FTS5 read the word's list
  // once for each of the 20 (the `+` keeps SQLite from doing so).
  const { results } = await db
    .prepare(
      `WITH enough AS MATERIALIZED (
         SELECT count(*) >= ?4 AS yes FROM (
           SELECT 1 FROM briefings_fts WHERE briefings_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?4)),
       w AS MATERIALIZED (
         SELECT rowid AS r, id FROM briefings_fts WHERE briefings_fts MATCH iif((SELECT yes FROM enough), ?1, ?6)
         ORDER BY rowid DESC LIMIT ?5),
       top AS MATERIALIZED (
         SELECT w.r FROM w JOIN briefings AS n ON n.id = w.id ORDER BY n.published_at DESC, n.id DESC LIMIT ?4)
       SELECT b.card AS card, snippet(briefings_fts, -1, ?2, ?3, '…', 16) AS excerpt, (SELECT yes FROM enough) AS whole
       FROM briefings_fts JOIN briefings AS b ON b.id = briefings_fts.id
       WHERE briefings_fts MATCH iif((SELECT yes FROM enough), ?7, ?8)
         AND briefings_fts.rowid >= (SELECT min(r) FROM top) AND +briefings_fts.rowid IN (SELECT r FROM top)
       ORDER BY b.published_at DESC, b.id DESC`,
    )
    .bind(
      whole.join(' '),
      MARK_START,
      MARK_END,
      SEARCH_LIMIT,
      SEARCH_WINDOW,
      partial.join(' '),
      whole[anchor],
      partial[anchor],
    )
    .all<{ card: string; excerpt: string; whole: number }>();
  return results.map((r) => ({
    card: JSON.parse(r.card) as BriefingCard,
    excerpt: markWords(r.excerpt, terms, r.whole ? [] : starts),
  }));
}
