import { openMoves, position, type Move } from './last-move';
import { lowerBound, upperBound } from './likelihood';
import type { Briefing, BriefingCard, Scenario } from './types';

/** The assessed, unresolved scenario rated highest; none when no open scenario is assessed. */
function likeliest(scenarios: Scenario[]): BriefingCard['likeliest'] {
  const mid = (s: Scenario) => lowerBound(s.likelihood) + upperBound(s.likelihood);
  const open = scenarios.filter((s) => s.likelihood.status === 'assessed' && !s.resolution?.outcome);
  const top = open.reduce<Scenario | undefined>((a, s) => (!a || mid(s) > mid(a) ? s : a), undefined);
  return top && { title: top.title, likelihood: top.likelihood };
}

/** What became of the outlook: the scenario that occurred, else the first resolved; none while all are open. */
function resolved(scenarios: Scenario[]): BriefingCard['resolved'] {
  const done = scenarios.filter((s) => s.resolution?.resolvedAt);
  const shown = done.find((s) => s.resolution!.outcome === 'occurred') ?? done[0];
  const r = shown?.resolution;
  return r && { title: shown.title, outcome: r.outcome!, at: r.resolvedAt!, count: done.length };
}

/** The outlook's latest move still open, the largest when several scenarios moved at once. */
function moved(b: Briefing): BriefingCard['moved'] {
  const size = (m: Move) => Math.abs(position(m.scenario.likelihood) - position(m.from));
  const top = openMoves(b).reduce<Move | undefined>((a, m) => (!a || size(m) > size(a) ? m : a), undefined);
  return top && { title: top.scenario.title, from: top.from, to: top.scenario.likelihood, at: top.at };
}

/** The short form of a briefing that the home page lists and the store keeps beside it. */
export function toCard(b: Briefing): BriefingCard {
  return {
    id: b.id,
    language: b.language,
    kind: b.kind,
    status: b.status,
    headline: b.headline,
    standfirst: b.standfirst,
    publishedAt: b.publishedAt,
    modifiedAt: b.modifiedAt,
    countries: b.geo.countries,
    topics: b.topics,
    scenarioCount: b.whatComesNext?.scenarios.length ?? 0,
    lastReviewedAt: b.whatComesNext?.lastReviewedAt,
    nextReviewDue: b.whatComesNext?.nextReviewDue,
    likeliest: likeliest(b.whatComesNext?.scenarios ?? []),
    resolved: resolved(b.whatComesNext?.scenarios ?? []),
    moved: moved(b),
    retractedAt: b.retraction?.at,
    ...(b.translationOf ? { translationOf: b.translationOf } : {}),
  };
}
