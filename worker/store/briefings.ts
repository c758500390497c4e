import { toCard } from '../../model/card';
import type { Editor } from '../../model/editor';
import type { Briefing, BriefingCard, BriefingInput, Change, RevisionEntry } from '../../model/types';
import { commit } from './commit';
import { REVISIONS_SQL, revisionEntry, type RevisionRow } from './revisions';
import { scoreStatements } from './scores';
import { indexStatements } from './search-index';
import { servedAsTranslation } from './served';
import { storyStatement } from './vocabulary';

// Plain functions over D1. Every write is one batch (a transaction): the briefing and its revision
// row land together or not at all.

export async function getBriefing(db: D1Database, id: string): Promise<Briefing | null> {
  const row = await db.prepare('SELECT doc FROM briefings WHERE id = ?').bind(id).first<{ doc: string }>();
  return row ? (JSON.parse(row.doc) as Briefing) : null;
}

/** How many briefings a page of the home page, the feed or the index lists. */
export const PAGE_SIZE = 20;

/** A page of the newest briefings, and the cursor of the next page when there is one. */
export interface Page<T> {
  items: T[];
  next?: string;
}

const cursorOf = (publishedAt: string, id: string) => `${publishedAt}~${id}`;

/**
 * The condition (on `briefings`, reader's language at parameter `lang`) that keeps one card per group
 * of translations: the version in the reader's language, else the original (docs/languages.md).
 */
export const oneOfGroup = (lang: string) =>
  `(briefings.lang = ${lang} OR (briefings.translation_of IS NULL AND NOT EXISTS (
     SELECT 1 FROM briefings AS o WHERE o.grp = briefings.id AND o.lang = ${lang})))`;

async function listColumn(db: D1Database, column: 'doc' | 'card', limit: number, after?: string, lang?: string) {
  const [publishedAt, id] = after?.split('~') ?? [];
  const where = [id ? '(published_at, id) < (?1, ?2)' : '', lang ? oneOfGroup('?4') : ''].filter(Boolean);
  const sql = `SELECT ${column} AS json, published_at, id FROM briefings ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY published_at DESC, id DESC LIMIT ?3`;
  const { results } = await db
    .prepare(sql)
    .bind(publishedAt ?? null, id ?? null, limit + 1, ...(lang ? [lang] : []))
    .all<{ json: string; published_at: string; id: string }>();
  const rows = results.slice(0, limit);
  const last = rows.at(-1);
  return { rows, next: results.length > limit && last ? cursorOf(last.published_at, last.id) : undefined };
}

/** Whole briefings, newest first, `limit` at a time; `after` is a cursor from a previous page. */
export async function listBriefings(db: D1Database, limit: number, after?: string): Promise<Page<Briefing>> {
  const { rows, next } = await listColumn(db, 'doc', limit, after);
  return { items: rows.map((r) => JSON.parse(r.json) as Briefing), next };
}

/** The short forms the home page lists, newest first, one per group of translations (in `lang` when it has it). */
export async function listCards(
  db: D1Database,
  limit: number,
  after?: string,
  lang?: string,
): Promise<Page<BriefingCard>> {
  const { rows, next } = await listColumn(db, 'card', limit, after, lang);
  return { items: rows.map((r) => JSON.parse(r.json) as BriefingCard), next };
}

/** Every revision of a briefing, newest first, with who made each. */
export async function listRevisions(db: D1Database, id: string): Promise<RevisionEntry[]> {
  const { results } = await db.prepare(REVISIONS_SQL).bind(id, Number.MAX_SAFE_INTEGER).all<RevisionRow>();
  return results.map(revisionEntry);
}

/** Every stored revision of a briefing, whole, oldest first: what the outlook history is drawn from. */
export async function listRevisionDocs(
  db: D1Database,
  id: string,
): Promise<{ revision: number; at: string; briefing: Briefing }[]> {
  const { results } = await db
    .prepare('SELECT revision, at, doc FROM revisions WHERE briefing_id = ? ORDER BY revision')
    .bind(id)
    .all<{ revision: number; at: string; doc: string }>();
  return results.map((r) => ({ revision: r.revision, at: r.at, briefing: JSON.parse(r.doc) as Briefing }));
}

/**
 * The statements that store `briefing` as its current state and as revision `briefing.revision`, made
 * by `by` for their desk (null: no editor, as the sample's seed and revisions from before editors).
 */
export function writeStatements(
  db: D1Database,
  briefing: Briefing,
  changes: Change[],
  by: Editor | null = null,
): D1PreparedStatement[] {
  const doc = JSON.stringify(briefing);
  return [
    db
      .prepare(
        `INSERT INTO briefings (id, revision, status, published_at, modified_at, doc, card) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET revision = ?2, status = ?3, modified_at = ?5, doc = ?6, card = ?7`,
      )
      .bind(
        briefing.id,
        briefing.revision,
        briefing.status,
        briefing.publishedAt,
        briefing.modifiedAt,
        doc,
        JSON.stringify(toCard(briefing)),
      ),
    db
      .prepare(
        'INSERT INTO revisions (briefing_id, revision, at, changes, doc, editor_id, desk) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .bind(
        briefing.id,
        briefing.revision,
        briefing.modifiedAt,
        JSON.stringify(changes),
        doc,
        by?.id ?? null,
        by?.desk ?? briefing.desk ?? null,
      ),
    ...indexStatements(db, briefing.id),
    ...(briefing.story ? [storyStatement(db, briefing.story)] : []),
  ];
}

/**
 * Stores a new briefing as revision 1, made by `by` (its desk unless the briefing names one); returns
 * it, or null when the id is taken.
 */
export async function createBriefing(
  db: D1Database,
  input: BriefingInput,
  now = new Date(),
  by: Editor | null = null,
): Promise<Briefing | null> {
  const at = now.toISOString();
  input = await servedAsTranslation(db, input);
  const desk = input.desk ?? by?.desk;
  const briefing: Briefing = {
    ...input,
    ...(desk ? { desk } : {}),
    revision: 1,
    publishedAt: at,
    modifiedAt: at,
    status: 'published',
  };
  const exists = await db.prepare('SELECT 1 FROM briefings WHERE id = ?').bind(input.id).first();
  if (exists) return null;
  // A racing create of the same id loses on the revisions' unique key; its batch rolls back whole.
  const created: Change[] = [{ kind: 'created' }];
  const scores = scoreStatements(db, briefing, [{ revision: 1, at, changes: created }]);
  return (await commit(db, [...writeStatements(db, briefing, created, by), ...scores])) ? briefing : null;
}
