import { bindingOf } from './d1-binding';

// The feed's revision keys every cached page, so every public read asks for it: each isolate reuses the
// answer for a second and forgets it the moment it writes, so a publish is seen at once by the isolate
// that made it, and within a second by every other.

/** How long an isolate trusts the revision it last read. */
export const REVISION_TTL_MS = 1000;

// Keyed by binding (a request's D1 session counts as its binding), so a test (or a second database)
// never sees another binding's answer, and every request's session shares its binding's.
const memo = new WeakMap<D1Database, { revision: number; until: number }>();
const remembered = {
  get: (db: D1Database) => memo.get(bindingOf(db)),
  set: (db: D1Database, value: { revision: number; until: number }) => memo.set(bindingOf(db), value),
  delete: (db: D1Database) => memo.delete(bindingOf(db)),
};

/** The feed's revision: grows on every write anywhere, so caches keyed by it never go stale. */
export async function feedRevision(db: D1Database): Promise<number> {
  const now = Date.now();
  const known = remembered.get(db);
  if (known && known.until > now) return known.revision;
  const row = await db.prepare('SELECT COALESCE(MAX(seq), 0) AS rev FROM revisions').first<{ rev: number }>();
  const revision = row?.rev ?? 0;
  remembered.set(db, { revision, until: now + REVISION_TTL_MS });
  return revision;
}

/** Whether the next `feedRevision` is answered from memory, without asking D1. */
export function knowsFeedRevision(db: D1Database): boolean {
  const known = remembered.get(db);
  return !!known && known.until > Date.now();
}

/** Called by every write: the next read asks D1 again. */
export function forgetFeedRevision(db: D1Database): void {
  remembered.delete(db);
}
