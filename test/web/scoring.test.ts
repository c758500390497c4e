import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../model/outlook-series';
import { likelihoodSeries } from '../../model/outlook-series';
import { probabilityOf, scoreScenario } from '../../model/scoring';
import type { Likelihood, RevisionEntry, Scenario } from '../../model/types';
import { assessed, notAssessed, varnenTalks } from '../fixtures/outlooks';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();
const base = varnenTalks().whatComesNext!.scenarios[0];
const resolved = (outcome: NonNullable<Scenario['resolution']>['outcome'], at: number): Scenario => ({
  ...base,
  resolution: { criteria: 'The commission says so.', outcome, resolvedAt: day(at) },
});
const points = (...p: [number, Likelihood][]): SeriesPoint[] =>
  p.map(([d, likelihood]) => ({ at: day(d), likelihood }));
const brierOf = (s: Scenario, series: SeriesPoint[]) => {
  const score = scoreScenario(s, series);
  return score.state === 'scored' ? score.brier.toFixed(4) : score.state;
};

describe('a forecast’s probability', () => {
  it('is its percent when given, else its term’s midpoint, and none when not assessed', () => {
    expect(
      [assessed('unlikely', 30), assessed('likely'), assessed('almost_no_chance'), notAssessed].map(probabilityOf),
    ).toEqual([0.3, 0.675, 0.03, null]);
  });
});

describe('the Brier score of a resolved scenario', () => {
  it('of one forecast, "likely" until it occurred: (0.675 − 1)² = 0.1056', () => {
    expect(brierOf(resolved('occurred', 10), points([0, assessed('likely')]))).toBe('0.1056');
  });

  it('of a forecast that moved twice weighs each by how long it stood: (4·0.09 + 4·0.25 + 2·0.765625) / 10 = 0.2891', () => {
    const series = points(
      [0, assessed('unlikely', 30)],
      [4, assessed('roughly_even_chance')],
      [8, assessed('very_likely')],
    );
    expect(brierOf(resolved('did_not_occur', 10), series)).toBe('0.2891');
  });

  it('counts nothing after resolvedAt', () => {
    const series = points(
      [0, assessed('likely')],
      [10, assessed('almost_no_chance')],
      [20, assessed('almost_certain')],
    );
    expect(brierOf(resolved('occurred', 10), series)).toBe('0.1056');
  });

  it('takes the probability standing at resolution when every stretch is zero long', () => {
    expect(brierOf(resolved('did_not_occur', 3), points([3, assessed('very_unlikely')]))).toBe('0.0156');
  });

  it('is not given to a scenario never assessed, nor to an ambiguous or annulled one', () => {
    expect(brierOf(resolved('occurred', 10), points([0, notAssessed]))).toBe('never_assessed');
    expect(brierOf(resolved('ambiguous', 10), points([0, assessed('likely')]))).toBe('ambiguous');
    expect(brierOf(resolved('annulled', 10), points([0, assessed('likely')]))).toBe('annulled');
    expect(brierOf(base, points([0, assessed('likely')]))).toBe('open');
  });
});

describe('a scenario’s likelihood over time', () => {
  it('is read from the revisions’ recorded moves, starting from where the first move came from', () => {
    const revisions: RevisionEntry[] = [
      { revision: 1, at: day(0), changes: [{ kind: 'created' }] },
      { revision: 2, at: day(2), changes: [{ kind: 'field', field: 'headline' }] },
      {
        revision: 3,
        at: day(4),
        changes: [
          { kind: 'likelihood', scenarioId: base.id, title: base.title, from: notAssessed, to: assessed('likely') },
        ],
      },
    ];
    expect(likelihoodSeries({ ...base, likelihood: assessed('likely') }, revisions)).toEqual(
      points([0, notAssessed], [4, assessed('likely')]),
    );
  });
});
