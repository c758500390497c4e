import { forgetFeedRevision } from './feed-revision';

/**
 * Runs a write's statements as one D1 batch, which D1 runs as one transaction: all land or none.
 * Returns false when a uniqueness key refused it (a racing writer won); other failures throw.
 */
export async function commit(db: D1Database, statements: D1PreparedStatement[]): Promise<boolean> {
  try {
    await db.batch(statements);
    return true;
  } catch (e) {
    if (String(e).includes('UNIQUE')) return false;
    throw e;
  } finally {
    // Whether ours or a racing writer's, the feed may have moved on.
    forgetFeedRevision(db);
  }
}
