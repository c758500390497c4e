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

/** The outlook's latest move (the server keeps the largest first), for the card's line under its outlook. */
function moved(b: Briefing): BriefingCard['moved'] {
  const m = b.lastMove?.scenarios[0];
  const to = m && b.whatComesNext?.scenarios.find((s) => s.id === m.id);
  return to && to.likelihood.status === 'assessed'
    ? { title: to.title, from: m.from, to: to.likelihood, at: b.lastMove!.at }
    : undefined;
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
