import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { Briefing } from '../../model/types';
import { applyAction, parseAction } from '../../worker/newsroom/outlook-action';
import { setByDraftPath } from '../../worker/newsroom/settle';

const now = new Date('2026-12-07T15:00:00.000Z');
const live = {
  ...sample,
  revision: 2,
  status: 'published',
  publishedAt: '2026-12-01T09:00:00Z',
  modifiedAt: '2026-12-02T09:00:00Z',
} as Briefing;
const act = (form: Record<string, string>) => {
  const a = parseAction(form);
  if (Array.isArray(a)) throw new Error(JSON.stringify(a));
  return applyAction(live, a, now) as Briefing;
};
const [first, second] = live.whatComesNext!.scenarios;

describe('the outlook’s one-tap actions', () => {
  it('moves a likelihood and counts it as a review', () => {
    const b = act({ action: 'likelihood', scenario: first.id, term: 'likely' });
    expect(b.whatComesNext!.scenarios[0].likelihood).toEqual({ status: 'assessed', term: 'likely' });
    expect(b.whatComesNext!.lastReviewedAt).toBe('2026-12-07T15:00:00Z');
    expect(live.whatComesNext!.scenarios[0].likelihood.status).toBe('not_assessed');
  });

  it('resolves a scenario today at the time of the tap, an earlier day at its noon', () => {
    const today = act({ action: 'resolve', scenario: second.id, outcome: 'occurred', at: '2026-12-07' });
    expect(today.whatComesNext!.scenarios[1].resolution).toMatchObject({
      outcome: 'occurred',
      resolvedAt: '2026-12-07T15:00:00Z',
    });
    const earlier = act({
      action: 'resolve',
      scenario: second.id,
      outcome: 'did_not_occur',
      at: '2026-12-05',
      note: 'Seen late.',
    });
    expect(earlier.whatComesNext!.scenarios[1].resolution).toMatchObject({
      outcome: 'did_not_occur',
      resolvedAt: '2026-12-05T12:00:00Z',
      note: 'Seen late.',
    });
  });

  it('refuses a form that names nothing, or no outcome', () => {
    expect(parseAction({ action: 'resolve', scenario: first.id })).toEqual([
      { path: 'outcome', message: 'is required' },
    ]);
    const a = parseAction({ action: 'likelihood', scenario: 'nope', term: 'likely' });
    expect(applyAction(live, a as never, now)).toEqual({
      path: 'scenario',
      message: 'names no scenario of this briefing ("nope")',
    });
  });
});

describe('settling a clash', () => {
  it('puts the editor’s value where the draft holds the item, whatever its place in the merge', () => {
    const draft = {
      scenarios: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B mine' },
      ],
    };
    const merged = {
      scenarios: [
        { id: 'new', title: 'N' },
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B theirs' },
      ],
    };
    setByDraftPath(merged, draft, 'scenarios[1].title', 'B mine');
    expect(merged.scenarios[2].title).toBe('B mine');
    setByDraftPath(merged, draft, 'scenarios[0]', null);
    expect(merged.scenarios.map((s) => s.id)).toEqual(['new', 'b']);
  });
});
