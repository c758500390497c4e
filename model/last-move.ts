import type { Briefing, Change, Likelihood, Scenario } from './types';
import { LIKELIHOOD_RANGES } from './likelihood';

// The outlook's latest move: the revision that last moved an assessed likelihood to another, and what
// each scenario it moved stood at before. The server keeps it on the briefing (`lastMove`), so a card,
// a summary or the glance can say what moved from the briefing alone, offline too, without its history.

export type LastMove = NonNullable<Briefing['lastMove']>;

/**
 * How long a move is told as news: about one review cycle. Past it, a card's "likely ↑ from roughly
 * even" would pass an old change off as the latest word (CrisisWatch's arrows, too, cover one month);
 * the page's history still tells it.
 */
export const MOVE_DAYS = 30;

/** Where a likelihood sits, for comparing two: its percent, else its term's middle; -1 when not assessed. */
export function position(l: Likelihood): number {
  if (l.status !== 'assessed') return -1;
  const [low, high] = LIKELIHOOD_RANGES[l.term];
  return l.percent ?? (low + high) / 2;
}

/**
 * The latest move once a revision made at `at` with `changes` is stored over one whose latest move was
 * `previous`. A move is an assessed likelihood set to another assessed one; a scenario the revision
 * otherwise changed (no longer assessed, dropped) leaves the move it was part of.
 */
export function lastMoveAfter(previous: LastMove | undefined, changes: Change[], at: string): LastMove | undefined {
  const touched = changes.flatMap((c) => (c.kind === 'likelihood' ? [c] : []));
  const moved = touched.flatMap(({ scenarioId: id, from, to }) =>
    from && to && to.status === 'assessed' && position(from) >= 0 && position(from) !== position(to)
      ? [{ id, from }]
      : [],
  );
  if (moved.length) return { at, scenarios: moved };
  const kept = previous?.scenarios.filter((s) => !touched.some((c) => c.scenarioId === s.id)) ?? [];
  return kept.length ? { at: previous!.at, scenarios: kept } : undefined;
}

/** One scenario's move: the scenario as it stands, what it stood at before, and when it moved. */
export interface Move {
  scenario: Scenario;
  from: Likelihood;
  at: string;
}

/** The latest move's scenarios still open and assessed (a resolution or a withdrawn estimate ends its news). */
export function openMoves(b: Pick<Briefing, 'lastMove' | 'whatComesNext' | 'status'>): Move[] {
  const m = b.lastMove;
  if (!m || b.status === 'retracted') return [];
  return m.scenarios.flatMap(({ id, from }) => {
    const scenario = b.whatComesNext?.scenarios.find((s) => s.id === id);
    return scenario && scenario.likelihood.status === 'assessed' && !scenario.resolution?.outcome
      ? [{ scenario, from, at: m.at }]
      : [];
  });
}

/** Whether a move made at `at` is still news at `now` (within MOVE_DAYS). */
export const isRecent = (at: string, now: string) => Date.parse(now) - Date.parse(at) <= MOVE_DAYS * 864e5;

/** The moves of `b`'s outlook worth telling at `now`: its open moves, when made within MOVE_DAYS. */
export const recentMoves = (b: Parameters<typeof openMoves>[0], now: string): Move[] =>
  b.lastMove && isRecent(b.lastMove.at, now) ? openMoves(b) : [];
