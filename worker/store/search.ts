import { MARK_END, MARK_START, MIN_PREFIX, searchTerms, type SearchHit } from '../../model/search';
import type { BriefingCard } from '../../model/types';

// Full-text search over the published briefings (./search-index.ts keeps the index in step).
// The reader's words are never FTS5 syntax: each becomes a quoted prefix term, so `AND`, `"`, `*`
// or `NEAR(` are only words, and no query can fail to parse.

/** How many results one search shows. */
export const SEARCH_LIMIT = 20;

/**
 * The reader's words as an FTS5 query, all of which must match; null with none. A word of MIN_PREFIX
 * letters or more is a prefix term (`coal` finds `coalition`); a shorter one a whole word, since a
 * prefix that short makes FTS5 merge the lists of most words in the index: the costliest query a
 * reader could send.
 */
export function ftsQuery(q: string): string | null {
  const terms = searchTerms(q);
  return terms.length ? terms.map((w) => ([...w].length >= MIN_PREFIX ? `"${w}"*` : `"${w}"`)).join(' ') : null;
}

/**
 * How many of the most recently indexed matches are ranked by publication: every write re-indexes
 * its briefing, so these hold the newest by far; and a common word costs the same at 10,000
 * briefings as at 1,000, since FTS5 walks its matches newest first and stops here.
 */
export const SEARCH_WINDOW = 200;

/** The published briefings matching `q`, newest first, with where they matched. */
export async function searchBriefings(db: D1Database, q: string): Promise<SearchHit[]> {
  const match = ftsQuery(q);
  if (!match) return [];
  // The newest matches are picked first, and only theirs get an excerpt: snippet() is the costly part.
  const { results } = await db
    .prepare(
      `SELECT b.card AS card, snippet(briefings_fts, -1, ?2, ?3, '…', 16) AS excerpt
       FROM briefings_fts JOIN briefings AS b ON b.id = briefings_fts.id
       WHERE briefings_fts MATCH ?1 AND briefings_fts.rowid IN (
         SELECT w.rowid FROM (
           SELECT rowid, id FROM briefings_fts WHERE briefings_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?5
         ) AS w JOIN briefings AS n ON n.id = w.id
         ORDER BY n.published_at DESC, n.id DESC LIMIT ?4)
       ORDER BY b.published_at DESC, b.id DESC`,
    )
    .bind(match, MARK_START, MARK_END, SEARCH_LIMIT, SEARCH_WINDOW)
    .all<{ card: string; excerpt: string }>();
  return results.map((r) => ({ card: JSON.parse(r.card) as BriefingCard, excerpt: r.excerpt }));
}
