import { same } from './same';
import type { FieldProblem, Scenario, WhatComesNext } from './types';

// How scenarios are resolved against their criteria: the rules an outcome must keep, and the parts
// of a resolved scenario that no longer change (docs/outlook.md).

/** What became of a scenario: `ambiguous` when the criteria cannot tell, `annulled` when they no longer apply. */
export const RESOLUTION_OUTCOMES = ['occurred', 'did_not_occur', 'ambiguous', 'annulled'] as const;

export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];

/** True once a scenario has an outcome. */
export const isResolved = (s: Scenario) => s.resolution?.outcome !== undefined;

/**
 * The problems of an outlook's resolutions: an outcome needs a date, the date is neither in the
 * future nor before the briefing was published, and an exclusive set has at most one (an exhaustive
 * one, once all are resolved, exactly one) scenario that occurred.
 */
export function resolutionProblems(next: WhatComesNext, publishedAt: string | undefined, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  next.scenarios.forEach((s, i) => {
    const r = s.resolution;
    const at = `whatComesNext.scenarios[${i}].resolution`;
    if (!r) return;
    if (r.outcome && !r.resolvedAt) problems.push({ path: `${at}.resolvedAt`, message: 'is required with an outcome' });
    if (r.resolvedAt && !r.outcome) problems.push({ path: `${at}.outcome`, message: 'is required with resolvedAt' });
    if (r.resolvedAt && Date.parse(r.resolvedAt) > now.getTime())
      problems.push({ path: `${at}.resolvedAt`, message: 'must not be in the future' });
    if (r.resolvedAt && publishedAt && Date.parse(r.resolvedAt) < Date.parse(publishedAt))
      problems.push({ path: `${at}.resolvedAt`, message: 'must not be before the briefing was published' });
  });
  if (next.scenarioSet === 'non_exclusive') return problems;
  const occurred = next.scenarios.filter((s) => s.resolution?.outcome === 'occurred').length;
  if (occurred > 1)
    problems.push({
      path: 'whatComesNext.scenarios',
      message: `at most one scenario of an exclusive set can have occurred (${occurred} have)`,
    });
  if (next.scenarioSet === 'exclusive_exhaustive' && next.scenarios.every(isResolved) && occurred === 0)
    problems.push({
      path: 'whatComesNext.scenarios',
      message: 'exactly one scenario of an exhaustive set must have occurred once all are resolved',
    });
  return problems;
}

/** The paths of a resolved scenario's likelihood or resolution that `next` changes: each a 409. */
export function frozenChanges(prev: WhatComesNext | undefined, next: WhatComesNext | undefined): FieldProblem[] {
  const after = new Map((next?.scenarios ?? []).map((s, i) => [s.id, { s, i }]));
  const problems: FieldProblem[] = [];
  for (const s of prev?.scenarios ?? []) {
    if (!isResolved(s)) continue;
    const found = after.get(s.id);
    if (!found) {
      problems.push({ path: 'whatComesNext.scenarios', message: `must keep the resolved scenario "${s.id}"` });
      continue;
    }
    for (const field of ['likelihood', 'resolution'] as const)
      if (!same(s[field], found.s[field]))
        problems.push({
          path: `whatComesNext.scenarios[${found.i}].${field}`,
          message: `cannot change: the scenario "${s.id}" is resolved`,
        });
  }
  return problems;
}
