import type { Follows } from '../../model/subscription';
import type { FieldProblem } from '../../model/types';

// Follows must name something that exists: a topic or a story some briefing carries, a briefing that is
// stored. Countries are checked against ISO 3166-1 by the schema: a country can be followed before its
// first briefing.

async function present(db: D1Database, sql: string, names: string[]): Promise<Set<string>> {
  if (!names.length) return new Set();
  const { results } = await db.prepare(sql).bind(JSON.stringify(names)).all<{ name: string }>();
  return new Set(results.map((r) => r.name));
}

/** A problem, by JSON path, for each followed topic, story or briefing the database does not know. */
export async function unknownFollows(db: D1Database, f: Follows): Promise<FieldProblem[]> {
  const [topics, stories, briefings] = await Promise.all([
    present(
      db,
      `SELECT DISTINCT t.value AS name FROM briefings, json_each(briefings.doc, '$.topics') AS t
       WHERE t.value IN (SELECT value FROM json_each(?1))`,
      f.topics,
    ),
    // The story column is indexed (migrations/0003_browse_search.sql).
    present(
      db,
      'SELECT DISTINCT story AS name FROM briefings WHERE story IN (SELECT value FROM json_each(?1))',
      f.stories,
    ),
    present(db, 'SELECT id AS name FROM briefings WHERE id IN (SELECT value FROM json_each(?1))', f.briefings),
  ]);
  const checks = [
    ['topics', topics, 'is no topic of any briefing'],
    ['stories', stories, 'is no story of any briefing'],
    ['briefings', briefings, 'is no briefing'],
  ] as const;
  return checks.flatMap(([kind, known, says]) =>
    f[kind].flatMap((name, i) =>
      known.has(name) ? [] : [{ path: `follows.${kind}[${i}]`, message: `${says}: "${name}"` }],
    ),
  );
}
