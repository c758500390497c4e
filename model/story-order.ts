import type { Briefing } from './types';

// A story's briefings in the order the store keeps them (publishedAt, then id): the neighbours "earlier"
// and "later" link to, found among the briefings at hand (the app's saved copies).

export interface Neighbours {
  earlier?: string;
  later?: string;
}

const key = (b: Pick<Briefing, 'publishedAt' | 'id'>) => `${b.publishedAt} ${b.id}`;

/** The ids of `b`'s nearest earlier and later briefings of its story among `others`; none without a story. */
export function neighboursAmong(b: Briefing, others: Briefing[]): Neighbours {
  if (!b.story) return {};
  const here = key(b);
  let earlier: Briefing | undefined;
  let later: Briefing | undefined;
  for (const o of others) {
    if (o.story !== b.story || o.id === b.id) continue;
    const k = key(o);
    if (k < here && (!earlier || k > key(earlier))) earlier = o;
    if (k > here && (!later || k < key(later))) later = o;
  }
  return { earlier: earlier?.id, later: later?.id };
}
