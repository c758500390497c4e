import { describe, expect, it } from 'vitest';
import { lastMoveAfter, recentMove } from '../../model/last-move';
import type { Change, Likelihood, WhatComesNext } from '../../model/types';
import { assessed, notAssessed, varnenTalks } from '../fixtures/outlooks';

// The outlook's latest move as the server keeps it revision after revision, and when a page tells it.

const move = (scenarioId: string, from: Likelihood | null, to: Likelihood | null): Change => ({
  kind: 'likelihood',
  scenarioId,
  title: scenarioId,
  from,
  to,
});

/** The Varnen outlook with the accord at `accord` and the talks' collapse at `collapse`. */
function outlook(accord: Likelihood, collapse: Likelihood = assessed('unlikely')): WhatComesNext {
  const next = varnenTalks().whatComesNext!;
  next.scenarios[0].likelihood = accord;
  next.scenarios[1].likelihood = collapse;
  return next;
}

const AT = '2026-03-01T00:00:00Z';
const LATER = '2026-03-02T00:00:00Z';

describe('the latest move', () => {
  const likely = outlook(assessed('likely'));
  const first = lastMoveAfter(undefined, [move('accord', assessed('unlikely'), assessed('likely'))], AT, likely);

  it('is an assessed likelihood set to another, with what it was', () => {
    expect(first).toEqual({ at: AT, scenarios: [{ id: 'accord', from: assessed('unlikely') }] });
    // A first estimate, a withdrawn one or the same odds written otherwise are no moves.
    expect(lastMoveAfter(undefined, [move('accord', notAssessed, assessed('likely'))], AT, likely)).toBeUndefined();
    const withdrawn = outlook(notAssessed);
    expect(lastMoveAfter(undefined, [move('accord', assessed('likely'), notAssessed)], AT, withdrawn)).toBeUndefined();
    const same = [move('accord', assessed('likely', 60), assessed('likely', 60))];
    expect(lastMoveAfter(undefined, same, AT, outlook(assessed('likely', 60)))).toBeUndefined();
  });

  it('puts the largest move first', () => {
    const both = [
      move('accord', assessed('unlikely', 30), assessed('unlikely', 40)),
      move('talks-collapse', assessed('unlikely'), assessed('almost_no_chance')),
    ];
    const next = outlook(assessed('unlikely', 40), assessed('almost_no_chance'));
    expect(lastMoveAfter(undefined, both, AT, next)?.scenarios.map((s) => s.id)).toEqual(['talks-collapse', 'accord']);
  });

  it('stays through revisions that move nothing, and leaves a scenario withdrawn, dropped or resolved', () => {
    expect(lastMoveAfter(first, [{ kind: 'field', field: 'standfirst' }], LATER, likely)).toEqual(first);
    const withdrawn = [move('accord', assessed('likely'), notAssessed)];
    expect(lastMoveAfter(first, withdrawn, LATER, outlook(notAssessed))).toBeUndefined();
    const dropped = outlook(assessed('likely'));
    dropped.scenarios.shift();
    expect(lastMoveAfter(first, [move('accord', assessed('likely'), null)], LATER, dropped)).toBeUndefined();
    const resolved = outlook(assessed('likely'));
    resolved.scenarios[0].resolution!.outcome = 'occurred';
    expect(lastMoveAfter(first, [], LATER, resolved)).toBeUndefined();
  });

  it('is told for 30 days', () => {
    expect(recentMove({ lastMove: first }, '2026-03-31T00:00:00Z')).toBe(first);
    expect(recentMove({ lastMove: first }, '2026-03-31T00:00:01Z')).toBeUndefined();
  });
});
