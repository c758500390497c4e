import type { Editor } from '../../model/editor';
import type { Briefing } from '../../model/types';
import { enqueueAlert } from '../alerts/enqueue';
import { createBriefing } from '../store/briefings';
import { deleteDraft, type Draft } from '../store/drafts';
import { updateBriefing } from '../store/edits';
import { prepareDraft, type Prepared } from './prepare';

export type Outcome =
  Exclude<Prepared, { kind: 'ready' }> | { kind: 'published'; briefing: Briefing; created: boolean; merged: boolean };

// A revision someone else stores between our read and our write makes ours stale (edits.ts): the merge
// is worked out again against it, a few times at most.
const ATTEMPTS = 3;

/**
 * Publishes a draft as `by`: merged with what went live since its base, validated, stored as the next
 * revision (or the first) with `by` on record, its alert queued once, and the draft gone. Anything else
 * comes back as it is.
 */
export async function publishDraft(env: Env, draft: Draft, by: Editor, now = new Date()): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const ready = await prepareDraft(env.DB, draft, now);
    if (ready.kind !== 'ready') return ready;
    let briefing: Briefing | null;
    if (ready.live) {
      const result = await updateBriefing(env.DB, ready.live, ready.input, now, by);
      briefing = result.ok ? result.briefing : null;
    } else {
      briefing = await createBriefing(env.DB, ready.input, now, by);
    }
    if (briefing) {
      // One alert per publish that moved something, never one per save of the draft.
      await enqueueAlert(env, ready.live, briefing);
      // A save made while this publish ran is kept as a draft of its own (the version no longer matches).
      await deleteDraft(env.DB, draft.id, draft.version);
      return { kind: 'published', briefing, created: !ready.live, merged: ready.merged };
    }
    if (attempt === ATTEMPTS)
      return {
        kind: 'refused',
        status: 409,
        detail: 'The briefing kept changing while this draft was published; try again.',
      };
  }
}
