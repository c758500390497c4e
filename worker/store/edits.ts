import { diffBriefings } from '../../model/diff';
import { lastMoveAfter } from '../../model/last-move';
import type { Editor } from '../../model/editor';
import { retractedCopy, strippedChange } from '../../model/retraction';
import type { Briefing, BriefingInput, Change } from '../../model/types';
import { listRevisionDocs, listRevisions, writeStatements } from './briefings';
import { scoreStatements } from './scores';
import { commit } from './commit';
import { followOriginal, translationsOf } from './translations';
import { servedAsTranslation } from './served';

// Revising and retracting, with optimistic concurrency. A write reads revision N and stores N + 1;
// the revisions table's UNIQUE (briefing_id, revision) key lets only one writer store N + 1, and the
// loser's whole batch (the briefing row included) rolls back. So no edit is ever silently lost.

/**
 * `stale`: someone else stored a newer revision first. `moved`: the translations whose forecast moved
 * with their original's, each stored as a revision of its own in the same batch.
 */
export type WriteResult = { ok: true; briefing: Briefing; moved?: Briefing[] } | { ok: false; reason: 'stale' };

/** The time of the next revision: now, but never before the briefing's last change (clocks differ). */
function nextTime(current: Briefing, now: Date): string {
  const at = now.toISOString();
  return Date.parse(at) < Date.parse(current.modifiedAt) ? current.modifiedAt : at;
}

async function store(
  db: D1Database,
  next: Briefing,
  changes: Change[],
  by: Editor | null,
  more: D1PreparedStatement[] = [],
): Promise<WriteResult> {
  // The scores are replayed from the history they are stored with: both land in the one batch.
  const history = [...(await listRevisions(db, next.id)), { revision: next.revision, at: next.modifiedAt, changes }];
  // An original's translations follow its forecast in the same batch: one move, seen on every version.
  const follow =
    next.translationOf || next.status === 'retracted'
      ? { statements: [], moved: [] }
      : followOriginal(db, next, await translationsOf(db, next.id), by);
  const statements = [
    ...writeStatements(db, next, changes, by),
    ...scoreStatements(db, next, history),
    ...more,
    ...follow.statements,
    ...more,
  ];
  return (await commit(db, statements))
    ? { ok: true, briefing: next, moved: follow.moved }
    : { ok: false, reason: 'stale' };
}

/**
 * Replaces `current` with `input` as the next revision made by `by`, recording what changed. A
 * briefing sent without its desk keeps the one it had.
 */
export async function updateBriefing(
  db: D1Database,
  current: Briefing,
  sent: BriefingInput,
  now = new Date(),
  by: Editor | null = null,
): Promise<WriteResult> {
  const desk = sent.desk ?? current.desk;
  const input = await servedAsTranslation(db, desk ? { ...sent, desk } : sent);
  const changes = diffBriefings(current, input);
  // Sending back what is already there changes nothing, so it makes no revision.
  if (changes.length === 0) return { ok: true, briefing: current };
  const modifiedAt = nextTime(current, now);
  const lastMove = lastMoveAfter(current.lastMove, changes, modifiedAt, input.whatComesNext);
  const next: Briefing = {
    ...input,
    revision: current.revision + 1,
    publishedAt: current.publishedAt,
    modifiedAt,
    status: current.status,
    ...(current.retraction ? { retraction: current.retraction } : {}),
    ...(lastMove ? { lastMove } : {}),
  };
  return store(db, next, changes, by);
}

/** Retracts `current`: it stays, with its history, marked retracted with a dated reason. */
export function retractBriefing(
  db: D1Database,
  current: Briefing,
  reason: string,
  now = new Date(),
  by: Editor | null = null,
): Promise<WriteResult> {
  const at = nextTime(current, now);
  const next: Briefing = retractedCopy({
    ...current,
    revision: current.revision + 1,
    modifiedAt: at,
    status: 'retracted',
    retraction: { at, reason },
  });
  return store(db, next, [{ kind: 'retracted', reason }], by);
}

/**
 * Takes `current` down: retracted (if it was not) and its text removed from every revision of its
 * history too, keeping each revision's date, editor and kind of change, and the reason.
 */
export async function takeDownBriefing(
  db: D1Database,
  current: Briefing,
  reason: string,
  now = new Date(),
  by: Editor | null = null,
): Promise<WriteResult> {
  const at = nextTime(current, now);
  const next = retractedCopy({
    ...current,
    revision: current.revision + 1,
    modifiedAt: at,
    status: 'retracted',
    retraction: current.retraction ?? { at, reason },
  });
  const history = await listRevisions(db, current.id);
  const docs = await listRevisionDocs(db, current.id);
  const rewrite = db.prepare('UPDATE revisions SET doc = ?1, changes = ?2 WHERE briefing_id = ?3 AND revision = ?4');
  const stripped = history.map((r) =>
    rewrite.bind(
      JSON.stringify(retractedCopy(docs.find((d) => d.revision === r.revision)!.briefing)),
      JSON.stringify(r.changes.map(strippedChange)),
      current.id,
      r.revision,
    ),
  );
  return store(db, next, [{ kind: 'takedown', reason }], by, stripped);
}
