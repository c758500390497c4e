import type { Likelihood, RevisionEntry, Scenario } from './types';

// A scenario's likelihood over time, read from the revisions' recorded moves: what the history's
// chart draws and the scorecard scores. Only the moves are needed, not every revision whole.

/** From `at` on (until the next point), the scenario stood at `likelihood`. */
export interface SeriesPoint {
  at: string;
  likelihood: Likelihood;
}

/**
 * The likelihood of `scenario` from the briefing's first revision on, oldest first; a point for each
 * revision that moved it. `revisions` in any order; the current scenario is the last word.
 */
export function likelihoodSeries(scenario: Scenario, revisions: RevisionEntry[]): SeriesPoint[] {
  const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
  const moves = ordered.flatMap((r) =>
    r.changes.flatMap((c) =>
      c.kind === 'likelihood' && c.scenarioId === scenario.id ? [{ at: r.at, from: c.from, to: c.to }] : [],
    ),
  );
  const first = ordered[0];
  const points: SeriesPoint[] = [];
  const start = moves[0] ? moves[0].from : scenario.likelihood;
  if (first && start) points.push({ at: first.at, likelihood: start });
  for (const m of moves) if (m.to) points.push({ at: m.at, likelihood: m.to });
  if (points.length === 0) points.push({ at: first?.at ?? '', likelihood: scenario.likelihood });
  return points;
}
