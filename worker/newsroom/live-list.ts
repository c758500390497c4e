import type { ListEntry } from '../../web/editor/components/NewsroomList';
import { latestRuns } from '../alerts/runs';

/** How many live briefings the newsroom's list shows: the last touched first. */
const LIVE_LISTED = 50;

/**
 * The newsroom's live (and retracted) briefings, last changed first, each with who made its last
 * revision and what became of its latest alert; a revision older than named editors is the desk's.
 */
export async function liveEntries(db: D1Database): Promise<ListEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT b.id, json_extract(b.card, '$.headline') AS headline, b.modified_at, b.status, b.translation_of, b.lang,
         coalesce(e.name, r.desk, '') AS by
       FROM briefings AS b
       LEFT JOIN revisions AS r ON r.briefing_id = b.id AND r.revision = b.revision
       LEFT JOIN editors AS e ON e.id = r.editor_id
       ORDER BY b.modified_at DESC, b.id DESC LIMIT ?1`,
    )
    .bind(LIVE_LISTED)
    .all<{
      id: string;
      headline: string;
      modified_at: string;
      status: string;
      translation_of: string | null;
      lang: string;
      by: string;
    }>();
  const alerts = await latestRuns(
    db,
    results.map((r) => r.id),
  );
  return results.map((r) => ({
    href: `/editor/briefings/${r.id}`,
    headline: r.headline,
    at: r.modified_at,
    by: r.by,
    retracted: r.status === 'retracted',
    translates: r.translation_of,
    lang: r.lang,
    alert: alerts.get(r.id),
  }));
}
