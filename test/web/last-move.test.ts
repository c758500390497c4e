import { describe, expect, it } from 'vitest';
import { lastMoveAfter, recentMoves } from '../../model/last-move';
import type { Briefing, Change, Likelihood } from '../../model/types';
import { assessed, notAssessed, varnenTalks } from '../fixtures/outlooks';

// The outlook's latest move as the server keeps it revision after revision, and when a page tells it.

const move = (scenarioId: string, from: Likelihood | null, to: Likelihood | null): Change => ({
  kind: 'likelihood',
  scenarioId,
  title: scenarioId,
  from,
  to,
});

describe('the latest move', () => {
  const first = lastMoveAfter(
    undefined,
    [move('accord', assessed('unlikely'), assessed('likely'))],
    '2026-03-01T00:00:00Z',
  );

  it('is an assessed likelihood set to another, with what it was', () => {
    expect(first).toEqual({ at: '2026-03-01T00:00:00Z', scenarios: [{ id: 'accord', from: assessed('unlikely') }] });
    // A first estimate, a withdrawn one or the same odds written otherwise are no moves.
    expect(lastMoveAfter(undefined, [move('accord', notAssessed, assessed('likely'))], 'x')).toBeUndefined();
    expect(lastMoveAfter(undefined, [move('accord', assessed('likely'), notAssessed)], 'x')).toBeUndefined();
    expect(lastMoveAfter(undefined, [move('a', assessed('likely', 60), assessed('likely', 60))], 'x')).toBeUndefined();
  });

  it('stays through revisions that move nothing, and leaves a scenario whose estimate is withdrawn', () => {
    expect(lastMoveAfter(first, [{ kind: 'field', field: 'standfirst' }], '2026-03-02T00:00:00Z')).toEqual(first);
    expect(
      lastMoveAfter(first, [move('accord', assessed('likely'), notAssessed)], '2026-03-02T00:00:00Z'),
    ).toBeUndefined();
    expect(lastMoveAfter(first, [move('accord', assessed('likely'), null)], '2026-03-02T00:00:00Z')).toBeUndefined();
  });

  it('is told for 30 days, of scenarios still open and assessed', () => {
    const input = varnenTalks();
    input.whatComesNext!.scenarios[0].likelihood = assessed('likely');
    const b = { ...input, status: 'published', lastMove: first } as Briefing;
    expect(recentMoves(b, '2026-03-31T00:00:00Z').map((m) => m.scenario.id)).toEqual(['accord']);
    expect(recentMoves(b, '2026-03-31T00:00:01Z')).toEqual([]);
    const resolved = structuredClone(b);
    resolved.whatComesNext!.scenarios[0].resolution!.outcome = 'occurred';
    expect(recentMoves(resolved, '2026-03-02T00:00:00Z')).toEqual([]);
    expect(recentMoves({ ...b, status: 'retracted' }, '2026-03-02T00:00:00Z')).toEqual([]);
  });
});
