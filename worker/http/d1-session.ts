import { drawnFrom } from '../store/d1-binding';
import { SESSION_COOKIE } from './identity';

// Every request reads D1 through one Sessions API session (D1's read replication): a deployment that
// turns replication on serves readers from the nearest replica, and nothing here changes. An editor's
// request (a token, an Access assertion, the local sign-in, or a write) starts at the primary, so it
// reads its own writes; any client that sends back the `Briefing-Bookmark` it was given reads data at
// least as new as it saw.

export const BOOKMARK_HEADER = 'Briefing-Bookmark';
// D1's bookmarks are hex groups joined by dashes; anything else a client sends is ignored.
const BOOKMARK = /^[0-9a-f]+(-[0-9a-f]+){0,7}$/i;

const writes = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/** The request's session, in place of the DB binding for the request's own env. */
export function withD1Session(req: Request, env: Env): { env: Env; session?: D1DatabaseSession; editor: boolean } {
  const editor =
    req.headers.has('Authorization') ||
    req.headers.has('Cf-Access-Jwt-Assertion') ||
    (req.headers.get('Cookie') ?? '').includes(SESSION_COOKIE) ||
    writes(req.method);
  const sent = req.headers.get(BOOKMARK_HEADER) ?? '';
  const start = editor ? 'first-primary' : BOOKMARK.test(sent) ? sent : 'first-unconstrained';
  let session: D1DatabaseSession;
  try {
    session = env.DB.withSession(start);
  } catch {
    // A bookmark D1 does not take (too old, another database's) is no reason to fail the read.
    session = env.DB.withSession('first-unconstrained');
  }
  // Only prepare and batch are used on it; D1's session has both.
  const db = session as unknown as D1Database;
  drawnFrom(db, env.DB);
  return { env: { ...env, DB: db }, session, editor: editor || BOOKMARK.test(sent) };
}

/** Hands the session's bookmark back to an editor, or to a client that sent one: no other response carries it. */
export function withBookmark(res: Response, session: D1DatabaseSession | undefined, editor: boolean): Response {
  const bookmark = editor ? session?.getBookmark() : null;
  if (!bookmark) return res;
  const out = new Response(res.body, res);
  out.headers.set(BOOKMARK_HEADER, bookmark);
  return out;
}
