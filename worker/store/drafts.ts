import type { Editor } from '../../model/editor';

// Drafts: plain functions over D1 (migrations/0006_drafts.sql). A draft's briefing is kept exactly as
// sent; every save is checked against the version the editor saved from, so one editor's autosave never
// overwrites another's unseen.

/** The live briefing and revision a draft was made from. */
export interface DraftBase {
  id: string;
  revision: number;
}

/** Who saved or scheduled a draft, as the newsroom's list names them (never by email). */
export type Signer = Pick<Editor, 'id' | 'name' | 'desk'>;

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
export type DraftSummary = Omit<Draft, 'briefing' | 'version' | 'createdAt' | 'scheduledBy'> & {
  headline: string | null;
  briefingId: string | null;
  /** The original a draft translates (its `translationOf`, when it names one). */
  translationOf: string | null;
};

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
  headline: string | null;
  briefing_id: string | null;
  translation_of: string | null;
}

const parse = (json: string | null) => (json === null ? null : JSON.parse(json));
const signer = (alias: string) => `json_object('id', ${alias}.id, 'name', ${alias}.name, 'desk', ${alias}.desk)`;
// A draft with who saved and who scheduled it, named from the editors table (so a renamed editor shows so).
const COLUMNS = `d.id, d.briefing, d.base_id, d.base_revision, d.version, d.created_at, d.updated_at,
    ${signer('u')} AS updated_by, d.scheduled_at, CASE WHEN s.id IS NOT NULL THEN ${signer('s')} END AS scheduled_by,
    d.schedule_problem,
    CASE json_type(d.briefing, '$.headline') WHEN 'text' THEN json_extract(d.briefing, '$.headline') END AS headline,
    CASE json_type(d.briefing, '$.id') WHEN 'text' THEN json_extract(d.briefing, '$.id') END AS briefing_id,
    CASE json_type(d.briefing, '$.translationOf') WHEN 'text' THEN json_extract(d.briefing, '$.translationOf') END
      AS translation_of`;
const FROM =
  'FROM drafts AS d JOIN editors AS u ON u.id = d.updated_by LEFT JOIN editors AS s ON s.id = d.scheduled_by';
const SELECT = `SELECT ${COLUMNS} ${FROM}`;
const SCHEDULER = "json_object('id', s.id, 'email', s.email, 'name', s.name, 'desk', s.desk, 'role', s.role)";

const baseOf = (r: Row): DraftBase | null =>
  r.base_id !== null && r.base_revision !== null ? { id: r.base_id, revision: r.base_revision } : null;

const fromRow = (r: Row): Draft => ({
  id: r.id,
  briefing: JSON.parse(r.briefing) as Record<string, unknown>,
  base: baseOf(r),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: JSON.parse(r.updated_by) as Signer,
  scheduledAt: r.scheduled_at,
  scheduledBy: parse(r.scheduled_by) as Signer | null,
  scheduleProblem: parse(r.schedule_problem),
});

export async function getDraft(db: D1Database, id: string): Promise<Draft | null> {
  const row = await db.prepare(`${SELECT} WHERE d.id = ?`).bind(id).first<Row>();
  return row ? fromRow(row) : null;
}

/** Runs a write that answers the id it touched (RETURNING id), then reads the draft as it now is. */
async function written(db: D1Database, statement: D1PreparedStatement): Promise<Draft | null> {
  const id = await statement.first<string>('id');
  return id === null ? null : getDraft(db, id);
}

/** Stores a new draft as version 1. */
export async function createDraft(
  db: D1Database,
  briefing: Record<string, unknown>,
  base: DraftBase | null,
  by: Signer,
  now = new Date(),
): Promise<Draft> {
  const insert = db
    .prepare(
      `INSERT INTO drafts (id, briefing, base_id, base_revision, version, created_at, updated_at, updated_by)
       VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?6) RETURNING id`,
    )
    .bind(
      crypto.randomUUID(),
      JSON.stringify(briefing),
      base?.id ?? null,
      base?.revision ?? null,
      now.toISOString(),
      by.id,
    );
  return (await written(db, insert))!;
}

/**
 * Replaces a draft saved as `version` with the next version, or answers null when it is gone or was saved
 * since (the caller tells which). Without `keepSchedule` (a saver who may not schedule), a save takes the
 * draft off the schedule: nothing is published that the editor who scheduled it has not seen.
 */
export function saveDraft(
  db: D1Database,
  id: string,
  version: number,
  change: { briefing: Record<string, unknown>; base: DraftBase | null },
  by: Signer,
  keepSchedule: boolean,
  now = new Date(),
): Promise<Draft | null> {
  const unschedule = keepSchedule ? '' : ', scheduled_at = NULL, scheduled_by = NULL';
  const update = db
    .prepare(
      `UPDATE drafts SET briefing = ?3, base_id = ?4, base_revision = ?5, version = version + 1, updated_at = ?6,
       updated_by = ?7, schedule_problem = NULL${unschedule}
       WHERE id = ?1 AND version = ?2 RETURNING id`,
    )
    .bind(
      id,
      version,
      JSON.stringify(change.briefing),
      change.base?.id ?? null,
      change.base?.revision ?? null,
      now.toISOString(),
      by.id,
    );
  return written(db, update);
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
export function scheduleDraft(
  db: D1Database,
  id: string,
  version: number,
  at: string | null,
  by: Signer | null,
): Promise<Draft | null> {
  const update = db
    .prepare(
      `UPDATE drafts SET scheduled_at = ?3, scheduled_by = ?4, schedule_problem = NULL
       WHERE id = ?1 AND version = ?2 RETURNING id`,
    )
    .bind(id, version, at, at === null ? null : (by?.id ?? null));
  return written(db, update);
}

/** Records why the scheduled publish failed: the draft stays, and is not tried again until an editor acts. */
export async function recordScheduleProblem(db: D1Database, id: string, version: number, problem: unknown) {
  await db
    .prepare('UPDATE drafts SET schedule_problem = ?3 WHERE id = ?1 AND version = ?2')
    .bind(id, version, JSON.stringify(problem))
    .run();
}

/**
 * Scheduled drafts whose time has come and which have not failed already, oldest time first, each with
 * the editor who scheduled it as they are now (a role taken away since is seen).
 */
export async function dueDrafts(db: D1Database, now: Date, limit = 20): Promise<{ draft: Draft; by: Editor }[]> {
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS}, ${SCHEDULER} AS scheduler ${FROM}
       WHERE d.scheduled_at <= ?1 AND d.schedule_problem IS NULL ORDER BY d.scheduled_at, d.id LIMIT ?2`,
    )
    .bind(now.toISOString(), limit)
    .all<Row & { scheduler: string }>();
  return results.map((r) => ({ draft: fromRow(r), by: JSON.parse(r.scheduler) as Editor }));
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
      `${SELECT} WHERE ?1 IS NULL OR (d.updated_at, d.id) < (?1, ?2) ORDER BY d.updated_at DESC, d.id DESC LIMIT ?3`,
    )
    .bind(id ? updatedAt : null, id ?? null, limit + 1)
    .all<Row>();
  const drafts = results.slice(0, limit).map((r): DraftSummary => ({
    id: r.id,
    headline: r.headline,
    briefingId: r.briefing_id,
    translationOf: r.translation_of,
    base: baseOf(r),
    updatedAt: r.updated_at,
    updatedBy: JSON.parse(r.updated_by) as Signer,
    scheduledAt: r.scheduled_at,
    scheduleProblem: parse(r.schedule_problem),
  }));
  const last = drafts.at(-1);
  return { drafts, ...(results.length > limit && last ? { next: `${last.updatedAt}~${last.id}` } : {}) };
}
