/**
 * The briefing model of contract §1–2: the wire types shared by the worker, the PWA, the service
 * worker and the command-line tools. Import with `import type`; the runtime rules live in validate.ts.
 */

export type SchemaVersion = '1.0';
export type Kind = 'analysis' | 'reportage' | 'background' | 'opinion';
export type Status = 'published' | 'retracted';
export type SourceRole = 'primary' | 'supporting';
export type ScenarioSet = 'exclusive_exhaustive' | 'exclusive' | 'non_exclusive';
export type Confidence = 'low' | 'moderate' | 'high';
export type Horizon = 'days' | 'weeks' | 'months' | 'years' | 'unspecified';
export type ResolutionOutcome = 'occurred' | 'did_not_occur' | 'ambiguous';
export type SignpostStatus = 'not_observed' | 'observed' | 'contradicted';
export type Direction = 'raises' | 'lowers';

/** The seven ICD 203 estimative terms, lowest to highest. */
export type LikelihoodTerm =
  | 'almost_no_chance'
  | 'very_unlikely'
  | 'unlikely'
  | 'roughly_even_chance'
  | 'likely'
  | 'very_likely'
  | 'almost_certain';

/** An RFC 3339 timestamp with an offset, e.g. `2024-11-20T09:00:00Z`. */
export type Timestamp = string;

export interface Section {
  id: string;
  heading: string;
  paragraphs: string[];
}

export interface Source {
  id: string;
  publisher: string;
  title?: string;
  url?: string;
  role: SourceRole;
}

export type Likelihood =
  { status: 'assessed'; term: LikelihoodTerm; percent?: number } | { status: 'not_assessed'; reason: string };

export interface Timeframe {
  horizon: Horizon;
  until?: Timestamp;
  note?: string;
}

export interface Resolution {
  criteria: string;
  resolveBy?: Timestamp;
  outcome?: ResolutionOutcome;
  resolvedAt?: Timestamp;
}

export interface Scenario {
  id: string;
  title: string;
  conditions: string[];
  outcome: string;
  likelihood: Likelihood;
  confidence?: Confidence;
  timeframe: Timeframe;
  resolution?: Resolution;
}

export interface SignpostEffect {
  scenarioId: string;
  direction: Direction;
}

export interface Signpost {
  id: string;
  indicator: string;
  watch?: string;
  effects: SignpostEffect[];
  status: SignpostStatus;
  observedAt?: Timestamp;
}

export interface WhatComesNext {
  question: string;
  scenarioSet: ScenarioSet;
  scenarios: Scenario[];
  signposts: Signpost[];
  asOf: Timestamp;
  lastReviewedAt: Timestamp;
  nextReviewDue?: Timestamp;
}

export interface Geo {
  countries: string[];
  regions?: string[];
}

export interface Author {
  name: string;
  url?: string;
}

export interface Correction {
  at: Timestamp;
  text: string;
}

/** What an editor sends: a briefing without the server-kept fields. */
export interface BriefingInput {
  schemaVersion: SchemaVersion;
  id: string;
  kind: Kind;
  language: string;
  headline: string;
  standfirst: string;
  lede?: string;
  sections: Section[];
  sources: Source[];
  whatComesNext?: WhatComesNext;
  geo: Geo;
  topics: string[];
  authors: Author[];
  corrections?: Correction[];
}

/** A stored briefing, as `GET /api/briefings/{id}` returns it and `_briefing` carries it. */
export interface Briefing extends BriefingInput {
  revision: number;
  publishedAt: Timestamp;
  modifiedAt: Timestamp;
  status: Status;
  /** Set when `status` is `retracted`: when, and the editor's reason shown in the notice. */
  retraction?: { at: Timestamp; reason: string };
}

/** One field-level problem in a problem document (RFC 9457 extension). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What changed in one revision: plain fields by name, and the outlook's moves in detail. */
export type Change =
  | { kind: 'created' }
  | { kind: 'retracted'; reason: string }
  | { kind: 'field'; field: string }
  | { kind: 'likelihood'; scenarioId: string; title: string; from: Likelihood | null; to: Likelihood | null }
  | { kind: 'signpost'; signpostId: string; indicator: string; from: SignpostStatus | null; to: SignpostStatus | null };

/** One entry of `GET /api/briefings/{id}/revisions`. */
export interface RevisionEntry {
  revision: number;
  at: Timestamp;
  changes: Change[];
}

/** The short form of a briefing the home page lists. */
export interface BriefingCard {
  id: string;
  language: string;
  kind: Kind;
  status: Status;
  headline: string;
  standfirst: string;
  publishedAt: Timestamp;
  modifiedAt: Timestamp;
  countries: string[];
  topics: string[];
  scenarioCount: number;
  lastReviewedAt?: Timestamp;
  nextReviewDue?: Timestamp;
}

/**
 * `GET /api/briefings`: the feed's page as the app reads it, its briefings without the HTML that other
 * feed readers need (`content_html`), which would double what a sync downloads.
 */
export interface BriefingIndex {
  /** The feed's revision, as in the feed's `_briefing.revision`. */
  revision: number;
  /** Newest first, 20 to a page, retracted ones included (so saved copies learn of it). */
  briefings: Briefing[];
  /** The cursor of the next page (`?after=`), when there is one. */
  next?: string;
}

/** The `_briefing` extension of a JSON Feed item. */
export type FeedItemExtension = Briefing;

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  language: string;
  date_published: Timestamp;
  date_modified: Timestamp;
  authors: { name: string; url?: string }[];
  tags: string[];
  _briefing: FeedItemExtension;
}

export interface Feed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  icon?: string;
  favicon?: string;
  next_url?: string;
  _briefing: { about: string; schemaVersion: SchemaVersion; revision: number };
  items: FeedItem[];
}
