import { LIKELIHOOD_RANGES, lowerBound, upperBound } from './likelihood';
import type { BriefingInput, FieldProblem } from './types';

// Rules that span fields (docs/format.md lists them). They run on whatever parts of a briefing have
// their shape, so a file with a wrong field elsewhere still hears of every other rule it breaks in
// the same check: each rule reads only values that `whole` vouches for.

/** Whether the value at a JSON path has its shape (no problem at it, under it, or above it). */
export type Whole = (path: string) => boolean;

type Loose = Partial<BriefingInput> & { publishedAt?: string; modifiedAt?: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A list's items with their paths; none when it is not a list. */
const items = <T>(list: T[] | undefined, at: string) =>
  Array.isArray(list) ? list.map((item, i) => ({ item, path: `${at}[${i}]` })) : [];

function duplicates(ids: { id: string; path: string }[], problems: FieldProblem[]): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (seen.has(id)) problems.push({ path, message: `duplicates the id "${id}"` });
    seen.add(id);
  }
}

/** The ids of a list whose ids have their shape: `[{ id, path: "sections[1].id" }]`. */
const idsOf = (list: { id: string }[] | undefined, at: string, whole: Whole) =>
  items(list, at)
    .filter(({ path }) => whole(`${path}.id`))
    .map(({ item, path }) => ({ id: item.id, path: `${path}.id` }));

function inOrder(earlier: string | undefined, later: string | undefined): boolean {
  return earlier === undefined || later === undefined || Date.parse(earlier) <= Date.parse(later);
}

/** The problems a briefing has across fields; empty when there are none (or none can be checked). */
export function crossFieldProblems(input: unknown, whole: Whole = () => true): FieldProblem[] {
  if (!isRecord(input)) return [];
  const b = input as Loose;
  const problems: FieldProblem[] = [];
  duplicates(idsOf(b.sections, 'sections', whole), problems);
  duplicates(idsOf(b.sources, 'sources', whole), problems);

  const sources = items(b.sources, 'sources');
  if (Array.isArray(b.sources) && sources.every(({ path }) => whole(`${path}.role`))) {
    const primaries = sources.filter(({ item }) => item.role === 'primary').length;
    if (primaries !== 1)
      problems.push({ path: 'sources', message: `must have exactly one primary source (has ${primaries})` });
  }

  if (whole('id') && whole('translationOf') && b.translationOf === b.id)
    problems.push({ path: 'translationOf', message: 'must name another briefing: the original this one translates' });

  if (whole('publishedAt') && whole('modifiedAt') && !inOrder(b.publishedAt, b.modifiedAt))
    problems.push({ path: 'modifiedAt', message: 'must not be before publishedAt' });

  const next = b.whatComesNext;
  if (next === undefined) {
    if (whole('kind') && b.kind === 'analysis')
      problems.push({ path: 'whatComesNext', message: 'is required for an analysis' });
    return problems;
  }
  if (!isRecord(next)) return problems;
  const at = (field: string) => `whatComesNext.${field}`;
  duplicates(idsOf(next.scenarios, at('scenarios'), whole), problems);
  duplicates(idsOf(next.signposts, at('signposts'), whole), problems);
  const dated = (field: 'asOf' | 'lastReviewedAt' | 'nextReviewDue') => (whole(at(field)) ? next[field] : undefined);
  if (!inOrder(dated('asOf'), dated('lastReviewedAt')))
    problems.push({ path: at('lastReviewedAt'), message: 'must not be before asOf' });
  if (!inOrder(dated('lastReviewedAt'), dated('nextReviewDue')))
    problems.push({ path: at('nextReviewDue'), message: 'must not be before lastReviewedAt' });

  const scenarios = items(next.scenarios, at('scenarios'));
  for (const { item, path } of scenarios) {
    if (!whole(`${path}.likelihood`)) continue;
    const l = item.likelihood;
    if (l.status !== 'assessed' || l.percent === undefined) continue;
    const [low, high] = LIKELIHOOD_RANGES[l.term];
    if (l.percent < low || l.percent > high)
      problems.push({ path: `${path}.likelihood.percent`, message: `must be within ${low}–${high}% for "${l.term}"` });
  }

  // The sums need every likelihood, and the kind of set they are summed for.
  const likelihoods = Array.isArray(next.scenarios) && scenarios.every(({ path }) => whole(`${path}.likelihood`));
  if (likelihoods && whole(at('scenarioSet'))) {
    const all = scenarios.map(({ item }) => item.likelihood);
    if (next.scenarioSet !== 'non_exclusive') {
      const lowSum = all.reduce((sum, l) => sum + lowerBound(l), 0);
      if (lowSum > 100)
        problems.push({
          path: at('scenarios'),
          message: `exclusive scenarios cannot all happen: their lower bounds sum to ${lowSum}%`,
        });
    }
    if (next.scenarioSet === 'exclusive_exhaustive' && all.every((l) => l.status === 'assessed')) {
      const highSum = all.reduce((sum, l) => sum + upperBound(l), 0);
      if (highSum < 100)
        problems.push({
          path: at('scenarios'),
          message: `exhaustive scenarios must cover every outcome: their upper bounds sum to ${highSum}%`,
        });
    }
  }

  const signposts = items(next.signposts, at('signposts'));
  for (const { item, path } of signposts) {
    // An observation is dated: the history places it by when it was seen, not by the revision.
    if (whole(`${path}.status`) && whole(`${path}.observedAt`) && item.status !== 'not_observed' && !item.observedAt)
      problems.push({ path: `${path}.observedAt`, message: `is required when the status is "${item.status}"` });
  }

  // A scenario id that is itself wrong would make every signpost naming it look wrong too.
  if (Array.isArray(next.scenarios) && scenarios.every(({ path }) => whole(`${path}.id`))) {
    const scenarioIds = new Set(scenarios.map(({ item }) => item.id));
    for (const { item, path } of signposts)
      for (const { item: effect, path: effectPath } of items(
        isRecord(item) ? item.effects : undefined,
        `${path}.effects`,
      )) {
        const where = `${effectPath}.scenarioId`;
        if (whole(where) && !scenarioIds.has(effect.scenarioId))
          problems.push({ path: where, message: `names no scenario of this briefing ("${effect.scenarioId}")` });
      }
  }
  return problems;
}
