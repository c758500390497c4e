import type { Briefing } from './types';

// What a reader can follow: a country, a topic or a story. Kept on the phone, never sent anywhere.

export type FollowKind = 'country' | 'topic' | 'story';

export interface Follow {
  kind: FollowKind;
  /** The country code (lower case), the topic, or the story's slug. */
  value: string;
}

const PATHS: Record<FollowKind, string> = { country: 'countries', topic: 'topics', story: 'stories' };

/** The page of what is followed: `/countries/ne`. */
export const followPath = (f: Follow) => `/${PATHS[f.kind]}/${encodeURIComponent(f.value)}`;

/** `country:ne`: how a follow is written in a page's markup and kept on the phone. */
export const followKey = (f: Follow) => `${f.kind}:${f.value}`;

export function parseFollowKey(key: string): Follow | null {
  const m = /^(country|topic|story):(.+)$/s.exec(key);
  return m ? { kind: m[1] as FollowKind, value: m[2] } : null;
}

/** Whether a briefing belongs to what is followed. */
export function followMatches(f: Follow, b: Briefing): boolean {
  if (f.kind === 'country') return b.geo.countries.some((c) => c.toLowerCase() === f.value);
  if (f.kind === 'topic') return b.topics.includes(f.value);
  return b.story === f.value;
}
