// The search index kept in step with `briefings`: its statements join every write's batch, so the
// words searched are always those of the briefing stored. A retracted briefing leaves the index.
// The words indexed are the same as the migrations' backfill (migrations/0003_browse_search.sql,
// 0007_vocabulary.sql): the text, and every label and alias of the briefing's topics, so `cedeao`
// finds a briefing on ECOWAS written in English.

export const WORDS = `coalesce((
  SELECT group_concat(t.value, ' ')
  FROM json_tree(briefings.doc) AS t
  WHERE t.type = 'text'
    AND (t.path = '$' AND t.key = 'lede'
      OR t.path LIKE '$.sections[%].paragraphs'
      OR t.key IN ('heading', 'question', 'title', 'outcome', 'indicator', 'watch')
      OR t.path LIKE '$.whatComesNext.scenarios[%].conditions')
), '') || ' ' || coalesce((
  SELECT group_concat((v.label ->> '$.en') || ' ' || (v.label ->> '$.fr') || ' ' ||
    (SELECT coalesce(group_concat(a.value, ' '), '') FROM json_each(v.aliases) AS a), ' ')
  FROM json_each(briefings.doc, '$.topics') AS bt JOIN topics AS v ON v.id = bt.value
), '')`;

const INSERT = `INSERT INTO briefings_fts (id, headline, standfirst, body)
  SELECT id, json_extract(doc, '$.headline'), json_extract(doc, '$.standfirst'), ${WORDS}
  FROM briefings`;

/** The statements that index briefing `id` as `briefings` holds it (to run after the briefing's own write). */
export function indexStatements(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM briefings_fts WHERE id = ?').bind(id),
    db.prepare(`${INSERT} WHERE id = ? AND status = 'published'`).bind(id),
  ];
}

/** The statements that index again every briefing tagged `topic`, after its labels or aliases changed. */
export function reindexTopicStatements(db: D1Database, topic: string): D1PreparedStatement[] {
  const tagged = `SELECT id FROM briefings WHERE EXISTS (SELECT 1 FROM json_each(doc, '$.topics') WHERE value = ?1)`;
  return [
    db.prepare(`DELETE FROM briefings_fts WHERE id IN (${tagged})`).bind(topic),
    db.prepare(`${INSERT} WHERE id IN (${tagged}) AND status = 'published'`).bind(topic),
  ];
}
