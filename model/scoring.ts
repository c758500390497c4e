import type { LikelihoodTerm } from './likelihood';
import type { SeriesPoint } from './outlook-series';
import type { Likelihood, Scenario } from './types';

// Brier scores of resolved scenarios, time-weighted over their history (docs/outlook.md).

/** Each term's midpoint, the probability a term stands for when no percent is given. */
export const TERM_PROBABILITY: Record<LikelihoodTerm, number> = {
  almost_no_chance: 0.03,
  very_unlikely: 0.125,
  unlikely: 0.325,
  roughly_even_chance: 0.5,
  likely: 0.675,
  very_likely: 0.875,
  almost_certain: 0.97,
};

/** A forecast's probability: its percent, else its term's midpoint; null when not assessed. */
export function probabilityOf(l: Likelihood): number | null {
  if (l.status !== 'assessed') return null;
  return l.percent !== undefined ? l.percent / 100 : TERM_PROBABILITY[l.term];
}

/** How one scenario counts on the scorecard; `resolved` when it has an outcome. */
export type ScenarioScore = { resolved: boolean } & (
  | { state: 'open' | 'never_assessed' | 'ambiguous' | 'annulled' }
  | { state: 'scored'; brier: number; term: LikelihoodTerm; occurred: boolean }
);

/**
 * The score of one scenario from its likelihood over time: each assessed probability weighted by how
 * long it stood before `resolvedAt` (when every stretch is zero long, the one standing at resolution).
 */
export function scoreScenario(scenario: Scenario, series: SeriesPoint[]): ScenarioScore {
  const r = scenario.resolution;
  const ever = series.some((p) => p.likelihood.status === 'assessed');
  if (!r?.outcome || !r.resolvedAt) return { resolved: false, state: ever ? 'open' : 'never_assessed' };
  if (r.outcome === 'ambiguous' || r.outcome === 'annulled') return { resolved: true, state: r.outcome };
  const end = Date.parse(r.resolvedAt);
  const before = series.filter((p) => Date.parse(p.at) <= end);
  const assessed = before.filter((p) => p.likelihood.status === 'assessed');
  const last = assessed.at(-1)?.likelihood;
  if (!last || last.status !== 'assessed') return { resolved: true, state: 'never_assessed' };
  const o = r.outcome === 'occurred' ? 1 : 0;
  let weighted = 0;
  let total = 0;
  before.forEach((p, i) => {
    const q = probabilityOf(p.likelihood);
    if (q === null) return;
    const until = i + 1 < before.length ? Date.parse(before[i + 1].at) : end;
    const span = until - Date.parse(p.at);
    weighted += span * (q - o) ** 2;
    total += span;
  });
  const brier = total > 0 ? weighted / total : (probabilityOf(last)! - o) ** 2;
  return { resolved: true, state: 'scored', brier, term: last.term, occurred: o === 1 };
}
