import type { Change } from './types';

// What publishing a draft would change, in the order an editor reads it: what followers are alerted
// about first (likelihood moves, signposts, resolutions and their amendments, the question), then the other fields by name.

const RANK: Record<Change['kind'], number> = {
  likelihood: 0,
  signpost: 1,
  resolution: 2,
  amended: 2,
  question: 3,
  retracted: 4,
  takedown: 4,
  created: 4,
  field: 5,
};

/** The changes, outlook moves first, each kind in the order the diff found them. */
export const movesFirst = (changes: Change[]): Change[] =>
  changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => RANK[a.c.kind] - RANK[b.c.kind] || a.i - b.i)
    .map(({ c }) => c);
