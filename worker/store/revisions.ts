import type { Change, RevisionEntry } from '../../model/types';

export type RevisionRow = {
  revision: number;
  at: string;
  changes: string;
  desk: string | null;
  name: string | null;
  name_en: string | null;
  name_fr: string | null;
};

/** A briefing's revisions, newest first, each with who made it (the editor's name, never an email). */
export const REVISIONS_SQL = `SELECT r.revision, r.at, r.changes, r.desk, e.name, d.name_en, d.name_fr FROM revisions AS r
  LEFT JOIN editors AS e ON e.id = r.editor_id LEFT JOIN desks AS d ON d.id = r.desk WHERE r.briefing_id = ?1 AND r.revision < ?2 ORDER BY r.revision DESC`;

export const revisionEntry = (r: RevisionRow): RevisionEntry => ({
  revision: r.revision,
  at: r.at,
  changes: JSON.parse(r.changes) as Change[],
  ...(r.desk
    ? {
        by: {
          ...(r.name ? { name: r.name } : {}),
          desk: r.desk,
          ...(r.name_en && r.name_fr ? { deskName: { en: r.name_en, fr: r.name_fr } } : {}),
        },
      }
    : {}),
});

/** How many revisions one page of a briefing's history lists. */
export const REVISIONS_PAGE = 50;

/**
 * A page of a briefing's history, newest first: the revisions before `before` (all, without it), and
 * the revision to ask for next when there are older ones.
 */
export async function listRevisionPage(
  db: D1Database,
  id: string,
  before?: number,
  limit = REVISIONS_PAGE,
): Promise<{ revisions: RevisionEntry[]; next?: number }> {
  const { results } = await db
    .prepare(`${REVISIONS_SQL} LIMIT ?3`)
    .bind(id, before ?? Number.MAX_SAFE_INTEGER, limit + 1)
    .all<RevisionRow>();
  const revisions = results.slice(0, limit).map(revisionEntry);
  return { revisions, ...(results.length > limit ? { next: revisions[revisions.length - 1].revision } : {}) };
}
