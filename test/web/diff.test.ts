import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { diffBriefings, same } from '../../model/diff';
import type { BriefingInput } from '../../model/types';

const base = () => structuredClone(sample) as BriefingInput;

describe('diffBriefings', () => {
  it('finds nothing between a briefing and a reordered copy of it', () => {
    const b = base();
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as unknown as BriefingInput;
    expect(diffBriefings(b, reordered)).toEqual([]);
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('names plain fields that changed', () => {
    const b = base();
    expect(diffBriefings(b, { ...b, headline: 'New', topics: ['niger'] })).toEqual([
      { kind: 'field', field: 'headline' },
      { kind: 'field', field: 'topics' },
    ]);
  });

  it('tells a likelihood move from, and to, what', () => {
    const prev = base();
    const b = base();
    b.whatComesNext!.scenarios[1].likelihood = { status: 'assessed', term: 'likely', percent: 60 };
    expect(diffBriefings(prev, b)).toEqual([
      {
        kind: 'likelihood',
        scenarioId: 'tepid-reaction',
        title: 'A tepid reaction',
        from: { status: 'not_assessed', reason: 'The source gives no likelihood.' },
        to: { status: 'assessed', term: 'likely', percent: 60 },
      },
    ]);
  });

  it('tells a signpost’s change of state with when it was seen, and one added or dropped', () => {
    const prev = base();
    const b = base();
    const [first, , third] = b.whatComesNext!.signposts;
    first.status = 'contradicted';
    first.observedAt = '2026-03-03T09:00:00Z';
    b.whatComesNext!.signposts = [first, third, { ...third, id: 'new-one', indicator: 'A new sign' }];
    expect(diffBriefings(prev, b).filter((c) => c.kind === 'signpost')).toEqual([
      {
        kind: 'signpost',
        signpostId: 'un-hrc',
        indicator: first.indicator,
        from: 'not_observed',
        to: 'contradicted',
        observedAt: '2026-03-03T09:00:00Z',
      },
      { kind: 'signpost', signpostId: 'new-one', indicator: 'A new sign', from: null, to: 'not_observed' },
      {
        kind: 'signpost',
        signpostId: 'au-psc',
        indicator: prev.whatComesNext!.signposts[1].indicator,
        from: 'not_observed',
        to: null,
      },
    ]);
  });

  it('names outlook fields apart from the moves, and a scenario dropped as a move to nothing', () => {
    const prev = base();
    const b = base();
    b.whatComesNext!.lastReviewedAt = '2026-12-01T00:00:00Z';
    b.whatComesNext!.scenarios[0].title = 'Reworded';
    expect(diffBriefings(prev, b)).toEqual([
      { kind: 'field', field: 'whatComesNext.lastReviewedAt' },
      { kind: 'field', field: 'whatComesNext.scenarios' },
    ]);
    const { whatComesNext, ...withoutOutlook } = prev;
    expect(
      diffBriefings(prev, { ...withoutOutlook, kind: 'background' }).map((c) =>
        c.kind === 'field' ? c.field : `${c.kind}:${'to' in c ? c.to : ''}`,
      ),
    ).toContain('likelihood:null');
    expect(whatComesNext).toBeDefined();
  });
});
