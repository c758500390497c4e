import type { Change, RevisionEntry } from '../../model/types';

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
    .prepare(
      'SELECT revision, at, changes FROM revisions WHERE briefing_id = ?1 AND revision < ?2 ORDER BY revision DESC LIMIT ?3',
    )
    .bind(id, before ?? Number.MAX_SAFE_INTEGER, limit + 1)
    .all<{ revision: number; at: string; changes: string }>();
  const revisions = results
    .slice(0, limit)
    .map((r) => ({ revision: r.revision, at: r.at, changes: JSON.parse(r.changes) as Change[] }));
  return { revisions, ...(results.length > limit ? { next: revisions[revisions.length - 1].revision } : {}) };
}
