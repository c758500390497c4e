import type { Briefing, Change, Likelihood, WhatComesNext } from './types';
import { LIKELIHOOD_RANGES } from './likelihood';

// The outlook's latest move: the revision that last moved an assessed likelihood to another, and what
// each scenario it moved stood at before. The server keeps it on the briefing (`lastMove`), so a card,
// a summary or the glance can say what moved from the briefing alone, offline too, without its history.
// The server keeps only what is worth telling (open, assessed scenarios, the largest move first), so
// what the app needs to draw it is a lookup and a date check.

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
 * The latest move once a revision made at `at` with `changes` turns the outlook into `next`, over one
 * whose latest move was `previous`. A move is an assessed likelihood set to another assessed one; a
 * scenario the revision otherwise changed (no longer assessed, dropped), or one now resolved, leaves
 * the move it was part of. The largest move comes first.
 */
export function lastMoveAfter(
  previous: LastMove | undefined,
  changes: Change[],
  at: string,
  next: WhatComesNext | undefined,
): LastMove | undefined {
  const touched = changes.flatMap((c) => (c.kind === 'likelihood' ? [c] : []));
  const moved = touched.flatMap(({ scenarioId: id, from, to }) =>
    from?.status === 'assessed' && to && position(to) >= 0 && position(from) !== position(to) ? [{ id, from }] : [],
  );
  const move = moved.length
    ? { at, scenarios: moved }
    : previous && {
        at: previous.at,
        scenarios: previous.scenarios.filter((s) => !touched.some((c) => c.scenarioId === s.id)),
      };
  const now = new Map((next?.scenarios ?? []).map((s) => [s.id, s]));
  const size = (m: LastMove['scenarios'][number]) => Math.abs(position(now.get(m.id)!.likelihood) - position(m.from));
  const told = (move?.scenarios ?? [])
    .filter((m) => now.get(m.id)?.likelihood.status === 'assessed' && !now.get(m.id)!.resolution?.outcome)
    .sort((a, b) => size(b) - size(a));
  return told.length ? { at: move!.at, scenarios: told } : undefined;
}

/** Whether a move made at `at` is still news at `now` (by default, the moment it is drawn). */
export const isRecent = (at: string, now?: string) =>
  (now ? Date.parse(now) : Date.now()) - Date.parse(at) <= MOVE_DAYS * 864e5;

/** The briefing's latest move when it is still news at `now`. */
export const recentMove = (b: Pick<Briefing, 'lastMove'>, now: string): LastMove | undefined =>
  b.lastMove && isRecent(b.lastMove.at, now) ? b.lastMove : undefined;
