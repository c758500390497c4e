import type { Desk, DeskInput, Editor, EditorInput, Role } from '../../model/editor';

// The newsroom's lists over D1: editors, their tokens (only the SHA-256 of each), desks. Plain
// functions the worker's identity, the admins' routes and the local seed share.

type EditorRow = { id: number; email: string; name: string; desk: string; role: Role };
const COLUMNS = 'e.id, e.email, e.name, e.desk, e.role';
const asEditor = (r: EditorRow): Editor => ({ id: r.id, email: r.email, name: r.name, desk: r.desk, role: r.role });

/** The hex SHA-256 of a token: what is stored and looked up, never the token itself. */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh personal token: 32 random bytes, with a prefix that secret scanners and people recognise. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `brf_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
}

/**
 * The editor a token belongs to. The token is found by its hash, so what a clock can measure is a
 * lookup of a SHA-256 digest, which says nothing about any stored token: comparing it needs no
 * constant-time compare of secrets.
 */
export async function editorByToken(db: D1Database, token: string, kind: 'personal' | 'session' = 'personal') {
  const row = await db
    .prepare(
      `SELECT ${COLUMNS} FROM editor_tokens AS t JOIN editors AS e ON e.id = t.editor_id WHERE t.hash = ?1 AND t.kind = ?2`,
    )
    .bind(await tokenHash(token), kind)
    .first<EditorRow>();
  return row ? asEditor(row) : null;
}

export async function editorByEmail(db: D1Database, email: string): Promise<Editor | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM editors AS e WHERE e.email = ?`)
    .bind(email.toLowerCase())
    .first<EditorRow>();
  return row ? asEditor(row) : null;
}

export async function listEditors(db: D1Database): Promise<Editor[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM editors AS e ORDER BY e.email`).all<EditorRow>();
  return results.map(asEditor);
}

export async function deskExists(db: D1Database, id: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 FROM desks WHERE id = ?').bind(id).first()) !== null;
}

/** A desk's name in the interface's language (its id when it has none). */
export async function deskName(db: D1Database, id: string, lang: string): Promise<string> {
  const row = await db
    .prepare('SELECT name_en, name_fr FROM desks WHERE id = ?')
    .bind(id)
    .first<{ name_en: string; name_fr: string }>();
  return (row && (lang === 'fr' ? row.name_fr : row.name_en)) || id;
}

export async function listDesks(db: D1Database): Promise<Desk[]> {
  const { results } = await db
    .prepare('SELECT id, name_en, name_fr FROM desks ORDER BY id')
    .all<{ id: string; name_en: string; name_fr: string }>();
  return results.map((r) => ({ id: r.id, name: { en: r.name_en, fr: r.name_fr } }));
}

/** Adds or replaces a desk; true when it is new. */
export async function putDesk(db: D1Database, id: string, input: DeskInput): Promise<boolean> {
  const existed = await deskExists(db, id);
  await db
    .prepare(
      'INSERT INTO desks (id, name_en, name_fr) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET name_en = ?2, name_fr = ?3',
    )
    .bind(id, input.name.en, input.name.fr)
    .run();
  return !existed;
}

/** Adds or replaces an editor (its desk must exist); the editor as stored and whether it is new. */
export async function putEditor(
  db: D1Database,
  email: string,
  input: EditorInput,
  now = new Date(),
): Promise<{ editor: Editor; created: boolean }> {
  const at = now.toISOString();
  const existed = await editorByEmail(db, email);
  const row = await db
    .prepare(
      `INSERT INTO editors (email, name, desk, role, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
       ON CONFLICT (email) DO UPDATE SET name = ?2, desk = ?3, role = ?4, updated_at = ?5
       RETURNING id, email, name, desk, role`,
    )
    .bind(email.toLowerCase(), input.name, input.desk, input.role, at)
    .first<EditorRow>();
  return { editor: asEditor(row!), created: !existed };
}

/** Stores the hash of `token` (a fresh one unless given) for the editor; returns the token. */
export async function addToken(
  db: D1Database,
  editorId: number,
  kind: 'personal' | 'session' = 'personal',
  token = newToken(),
  now = new Date(),
): Promise<string> {
  await db
    .prepare('INSERT OR IGNORE INTO editor_tokens (hash, editor_id, kind, created_at) VALUES (?, ?, ?, ?)')
    .bind(await tokenHash(token), editorId, kind, now.toISOString())
    .run();
  return token;
}

/** Revokes every token of the editor (sessions included); how many there were. */
export async function revokeTokens(db: D1Database, editorId: number): Promise<number> {
  const { meta } = await db.prepare('DELETE FROM editor_tokens WHERE editor_id = ?').bind(editorId).run();
  return meta.changes;
}

/** Ends one local sign-in session. */
export async function revokeSession(db: D1Database, token: string): Promise<void> {
  await db
    .prepare("DELETE FROM editor_tokens WHERE hash = ? AND kind = 'session'")
    .bind(await tokenHash(token))
    .run();
}

/** The local editor `npm start` and the tests sign in as: an admin of the local newsroom. */
export const LOCAL_EDITOR = {
  email: 'editor@briefing.local',
  name: 'Local editor',
  desk: 'newsroom',
  role: 'admin',
} as const;
export const LOCAL_DESK: DeskInput = { name: { en: 'Newsroom', fr: 'Rédaction' } };

/**
 * Makes sure the local admin exists, with `token` among its personal tokens when given (idempotent):
 * what `npm start` and the test servers seed, so that a fresh checkout can publish with no account.
 */
export async function ensureLocalEditor(db: D1Database, token?: string): Promise<Editor> {
  if (!(await deskExists(db, LOCAL_EDITOR.desk))) await putDesk(db, LOCAL_EDITOR.desk, LOCAL_DESK);
  const editor =
    (await editorByEmail(db, LOCAL_EDITOR.email)) ?? (await putEditor(db, LOCAL_EDITOR.email, LOCAL_EDITOR)).editor;
  if (token) await addToken(db, editor.id, 'personal', token);
  return editor;
}
