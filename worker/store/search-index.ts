// The search index kept in step with `briefings`: its statements join every write's batch, so the
// words searched are always those of the briefing stored. A retracted briefing leaves the index.
// The words indexed are the same as the migration's backfill (migrations/0003_browse_search.sql).

export const WORDS = `(
  SELECT group_concat(t.value, ' ')
  FROM json_tree(briefings.doc) AS t
  WHERE t.type = 'text'
    AND (t.path = '$' AND t.key = 'lede'
      OR t.path LIKE '$.sections[%].paragraphs'
      OR t.key IN ('heading', 'question', 'title', 'outcome', 'indicator', 'watch')
      OR t.path LIKE '$.whatComesNext.scenarios[%].conditions')
)`;

/** The statements that index briefing `id` as `briefings` holds it (to run after the briefing's own write). */
export function indexStatements(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM briefings_fts WHERE id = ?').bind(id),
    db
      .prepare(
        `INSERT INTO briefings_fts (id, headline, standfirst, body)
         SELECT id, json_extract(doc, '$.headline'), json_extract(doc, '$.standfirst'), ${WORDS}
         FROM briefings WHERE id = ? AND status = 'published'`,
      )
      .bind(id),
  ];
}
