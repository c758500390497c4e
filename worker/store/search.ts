import { MARK_END, MARK_START, MIN_PREFIX, searchTerms, type SearchHit } from '../../model/search';
import type { BriefingCard } from '../../model/types';

// Full-text search over the published briefings (./search-index.ts keeps the index in step).
// The reader's words are never FTS5 syntax: each becomes a quoted prefix term, so `AND`, `"`, `*`
// or `NEAR(` are only words, and no query can fail to parse.

/** How many results one search shows. */
export const SEARCH_LIMIT = 20;

/**
 * The reader's words as an FTS5 query, all of which must match; null with none. With `prefixes`, a
 * word of MIN_PREFIX letters or more is a prefix term (`coal` finds `coalition`); a shorter one is
 * always a whole word, since a prefix that short makes FTS5 merge the lists of most words in the index.
 */
export function ftsQuery(q: string, prefixes = true): string | null {
  const terms = searchTerms(q);
  return terms.length
    ? terms.map((w) => (prefixes && [...w].length >= MIN_PREFIX ? `"${w}"*` : `"${w}"`)).join(' ')
    : null;
}

/**
 * How many of the most recently indexed matches are ranked by publication: every write re-indexes
 * its briefing, so these hold the newest by far, and FTS5 walks its matches newest first and stops here.
 */
export const SEARCH_WINDOW = 200;

async function run(db: D1Database, match: string): Promise<SearchHit[]> {
  // The newest matches are picked first, and only theirs get an excerpt: snippet() is the costly part.
  // The excerpts come from one more pass over the matches, from the oldest picked on (so at most the
  // window's): looking each picked rowid up instead would make FTS5 read the words' lists, and merge
  // those of every word a start begins, once for each of the 20 (the `+` keeps SQLite from doing so).
  const { results } = await db
    .prepare(
      `WITH w AS MATERIALIZED (
         SELECT rowid AS r, id FROM briefings_fts WHERE briefings_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?5),
       top AS MATERIALIZED (
         SELECT w.r FROM w JOIN briefings AS n ON n.id = w.id ORDER BY n.published_at DESC, n.id DESC LIMIT ?4)
       SELECT b.card AS card, snippet(briefings_fts, -1, ?2, ?3, '…', 16) AS excerpt
       FROM briefings_fts JOIN briefings AS b ON b.id = briefings_fts.id
       WHERE briefings_fts MATCH ?1 AND briefings_fts.rowid >= (SELECT min(r) FROM top)
         AND +briefings_fts.rowid IN (SELECT r FROM top)
       ORDER BY b.published_at DESC, b.id DESC`,
    )
    .bind(match, MARK_START, MARK_END, SEARCH_LIMIT, SEARCH_WINDOW)
    .all<{ card: string; excerpt: string }>();
  return results.map((r) => ({ card: JSON.parse(r.card) as BriefingCard, excerpt: r.excerpt }));
}

/**
 * The published briefings matching `q`, newest first, with where they matched. The words are looked
 * for whole first: that costs the same at 10,000 briefings as at 1,000. Only when that finds less than
 * a page are they looked for as the starts of words too (`coal` for `coalition`): a start of three
 * or four letters is read from its own index (migration 0008), a longer one costs more as the index grows.
 */
export async function searchBriefings(db: D1Database, q: string): Promise<SearchHit[]> {
  const whole = ftsQuery(q, false);
  if (!whole) return [];
  const hits = await run(db, whole);
  const starts = ftsQuery(q);
  return hits.length >= SEARCH_LIMIT || !starts || starts === whole ? hits : run(db, starts);
}
