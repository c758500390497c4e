import type { Briefing } from './types';

// A story's briefings in the order the store keeps them (publishedAt, then id): the neighbours "earlier"
// and "later" link to, found among the briefings at hand (the app's saved copies).

export interface Neighbours {
  earlier?: string;
  later?: string;
}

const key = (b: Pick<Briefing, 'publishedAt' | 'id'>) => `${b.publishedAt} ${b.id}`;
/** A briefing's group of translations: its original's id. */
const group = (b: Briefing) => b.translationOf ?? b.id;
const primary = (b: Briefing) => b.language.slice(0, 2).toLowerCase();

/**
 * The ids of `b`'s nearest earlier and later briefings of its story among `others`; none without a story.
 * Never `b` in another language; of a group in both, the one in `b`'s language, else the original.
 */
export function neighboursAmong(b: Briefing, others: Briefing[]): Neighbours {
  if (!b.story) return {};
  const here = key(b);
  const inGroups = new Map<string, Briefing>();
  for (const o of others) {
    if (o.story !== b.story || group(o) === group(b)) continue;
    const kept = inGroups.get(group(o));
    if (!kept || primary(o) === primary(b) || (primary(kept) !== primary(b) && !o.translationOf))
      inGroups.set(group(o), o);
  }
  let earlier: Briefing | undefined;
  let later: Briefing | undefined;
  for (const o of inGroups.values()) {
    const k = key(o);
    if (k < here && (!earlier || k > key(earlier))) earlier = o;
    if (k > here && (!later || k < key(later))) later = o;
  }
  return { earlier: earlier?.id, later: later?.id };
}
