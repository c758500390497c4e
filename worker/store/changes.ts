import type { Briefing } from '../../model/types';

/** The most briefings a delta carries: a phone further behind gets the first page afresh instead. */
export const MAX_CHANGES = 100;

/**
 * The briefings with a revision after feed revision `since` (every page of the feed), whole, newest
 * first; at most `MAX_CHANGES` + 1, so the caller can tell there were more.
 */
export async function changedSince(db: D1Database, since: number): Promise<Briefing[]> {
  const { results } = await db
    .prepare(
      `SELECT doc FROM briefings WHERE id IN (SELECT briefing_id FROM revisions WHERE seq > ?1)
       ORDER BY published_at DESC, id DESC LIMIT ?2`,
    )
    .bind(since, MAX_CHANGES + 1)
    .all<{ doc: string }>();
  return results.map((r) => JSON.parse(r.doc) as Briefing);
}
