import type { BriefingCard } from './types';

// What the server's search and the phone's offline search share: the reader's words, the limits,
// and how the matching words are marked in a result's excerpt.

/** The longest query answered: longer ones get a page that says so. */
export const MAX_QUERY = 200;

/** Marks around the matching words in an excerpt: control characters no briefing's text may hold. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface SearchHit {
  card: BriefingCard;
  /** Where the words matched, each matching word between MARK_START and MARK_END. */
  excerpt: string;
}

/** What a search found, or why it did not run. */
export type SearchOutcome = { kind: 'empty' } | { kind: 'too-long' } | { kind: 'results'; hits: SearchHit[] };

/** The most words one search looks for: each more is one more index lookup, and none narrows much. */
export const MAX_TERMS = 8;
/** Words shorter than this match whole words only: a prefix of one or two letters matches nearly every word. */
export const MIN_PREFIX = 3;

/** The reader's words: runs of letters, digits and marks, everything else a separator (at most MAX_TERMS). */
export function searchTerms(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** Whether a query is answered at all: not blank, not over MAX_QUERY characters. */
export function checkQuery(q: string): 'ok' | 'empty' | 'too-long' {
  if ([...q].length > MAX_QUERY) return 'too-long';
  return searchTerms(q).length ? 'ok' : 'empty';
}
