import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { movesFirst } from '../../model/draft-changes';
import { diffBriefings } from '../../model/diff';
import { mergeThreeWay } from '../../model/merge';
import type { BriefingInput } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';

const base = () => structuredClone(sample) as BriefingInput;
const likely = { status: 'assessed', term: 'likely' } as const;
const unlikely = { status: 'assessed', term: 'unlikely' } as const;

describe('mergeThreeWay', () => {
  it('keeps what only the live side changed and applies what only the draft changed', () => {
    const theirs = base();
    theirs.headline = 'Their headline';
    theirs.whatComesNext!.scenarios[0].likelihood = likely;
    const yours = base();
    yours.standfirst = 'Your standfirst.';
    yours.whatComesNext!.scenarios[1].likelihood = unlikely;
    yours.whatComesNext!.signposts[0].status = 'observed';
    const { merged, conflicts } = mergeThreeWay(base(), theirs, yours);
    expect(conflicts).toEqual([]);
    expect(merged.headline).toBe('Their headline');
    expect(merged.standfirst).toBe('Your standfirst.');
    expect(merged.whatComesNext!.scenarios.map((s) => s.likelihood)).toEqual([likely, unlikely]);
    expect(merged.whatComesNext!.signposts[0].status).toBe('observed');
    expect(validateBriefingInput(merged).ok).toBe(true);
  });

  it('returns only the true conflicts, with both values, and keeps the live value there', () => {
    const theirs = base();
    theirs.whatComesNext!.scenarios[1].likelihood = likely;
    theirs.headline = 'Same on both sides';
    const yours = base();
    yours.whatComesNext!.scenarios[1].likelihood = unlikely;
    yours.headline = 'Same on both sides';
    const { merged, conflicts } = mergeThreeWay(base(), theirs, yours);
    expect(conflicts).toEqual([{ path: 'whatComesNext.scenarios[1].likelihood', theirs: likely, yours: unlikely }]);
    expect(merged.whatComesNext!.scenarios[1].likelihood).toEqual(likely);
    expect(merged.headline).toBe('Same on both sides');
  });

  it('merges scenarios by id: one side adds, the other reorders and edits, neither is lost', () => {
    const theirs = base();
    const added = { ...structuredClone(theirs.whatComesNext!.scenarios[0]), id: 'new-one', title: 'A third way' };
    theirs.whatComesNext!.scenarios.push(added);
    const yours = base();
    yours.whatComesNext!.scenarios.reverse();
    yours.whatComesNext!.scenarios[0].title = 'Edited title';
    const { merged, conflicts } = mergeThreeWay(base(), theirs, yours);
    expect(conflicts).toEqual([]);
    // The draft's order; the live side's new scenario after the one it follows there.
    expect(merged.whatComesNext!.scenarios.map((s) => s.id)).toEqual([
      'tepid-reaction',
      'new-one',
      'institutions-adopt-demands',
    ]);
    expect(merged.whatComesNext!.scenarios[0].title).toBe('Edited title');
  });

  it('takes a removal from one side, and calls a removal against an edit a conflict', () => {
    const theirs = base();
    theirs.whatComesNext!.signposts = theirs.whatComesNext!.signposts.filter((p) => p.id !== 'ecowas');
    const yours = base();
    yours.lede = 'A new lede.';
    expect(mergeThreeWay(base(), theirs, yours).merged.whatComesNext!.signposts.map((p) => p.id)).toEqual([
      'un-hrc',
      'au-psc',
    ]);
    yours.whatComesNext!.signposts[2].status = 'observed';
    const { conflicts } = mergeThreeWay(base(), theirs, yours);
    expect(conflicts).toEqual([
      { path: 'whatComesNext.signposts[2]', theirs: null, yours: yours.whatComesNext!.signposts[2] },
    ]);
  });

  it('treats a likelihood as a whole: a term never meets the other side’s percent', () => {
    const theirs = base();
    theirs.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'likely', percent: 60 };
    const yours = base();
    yours.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'likely', percent: 70 };
    const { conflicts } = mergeThreeWay(base(), theirs, yours);
    expect(conflicts.map((c) => c.path)).toEqual(['whatComesNext.scenarios[0].likelihood']);
  });

  it('merges a field the draft removed against one the live side left alone', () => {
    const yours = base();
    delete yours.lede;
    const { merged } = mergeThreeWay(base(), base(), yours);
    expect('lede' in merged).toBe(false);
  });
});

describe('movesFirst', () => {
  it('puts likelihood moves, signposts and resolutions before plain fields', () => {
    const next = base();
    next.headline = 'New';
    next.whatComesNext!.signposts[0].status = 'observed';
    next.whatComesNext!.scenarios[1].likelihood = likely;
    expect(movesFirst(diffBriefings(base(), next)).map((c) => c.kind)).toEqual(['likelihood', 'signpost', 'field']);
  });
});
