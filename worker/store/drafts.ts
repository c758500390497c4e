// Drafts: plain functions over D1 (migrations/0006_drafts.sql). A draft's briefing is kept exactly as
// sent; every save is checked against the version the editor saved from, so one editor's autosave never
// overwrites another's unseen.

/** The live briefing and revision a draft was made from. */
export interface DraftBase {
  id: string;
  revision: number;
}

/** Who saved or scheduled a draft, as the newsroom's list names them. */
export interface Signer {
  id: string;
  name: string;
  desk?: string;
}

export interface Draft {
  id: string;
  /** Any JSON object, complete or not: validated only when checked, previewed or published. */
  briefing: Record<string, unknown>;
  base: DraftBase | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: Signer;
  scheduledAt: string | null;
  scheduledBy: Signer | null;
  /** Why the Cron Trigger could not publish it at its time (a problem document); null otherwise. */
  scheduleProblem: unknown;
}

/** One line of the newsroom's list: enough to find a draft, not the briefing itself. */
export interface DraftSummary {
  id: string;
  headline: string | null;
  briefingId: string | null;
  base: DraftBase | null;
  updatedAt: string;
  updatedBy: Signer;
  scheduledAt: string | null;
  scheduleProblem: unknown;
}

interface Row {
  id: string;
  briefing: string;
  base_id: string | null;
  base_revision: number | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  scheduled_at: string | null;
  scheduled_by: string | null;
  schedule_problem: string | null;
}

const parse = (json: string | null) => (json === null ? null : JSON.parse(json));

const fromRow = (r: Row): Draft => ({
  id: r.id,
  briefing: JSON.parse(r.briefing) as Record<string, unknown>,
  base: r.base_id !== null && r.base_revision !== null ? { id: r.base_id, revision: r.base_revision } : null,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: JSON.parse(r.updated_by) as Signer,
  scheduledAt: r.scheduled_at,
  scheduledBy: parse(r.scheduled_by) as Signer | null,
  scheduleProblem: parse(r.schedule_problem),
});

/** Stores a new draft as version 1. */
export async function createDraft(
  db: D1Database,
  briefing: Record<string, unknown>,
  base: DraftBase | null,
  by: Signer,
  now = new Date(),
): Promise<Draft> {
  const at = now.toISOString();
  const row = await db
    .prepare(
      `INSERT INTO drafts (id, briefing, base_id, base_revision, version, created_at, updated_at, updated_by)
       VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?6) RETURNING *`,
    )
    .bind(
      crypto.randomUUID(),
      JSON.stringify(briefing),
      base?.id ?? null,
      base?.revision ?? null,
      at,
      JSON.stringify(by),
    )
    .first<Row>();
  return fromRow(row!);
}

export async function getDraft(db: D1Database, id: string): Promise<Draft | null> {
  const row = await db.prepare('SELECT * FROM drafts WHERE id = ?').bind(id).first<Row>();
  return row ? fromRow(row) : null;
}

/**
 * Replaces a draft saved as `version` with the next version, or answers null when it is gone or was saved
 * since (the caller tells which). Without `keepSchedule` (a saver who may not schedule), a save takes the
 * draft off the schedule: nothing is published that the editor who scheduled it has not seen.
 */
export async function saveDraft(
  db: D1Database,
  id: string,
  version: number,
  change: { briefing: Record<string, unknown>; base: DraftBase | null },
  by: Signer,
  keepSchedule: boolean,
  now = new Date(),
): Promise<Draft | null> {
  const unschedule = keepSchedule ? '' : ', scheduled_at = NULL, scheduled_by = NULL';
  const row = await db
    .prepare(
      `UPDATE drafts SET briefing = ?3, base_id = ?4, base_revision = ?5, version = version + 1, updated_at = ?6,
       updated_by = ?7, schedule_problem = NULL${unschedule}
       WHERE id = ?1 AND version = ?2 RETURNING *`,
    )
    .bind(
      id,
      version,
      JSON.stringify(change.briefing),
      change.base?.id ?? null,
      change.base?.revision ?? null,
      now.toISOString(),
      JSON.stringify(by),
    )
    .first<Row>();
  return row ? fromRow(row) : null;
}

/** Deletes a draft; with `version`, only if it was not saved since. True when one was deleted. */
export async function deleteDraft(db: D1Database, id: string, version?: number): Promise<boolean> {
  const result = await db
    .prepare('DELETE FROM drafts WHERE id = ?1 AND (?2 IS NULL OR version = ?2)')
    .bind(id, version ?? null)
    .run();
  return result.meta.changes > 0;
}

/** Puts a draft saved as `version` on the schedule (or off it, with `at` null); null when gone or saved since. */
export async function scheduleDraft(
  db: D1Database,
  id: string,
  version: number,
  at: string | null,
  by: Signer | null,
): Promise<Draft | null> {
  const row = await db
    .prepare(
      `UPDATE drafts SET scheduled_at = ?3, scheduled_by = ?4, schedule_problem = NULL
       WHERE id = ?1 AND version = ?2 RETURNING *`,
    )
    .bind(id, version, at, by ? JSON.stringify(by) : null)
    .first<Row>();
  return row ? fromRow(row) : null;
}

/** Records why the scheduled publish failed; the draft stays scheduled-but-stuck until an editor acts. */
export async function recordScheduleProblem(db: D1Database, id: string, version: number, problem: unknown) {
  await db
    .prepare('UPDATE drafts SET schedule_problem = ?3 WHERE id = ?1 AND version = ?2')
    .bind(id, version, JSON.stringify(problem))
    .run();
}

/** Scheduled drafts whose time has come and which have not failed already, oldest time first. */
export async function dueDrafts(db: D1Database, now: Date, limit = 20): Promise<Draft[]> {
  const { results } = await db
    .prepare(
      'SELECT * FROM drafts WHERE scheduled_at <= ?1 AND schedule_problem IS NULL ORDER BY scheduled_at, id LIMIT ?2',
    )
    .bind(now.toISOString(), limit)
    .all<Row>();
  return results.map(fromRow);
}

/** How many drafts one page of the newsroom's list holds. */
export const DRAFTS_PAGE = 50;

/** The newsroom's drafts, last saved first, `limit` at a time; `after` is the `next` of a previous page. */
export async function listDrafts(
  db: D1Database,
  after?: string,
  limit = DRAFTS_PAGE,
): Promise<{ drafts: DraftSummary[]; next?: string }> {
  const [updatedAt, id] = after?.split('~') ?? [];
  const { results } = await db
    .prepare(
      `SELECT id, base_id, base_revision, updated_at, updated_by, scheduled_at, schedule_problem,
         CASE json_type(briefing, '$.headline') WHEN 'text' THEN json_extract(briefing, '$.headline') END AS headline,
         CASE json_type(briefing, '$.id') WHEN 'text' THEN json_extract(briefing, '$.id') END AS briefing_id
       FROM drafts WHERE ?1 IS NULL OR (updated_at, id) < (?1, ?2)
       ORDER BY updated_at DESC, id DESC LIMIT ?3`,
    )
    .bind(id ? updatedAt : null, id ?? null, limit + 1)
    .all<Omit<Row, 'briefing'> & { headline: string | null; briefing_id: string | null }>();
  const drafts = results.slice(0, limit).map((r): DraftSummary => ({
    id: r.id,
    headline: r.headline,
    briefingId: r.briefing_id,
    base: r.base_id !== null && r.base_revision !== null ? { id: r.base_id, revision: r.base_revision } : null,
    updatedAt: r.updated_at,
    updatedBy: JSON.parse(r.updated_by) as Signer,
    scheduledAt: r.scheduled_at,
    scheduleProblem: parse(r.schedule_problem),
  }));
  const last = drafts.at(-1);
  return { drafts, ...(results.length > limit && last ? { next: `${last.updatedAt}~${last.id}` } : {}) };
}
