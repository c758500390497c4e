import type { BriefingInput, FieldProblem, Scenario, Signpost, WhatComesNext } from './types';

// A translation tells its original's story in its own words, with the original's one forecast:
// the same scenario and signpost ids, and the original's likelihoods, signpost statuses and
// resolutions, whatever the translation was sent with (docs/languages.md).

/** A language tag's primary subtag, lower-case: `fr` for `fr-NE`. */
export const primaryLanguage = (tag: string) => tag.split('-')[0].toLowerCase();

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Why `input` cannot translate `original`, by JSON path; `others` are the group's other translations. */
export function translationProblems(
  input: BriefingInput,
  original: BriefingInput | null,
  others: { id: string; language: string }[],
): FieldProblem[] {
  const at = (path: string, message: string) => [{ path, message }];
  if (!original) return at('translationOf', `names no briefing ("${input.translationOf}")`);
  if (original.translationOf)
    return at(
      'translationOf',
      `"${original.id}" is itself a translation of "${original.translationOf}": name the original`,
    );
  const lang = primaryLanguage(input.language);
  if (primaryLanguage(original.language) === lang)
    return at('language', `must differ from the original’s ("${original.language}")`);
  const twin = others.find((o) => o.id !== input.id && primaryLanguage(o.language) === lang);
  if (twin) return at('language', `"${original.id}" already has a translation in "${lang}": "${twin.id}"`);
  const mine = input.whatComesNext;
  const theirs = original.whatComesNext;
  if (!theirs) return mine ? at('whatComesNext', `must be absent: "${original.id}" has no outlook`) : [];
  if (!mine) return at('whatComesNext', `is required: "${original.id}" has an outlook to translate`);
  const problems: FieldProblem[] = [];
  if (!sameSet(ids(mine.scenarios), ids(theirs.scenarios)))
    problems.push({
      path: 'whatComesNext.scenarios',
      message: `must have the original’s scenario ids: ${ids(theirs.scenarios).join(', ')}`,
    });
  if (!sameSet(ids(mine.signposts), ids(theirs.signposts)))
    problems.push({
      path: 'whatComesNext.signposts',
      message: `must have the original’s signpost ids: ${ids(theirs.signposts).join(', ') || 'none'}`,
    });
  return problems;
}

function servedScenario(own: Scenario, original: Scenario | undefined): Scenario {
  if (!original) return own;
  const { resolution: theirs } = original;
  const resolution = theirs && {
    ...theirs,
    // The words are the translation's own; when and how it was settled are the original's.
    criteria: own.resolution?.criteria ?? theirs.criteria,
    ...(own.resolution?.note && theirs.note ? { note: own.resolution.note } : {}),
  };
  const next: Scenario = { ...own, likelihood: original.likelihood, confidence: original.confidence };
  if (!next.confidence) delete next.confidence;
  if (resolution) next.resolution = resolution;
  else delete next.resolution;
  return next;
}

function servedSignpost(own: Signpost, original: Signpost | undefined): Signpost {
  if (!original) return own;
  const next: Signpost = { ...own, status: original.status, observedAt: original.observedAt };
  if (!next.observedAt) delete next.observedAt;
  return next;
}

/** The outlook a translation is served with: its own words, the original's forecast. */
export function servedOutlook(own: WhatComesNext, original: WhatComesNext | undefined): WhatComesNext {
  if (!original) return own;
  const scenarios = new Map(original.scenarios.map((s) => [s.id, s]));
  const signposts = new Map(original.signposts.map((p) => [p.id, p]));
  const next: WhatComesNext = {
    ...own,
    asOf: original.asOf,
    lastReviewedAt: original.lastReviewedAt,
    nextReviewDue: original.nextReviewDue,
    scenarios: own.scenarios.map((s) => servedScenario(s, scenarios.get(s.id))),
    signposts: own.signposts.map((p) => servedSignpost(p, signposts.get(p.id))),
  };
  if (!next.nextReviewDue) delete next.nextReviewDue;
  return next;
}

/** `input` as a translation of `original` is stored: its outlook's forecast taken from the original. */
export function asTranslation<T extends BriefingInput>(input: T, original: BriefingInput): T {
  if (!input.whatComesNext) return input;
  return { ...input, whatComesNext: servedOutlook(input.whatComesNext, original.whatComesNext) };
}
