import { LIKELIHOOD_RANGES, lowerBound, upperBound } from './likelihood';
import type { BriefingInput, FieldProblem } from './types';

// Rules that span fields, checked once the shape is right (docs/format.md lists them).

function duplicates(ids: string[], at: (index: number) => string, problems: FieldProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: at(i), message: `duplicates the id "${id}"` });
    seen.add(id);
  });
}

function inOrder(earlier: string | undefined, later: string | undefined): boolean {
  return earlier === undefined || later === undefined || Date.parse(earlier) <= Date.parse(later);
}

/** The problems a well-shaped briefing still has; empty when it is valid. */
export function crossFieldProblems(b: BriefingInput & { publishedAt?: string; modifiedAt?: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  duplicates(
    b.sections.map((s) => s.id),
    (i) => `sections[${i}].id`,
    problems,
  );
  duplicates(
    b.sources.map((s) => s.id),
    (i) => `sources[${i}].id`,
    problems,
  );

  const primaries = b.sources.filter((s) => s.role === 'primary').length;
  if (primaries !== 1)
    problems.push({ path: 'sources', message: `must have exactly one primary source (has ${primaries})` });

  if (b.translationOf === b.id)
    problems.push({ path: 'translationOf', message: 'must name another briefing: the original this one translates' });

  if (!inOrder(b.publishedAt, b.modifiedAt))
    problems.push({ path: 'modifiedAt', message: 'must not be before publishedAt' });

  const next = b.whatComesNext;
  if (!next) {
    if (b.kind === 'analysis') problems.push({ path: 'whatComesNext', message: 'is required for an analysis' });
    return problems;
  }
  duplicates(
    next.scenarios.map((s) => s.id),
    (i) => `whatComesNext.scenarios[${i}].id`,
    problems,
  );
  duplicates(
    next.signposts.map((s) => s.id),
    (i) => `whatComesNext.signposts[${i}].id`,
    problems,
  );
  if (!inOrder(next.asOf, next.lastReviewedAt)) {
    problems.push({ path: 'whatComesNext.lastReviewedAt', message: 'must not be before asOf' });
  }
  if (!inOrder(next.lastReviewedAt, next.nextReviewDue)) {
    problems.push({ path: 'whatComesNext.nextReviewDue', message: 'must not be before lastReviewedAt' });
  }

  next.scenarios.forEach((s, i) => {
    const l = s.likelihood;
    if (l.status === 'assessed' && l.percent !== undefined) {
      const [low, high] = LIKELIHOOD_RANGES[l.term];
      if (l.percent < low || l.percent > high) {
        problems.push({
          path: `whatComesNext.scenarios[${i}].likelihood.percent`,
          message: `must be within ${low}–${high}% for "${l.term}"`,
        });
      }
    }
  });

  if (next.scenarioSet !== 'non_exclusive') {
    const lowSum = next.scenarios.reduce((sum, s) => sum + lowerBound(s.likelihood), 0);
    if (lowSum > 100) {
      problems.push({
        path: 'whatComesNext.scenarios',
        message: `exclusive scenarios cannot all happen: their lower bounds sum to ${lowSum}%`,
      });
    }
  }
  if (next.scenarioSet === 'exclusive_exhaustive' && next.scenarios.every((s) => s.likelihood.status === 'assessed')) {
    const highSum = next.scenarios.reduce((sum, s) => sum + upperBound(s.likelihood), 0);
    if (highSum < 100) {
      problems.push({
        path: 'whatComesNext.scenarios',
        message: `exhaustive scenarios must cover every outcome: their upper bounds sum to ${highSum}%`,
      });
    }
  }

  next.signposts.forEach((p, i) => {
    // An observation is dated: the history places it by when it was seen, not by the revision.
    if (p.status !== 'not_observed' && !p.observedAt)
      problems.push({
        path: `whatComesNext.signposts[${i}].observedAt`,
        message: `is required when the status is "${p.status}"`,
      });
  });

  const scenarioIds = new Set(next.scenarios.map((s) => s.id));
  next.signposts.forEach((p, i) =>
    p.effects.forEach((e, j) => {
      if (!scenarioIds.has(e.scenarioId)) {
        problems.push({
          path: `whatComesNext.signposts[${i}].effects[${j}].scenarioId`,
          message: `names no scenario of this briefing ("${e.scenarioId}")`,
        });
      }
    }),
  );
  return problems;
}
