import { describe, expect, it } from 'vitest';
import { neighboursAmong } from '../../model/story-order';
import type { Briefing } from '../../model/types';
import sample from '../../content/briefings/niger-bazoum-coalition.json';

// The app's "earlier" and "later" among the briefings saved on the phone, as the server finds them.

const saved = (id: string, day: number, more: Partial<Briefing> = {}): Briefing => ({
  ...(sample as unknown as Briefing),
  id,
  story: 'thread',
  publishedAt: `2026-03-0${day}T00:00:00Z`,
  ...more,
});

describe('a story’s neighbours among saved briefings', () => {
  const a = saved('a', 1);
  const b = saved('b', 2);
  const aFr = saved('a-fr', 3, { language: 'fr', translationOf: 'a' });
  const bFr = saved('b-fr', 4, { language: 'fr', translationOf: 'b' });
  const all = [a, b, aFr, bFr];

  it('never lead to the same briefing in the other language', () => {
    expect(neighboursAmong(b, all)).toEqual({ earlier: 'a', later: undefined });
    expect(neighboursAmong(aFr, all)).toEqual({ earlier: undefined, later: 'b-fr' });
  });

  it('take a neighbour in the page’s language, else its original', () => {
    expect(neighboursAmong(bFr, all)).toEqual({ earlier: 'a-fr', later: undefined });
    expect(neighboursAmong(bFr, [a, b, bFr])).toEqual({ earlier: 'a', later: undefined });
    expect(neighboursAmong(saved('c', 5), [a, aFr, b])).toEqual({ earlier: 'b', later: undefined });
  });
});
