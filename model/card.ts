import type { Briefing, BriefingCard } from './types';

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
  };
}
