import { forgetFeedRevision } from './feed-revision';

/** A write that storage failed to run: none of it was stored (D1 rolls the batch back whole). */
export class WriteFailed extends Error {}

/**
 * Runs a write's statements as one D1 batch, which D1 runs as one transaction: all land or none.
 * Returns false when a uniqueness key refused it (a racing writer won); other failures throw WriteFailed.
 */
export async function commit(db: D1Database, statements: D1PreparedStatement[]): Promise<boolean> {
  try {
    await db.batch(statements);
    return true;
  } catch (e) {
    if (String(e).includes('UNIQUE')) return false;
    throw new WriteFailed(`storage failed during the write: ${String(e)}`, { cause: e });
  } finally {
    // Whether ours or a racing writer's, the feed may have moved on.
    forgetFeedRevision(db);
  }
}
