// The binding each request's D1 session was drawn from (worker/http/d1-session.ts), so what is
// remembered per database (the feed's revision) is shared by every request's session rather than
// kept per request.
const bindings = new WeakMap<object, D1Database>();

/** Records that `session` reads through `binding`. */
export const drawnFrom = (session: D1Database, binding: D1Database) => void bindings.set(session, binding);

/** The binding behind `db`, a session or the binding itself. */
export const bindingOf = (db: D1Database): D1Database => bindings.get(db) ?? db;
