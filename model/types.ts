import type * as v from 'valibot';
import type {
  briefingInputSchema,
  briefingSchema,
  likelihoodSchema,
  scenarioSchema,
  sectionSchema,
  signpostSchema,
  sourceSchema,
  whatComesNextSchema,
} from './schema';

/**
 * The briefing's types, inferred from its schema (schema.ts), and the wire types built on it: what
 * the worker, the PWA, the service worker and the command-line tools exchange. Import with `import type`.
 */

export type { LikelihoodTerm } from './likelihood';
export type { ResolutionOutcome } from './resolution';
import type { ResolutionOutcome } from './resolution';

export type BriefingInput = v.InferOutput<typeof briefingInputSchema>;
/** A stored briefing, as `GET /api/briefings/{id}` returns it and `_briefing` carries it. */
export type Briefing = v.InferOutput<typeof briefingSchema>;
export type Section = v.InferOutput<typeof sectionSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Likelihood = v.InferOutput<typeof likelihoodSchema>;
/** A likelihood given as one of ICD 203's terms. */
export type Assessed = Extract<Likelihood, { status: 'assessed' }>;
export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type Signpost = v.InferOutput<typeof signpostSchema>;
export type WhatComesNext = v.InferOutput<typeof whatComesNextSchema>;
export type Correction = NonNullable<BriefingInput['corrections']>[number];
export type Resolution = NonNullable<Scenario['resolution']>;
export type Amendment = NonNullable<Resolution['amendments']>[number];
export type Kind = Briefing['kind'];
export type Status = Briefing['status'];
export type SchemaVersion = Briefing['schemaVersion'];
export type SignpostStatus = Signpost['status'];
/** An RFC 3339 timestamp with an offset, e.g. `2024-11-20T09:00:00Z`. */
export type Timestamp = string;

export interface FieldProblem {
  path: string;
  message: string;
  /** For an unknown id: the known ones close to it. */
  close?: string[];
}

/** What changed in one revision: plain fields by name, and the outlook's moves in detail. */
export type Change =
  | { kind: 'created' }
  | { kind: 'retracted'; reason: string }
  | { kind: 'field'; field: string }
  | { kind: 'likelihood'; scenarioId: string; title: string; from: Likelihood | null; to: Likelihood | null }
  | { kind: 'question'; from: string | null; to: string | null }
  | { kind: 'resolution'; scenarioId: string; title: string; outcome: ResolutionOutcome; at: Timestamp }
  | {
      kind: 'amended';
      scenarioId: string;
      title: string;
      from: ResolutionOutcome;
      to: ResolutionOutcome;
      at: Timestamp;
      note: string;
    }
  | { kind: 'takedown'; reason: string }
  | {
      kind: 'signpost';
      signpostId: string;
      indicator: string;
      from: SignpostStatus | null;
      to: SignpostStatus | null;
      /** When it was seen, as the signpost says (older revisions lack it): the history dates it so. */
      observedAt?: Timestamp;
    };

/** Who made a revision: the editor's name and their desk's id, never an email (none for revisions older than names). */
export interface RevisionBy {
  name?: string;
  /** The desk's id (the scorecard's key) and its name in each language of the interface. */
  desk: string;
  deskName?: { en: string; fr: string };
}

/** One entry of `GET /api/briefings/{id}/revisions`. */
export interface RevisionEntry {
  revision: number;
  at: Timestamp;
  changes: Change[];
  by?: RevisionBy;
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
  /** The outlook's likeliest assessed scenario, for the card's one line; none when nothing is assessed. */
  likeliest?: { title: string; likelihood: Likelihood };
  /**
   * What became of the outlook so far: the scenario that occurred, else the first resolved one, and
   * how many are resolved (the rest are open). None while nothing is resolved.
   */
  resolved?: { title: string; outcome: ResolutionOutcome; at: Timestamp; count: number };
  /**
   * The outlook's latest move (the largest when one revision moved several): the scenario, its
   * likelihood before and now, and when. Cards tell it only while it is recent (model/last-move.ts).
   */
  moved?: { title: string; from: Assessed; to: Assessed; at: Timestamp };
  retractedAt?: Timestamp;
  /** The original this briefing translates, when it is a translation. */
  translationOf?: string;
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
  /**
   * With `?except={id}@{revision}`: the ids of the whole first page, newest first, the briefing left out
   * of `briefings` (the client holds it at that revision) included.
   */
  page?: string[];
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

/**
 * `GET /api/briefings?since={revision}`: what changed in the feed since the revision a phone holds, so it
 * downloads nothing it already has (docs/data-sync.md).
 */
export interface BriefingDelta {
  /** The feed's revision now: the phone's next `since`. */
  revision: number;
  since: number;
  /** Every briefing created or changed since then, on any page, whole (a retracted one carries its notice). */
  briefings: Briefing[];
  /** The ids of those retracted since then: any copy of them, wherever it is kept, is to be replaced. */
  retracted: string[];
  /** When anything changed: the ids of the feed's first page now, newest first, and its next cursor. */
  page?: string[];
  next?: string;
  /** Too much changed for a delta: `briefings` is the first page, and copies of any other are to be dropped. */
  reset?: true;
}
