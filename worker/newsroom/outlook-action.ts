import * as v from 'valibot';
import { LIKELIHOOD_TERMS } from '../../model/likelihood';
import { RESOLUTION_OUTCOMES } from '../../model/resolution';
import type { Briefing, FieldProblem, Scenario } from '../../model/types';
import { problemsOf } from '../../model/validate';

// The outlook's one-tap actions on a live briefing, as the editor's forms post them: which scenario or
// signpost, and what it becomes. Each gives the briefing as it would be; it then goes live as any revision
// does (a draft of one change, published at once), so the record, the alerts and §8's rules are the same.

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must name a scenario or signpost'));
const day = v.optional(v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date')));
const note = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500)));

const actionSchema = v.variant('action', [
  v.object({
    action: v.literal('likelihood'),
    scenario: id,
    term: v.picklist([...LIKELIHOOD_TERMS, 'not_assessed'], 'choose a likelihood'),
    reason: note,
  }),
  v.object({
    action: v.literal('signpost'),
    signpost: id,
    status: v.picklist(['not_observed', 'observed', 'contradicted'], 'choose a status'),
    at: day,
  }),
  v.object({
    action: v.literal('resolve'),
    scenario: id,
    outcome: v.picklist(RESOLUTION_OUTCOMES, 'choose an outcome'),
    at: day,
    note,
  }),
]);

export type OutlookAction = v.InferOutput<typeof actionSchema>;

/** The action a form posted, or its problems. */
export function parseAction(form: Record<string, unknown>): OutlookAction | FieldProblem[] {
  const parsed = v.safeParse(actionSchema, form);
  return parsed.success ? parsed.output : problemsOf(parsed.issues);
}

/**
 * When a day chosen in a form happened: today is now (a resolution may not be in the future), an
 * earlier day its noon UTC.
 */
function when(day: string | undefined, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  return !day || day >= today ? now.toISOString().replace(/\.\d+Z$/, 'Z') : `${day}T12:00:00Z`;
}

/** The briefing with the action applied, or the problem when it names nothing there. */
export function applyAction(live: Briefing, a: OutlookAction, now: Date): Briefing | FieldProblem {
  const b = structuredClone(live);
  const outlook = b.whatComesNext;
  if (!outlook) return { path: 'whatComesNext', message: 'this briefing has no outlook' };
  const stamp = when(undefined, now);
  if (a.action === 'signpost') {
    const signpost = outlook.signposts.find((s) => s.id === a.signpost);
    if (!signpost) return { path: 'signpost', message: `names no signpost of this briefing ("${a.signpost}")` };
    signpost.status = a.status;
    if (a.status === 'not_observed') delete signpost.observedAt;
    else signpost.observedAt = when(a.at, now);
    outlook.lastReviewedAt = stamp;
    return b;
  }
  const scenario: Scenario | undefined = outlook.scenarios.find((s) => s.id === a.scenario);
  if (!scenario) return { path: 'scenario', message: `names no scenario of this briefing ("${a.scenario}")` };
  if (a.action === 'likelihood') {
    scenario.likelihood =
      a.term === 'not_assessed'
        ? { status: 'not_assessed', reason: a.reason || 'No longer assessed.' }
        : { status: 'assessed', term: a.term };
    outlook.lastReviewedAt = stamp;
  } else {
    scenario.resolution = {
      criteria: scenario.resolution?.criteria ?? scenario.title,
      ...scenario.resolution,
      outcome: a.outcome,
      resolvedAt: when(a.at, now),
      ...(a.note ? { note: a.note } : {}),
    };
  }
  return b;
}
