// The feed's revision keys every cached page, so every public read asks for it: each isolate reuses the
// answer for a second and forgets it the moment it writes, so a publish is seen at once by the isolate
// that made it, and within a second by every other.

/** How long an isolate trusts the revision it last read. */
export const REVISION_TTL_MS = 1000;

// Keyed by binding, so a test (or a second database) never sees another binding's answer.
const remembered = new WeakMap<D1Database, { revision: number; until: number }>();

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
