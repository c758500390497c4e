import { mergeThreeWay, type Conflict } from '../../model/merge';
import { outlookDateProblems } from '../../model/outlook-dates';
import { frozenChanges, resolutionProblems } from '../../model/resolution';
import { SERVER_KEPT } from '../../model/schema';
import type { Briefing, BriefingInput, FieldProblem } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';
import { getBriefing } from '../store/briefings';
import type { Draft } from '../store/drafts';
import { referenceProblems } from '../store/references';

// What publishing a draft would do, worked out without writing anything: the diff and the publish
// itself both start here, so what the diff shows is what the publish does.

export type Prepared =
  /** The draft (or its merge with the live briefing) breaks the rules of docs/format.md. */
  | { kind: 'invalid'; problems: FieldProblem[]; merged: boolean }
  /** Both the live briefing and the draft changed these differently since the draft's base. */
  | { kind: 'conflict'; conflicts: Conflict[]; merged: BriefingInput; live: Briefing }
  /** It cannot be published at all, for the reason given. */
  | { kind: 'refused'; status: 404 | 409; detail: string; errors?: FieldProblem[] }
  /** Ready: `input` replaces `live` (or creates the briefing when `live` is null). */
  | { kind: 'ready'; live: Briefing | null; input: BriefingInput; merged: boolean };

/** A briefing without the fields the server keeps: what the merge compares. */
function editable(b: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...b };
  for (const key of SERVER_KEPT) delete copy[key];
  return copy;
}

async function revisionDoc(db: D1Database, id: string, revision: number): Promise<Briefing | null> {
  const row = await db
    .prepare('SELECT doc FROM revisions WHERE briefing_id = ? AND revision = ?')
    .bind(id, revision)
    .first<{ doc: string }>();
  return row ? (JSON.parse(row.doc) as Briefing) : null;
}

/**
 * The rules that hold against what is stored, as the API's writes keep them: the topics, desk and
 * original it names exist, resolved scenarios stay as they are, no past fact of the outlook is dated
 * after `now`, resolutions are dated right. A translation's forecast is its original's: what it was
 * drafted with is not checked, only ignored.
 */
async function againstLive(
  db: D1Database,
  input: BriefingInput,
  live: Briefing | null,
  merged: boolean,
  now: Date,
): Promise<Prepared> {
  const references = await referenceProblems(db, input, live);
  if (references.length) return { kind: 'invalid', problems: references, merged };
  if (input.translationOf) return { kind: 'ready', live, input, merged };
  if (live) {
    const frozen = frozenChanges(live.whatComesNext, input.whatComesNext);
    if (frozen.length)
      return {
        kind: 'refused',
        status: 409,
        detail: 'A resolved scenario’s likelihood and resolution no longer change.',
        errors: frozen,
      };
  }
  const next = input.whatComesNext;
  const problems = next
    ? [...outlookDateProblems(next, now), ...resolutionProblems(next, live?.publishedAt ?? now.toISOString(), now)]
    : [];
  return problems.length ? { kind: 'invalid', problems, merged } : { kind: 'ready', live, input, merged };
}

/** What publishing `draft` now would do. */
export async function prepareDraft(db: D1Database, draft: Draft, now = new Date()): Promise<Prepared> {
  const checked = validateBriefingInput(draft.briefing);
  const base = draft.base;
  const sentId = draft.briefing.id;
  if (base && sentId !== base.id) {
    const others = checked.ok ? [] : checked.problems.filter((p) => p.path !== 'id');
    const wrongId = { path: 'id', message: `must be "${base.id}", the briefing this draft revises; ids never change` };
    return { kind: 'invalid', problems: [wrongId, ...others], merged: false };
  }
  if (!checked.ok) return { kind: 'invalid', problems: checked.problems, merged: false };
  const input = checked.value;
  const live = await getBriefing(db, input.id);
  if (!base) {
    if (live)
      return {
        kind: 'refused',
        status: 409,
        detail: `A briefing "${input.id}" exists; ids are never reused. Make a draft from it with "base": { "id": "${input.id}", "revision": ${live.revision} }.`,
      };
    return againstLive(db, input, null, false, now);
  }
  if (!live) return { kind: 'refused', status: 404, detail: `There is no briefing "${base.id}" to revise.` };
  if (live.status === 'retracted')
    return { kind: 'refused', status: 409, detail: `"${live.id}" is retracted; a retraction is final.` };
  if (live.revision === base.revision) return againstLive(db, input, live, false, now);
  const baseDoc = await revisionDoc(db, base.id, base.revision);
  if (!baseDoc || base.revision > live.revision)
    return { kind: 'refused', status: 409, detail: `"${base.id}" has no revision ${base.revision}.` };
  const { merged, conflicts } = mergeThreeWay(editable(baseDoc), editable(live), editable(input));
  if (conflicts.length) return { kind: 'conflict', conflicts, merged: merged as BriefingInput, live };
  const remerged = validateBriefingInput(merged);
  if (!remerged.ok) return { kind: 'invalid', problems: remerged.problems, merged: true };
  return againstLive(db, remerged.value, live, true, now);
}

/** The briefing a ready draft would become (server-kept fields as publishing would set them). */
export const wouldBecome = (
  live: Briefing | null,
  p: Pick<Extract<Prepared, { kind: 'ready' }>, 'input'>,
  now: Date,
): Briefing => ({
  ...p.input,
  revision: (live?.revision ?? 0) + 1,
  publishedAt: live?.publishedAt ?? now.toISOString(),
  modifiedAt: now.toISOString(),
  status: 'published',
});
