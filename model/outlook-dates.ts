import type { FieldProblem, WhatComesNext } from './types';

// Dates an outlook states as past facts: when it was assessed, last reviewed, and when each signpost was
// seen. None can be later than the moment the server receives it (resolution dates: resolution.ts).

/** The problems of an outlook's past dates against `now`: each one in the future, named by its path. */
export function outlookDateProblems(next: WhatComesNext, now: Date): FieldProblem[] {
  const future = (at: string | undefined) => at !== undefined && Date.parse(at) > now.getTime();
  const problems: FieldProblem[] = [];
  for (const field of ['asOf', 'lastReviewedAt'] as const)
    if (future(next[field])) problems.push({ path: `whatComesNext.${field}`, message: 'must not be in the future' });
  next.signposts.forEach((p, i) => {
    if (future(p.observedAt))
      problems.push({ path: `whatComesNext.signposts[${i}].observedAt`, message: 'must not be in the future' });
  });
  return problems;
}
