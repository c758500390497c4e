// What became of each alert a write queued (table `alert_runs`): the followers its fan-out found and
// how many of them were sent it, failed, were gone (the push service forgot them) or were skipped
// (quiet hours, the day's cap, sent before). The newsroom reads it, so a fan-out that failed is seen by
// the editor and not only in a log. Bookkeeping never stops an alert: a failure to write it is logged.
import type { AlertRun } from '../../model/alert-run';

export type { AlertRun };

/** What one send batch did, added to its run. */
export interface Tally {
  sent?: number;
  failed?: number;
  gone?: number;
  skipped?: number;
  error?: string;
}

async function quietly(what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (e) {
    console.error(`alerts: could not record ${what}`, e);
  }
}

/** A write's alert queued (or not: `error` says why, and the run is finished, failed, at once). */
export function recordQueued(db: D1Database, briefing: string, revision: number, now: Date, error?: string) {
  const at = now.toISOString();
  return quietly('a queued alert', () =>
    db
      .prepare(
        `INSERT INTO alert_runs (briefing_id, revision, queued_at, last_error, finished_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (briefing_id, revision) DO UPDATE SET queued_at = ?3, followers = NULL, sent = 0, failed = 0,
           gone = 0, skipped = 0, last_error = ?4, finished_at = ?5`,
      )
      .bind(briefing, revision, at, error ?? null, error ? at : null)
      .run(),
  );
}

/** The fan-out found `followers`: written before any send batch is queued, so none can finish the run early. */
export function recordFollowers(db: D1Database, briefing: string, revision: number, followers: number, now: Date) {
  const at = now.toISOString();
  return quietly('an alert’s followers', () =>
    db
      .prepare(
        `INSERT INTO alert_runs (briefing_id, revision, queued_at, followers, finished_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (briefing_id, revision) DO UPDATE SET followers = ?4, last_error = NULL, finished_at = ?5`,
      )
      .bind(briefing, revision, at, followers, followers ? null : at)
      .run(),
  );
}

/** Adds a send batch's outcome; the run is finished once every follower is counted. */
export function recordTally(db: D1Database, briefing: string, revision: number, t: Tally, now: Date) {
  const [sent, failed, gone, skipped] = [t.sent ?? 0, t.failed ?? 0, t.gone ?? 0, t.skipped ?? 0];
  return quietly('an alert’s tally', () =>
    db
      .prepare(
        `UPDATE alert_runs SET sent = sent + ?3, failed = failed + ?4, gone = gone + ?5, skipped = skipped + ?6,
           last_error = coalesce(?7, last_error),
           finished_at = CASE WHEN followers <= sent + failed + gone + skipped + ?3 + ?4 + ?5 + ?6 THEN ?8 ELSE finished_at END
         WHERE briefing_id = ?1 AND revision = ?2`,
      )
      .bind(briefing, revision, sent, failed, gone, skipped, t.error ?? null, now.toISOString())
      .run(),
  );
}

/** The fan-out failed: its error kept; with `final`, the queue gives up on it and so does the run. */
export function recordFanOutFailure(
  db: D1Database,
  briefing: string,
  revision: number,
  error: string,
  final: boolean,
  now: Date,
) {
  return quietly('a failed fan-out', () =>
    db
      .prepare(
        `UPDATE alert_runs SET last_error = ?3, finished_at = CASE WHEN ?4 THEN ?5 ELSE finished_at END
         WHERE briefing_id = ?1 AND revision = ?2`,
      )
      .bind(briefing, revision, error.slice(0, 500), final ? 1 : 0, now.toISOString())
      .run(),
  );
}

interface Row {
  briefing_id: string;
  revision: number;
  queued_at: string;
  followers: number | null;
  sent: number;
  failed: number;
  gone: number;
  skipped: number;
  last_error: string | null;
  finished_at: string | null;
}

const fromRow = (r: Row): AlertRun => ({
  briefing: r.briefing_id,
  revision: r.revision,
  queuedAt: r.queued_at,
  followers: r.followers,
  sent: r.sent,
  failed: r.failed,
  gone: r.gone,
  skipped: r.skipped,
  lastError: r.last_error,
  finishedAt: r.finished_at,
});

/** The latest alert of each of `briefings` (all of those that have one), by briefing id. */
export async function latestRuns(db: D1Database, briefings: string[]): Promise<Map<string, AlertRun>> {
  if (!briefings.length) return new Map();
  const { results } = await db
    .prepare(
      `SELECT a.* FROM json_each(?1) AS j JOIN alert_runs AS a ON a.briefing_id = j.value
       WHERE a.revision = (SELECT max(revision) FROM alert_runs WHERE briefing_id = j.value)`,
    )
    .bind(JSON.stringify(briefings))
    .all<Row>();
  return new Map(results.map((r) => [r.briefing_id, fromRow(r)]));
}

/** The newsroom's latest alerts, newest first: at most `limit`, or those of one briefing. */
export async function recentRuns(db: D1Database, limit: number, briefing?: string): Promise<AlertRun[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM alert_runs WHERE ?1 IS NULL OR briefing_id = ?1
       ORDER BY queued_at DESC, briefing_id, revision DESC LIMIT ?2`,
    )
    .bind(briefing ?? null, limit)
    .all<Row>();
  return results.map(fromRow);
}
