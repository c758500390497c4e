import { hasRole } from '../../model/editor';
import { dueDrafts, recordScheduleProblem } from '../store/drafts';
import { publishDraft, type Outcome } from './publish';

/**
 * The Cron Trigger's work, each minute: publishes every scheduled draft whose time has come. One that
 * cannot be published (its problems, a conflict) stays a draft with the reason recorded for the newsroom's
 * list, and is not tried again until an editor saves or schedules it anew. It publishes as the editor
 * who scheduled it, if they still may.
 */
export async function publishDue(env: Env, now: Date): Promise<{ published: string[]; stuck: string[] }> {
  const published: string[] = [];
  const stuck: string[] = [];
  for (const { draft, by } of await dueDrafts(env.DB, now)) {
    const outcome: Outcome = hasRole(by.role, 'editor')
      ? await publishDraft(env, draft, by, now)
      : { kind: 'refused', status: 409, detail: `${by.name}, who scheduled it, may no longer publish (a ${by.role}).` };
    if (outcome.kind === 'published') {
      published.push(outcome.briefing.id);
      continue;
    }
    stuck.push(draft.id);
    const { kind, ...why } = outcome;
    await recordScheduleProblem(env.DB, draft.id, draft.version, { kind, ...why });
    console.warn('scheduled draft not published', draft.id, kind);
  }
  return { published, stuck };
}
