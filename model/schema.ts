import * as v from 'valibot';
import { isCountryCode, isLanguageTag, isM49Code } from './codes';
import { LIKELIHOOD_TERMS } from './likelihood';
import { RESOLUTION_OUTCOMES } from './resolution';
import { isWellFormed, NOT_WELL_FORMED } from './well-formed';

// The briefing's shape: the one definition its types are inferred from (types.ts). Rules that span
// fields (ids, sums, dates in order) are in rules.ts.

const MARKUP = /<\/?[a-z!?][^<>]*>|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
// C0 and C1 controls, line and paragraph separators, tag characters, and every invisible format
// character (bidi marks, embeddings and isolates, zero-width spaces, soft hyphens, the BOM): each can
// disguise text or hide it. ZWNJ and ZWJ are kept: Persian, Indic scripts and emoji need them.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u{e0000}-\u{e007f}]|(?![\u200c\u200d])\p{Cf}/u;
/** What is left to read once spaces and invisible characters are taken away. */
const visible = (s: string) => s.replace(/[\s\p{Cf}]/gu, '');
/** The longest URL accepted: beyond it, browsers and feed readers start to disagree. */
export const MAX_URL = 2000;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * An RFC 3339 timestamp naming a real instant: Date.parse rolls 2024-02-30 over to 1 March, so the
 * day is checked against its month, and the hour, minute, second and offset against their ranges.
 */
function isRealTimestamp(s: string): boolean {
  const m = RFC3339.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}

/** Plain text: not blank, at most `max` characters, no markup, no hidden control characters. */
export const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.check(isWellFormed, NOT_WELL_FORMED),
    v.check((s) => visible(s).length > 0, 'must not be blank'),
    v.check((s) => [...s].length <= max, `must be at most ${max} characters`),
    v.check((s) => !MARKUP.test(s), 'must be plain text: no HTML tags or entities'),
    v.check((s) => !HIDDEN.test(s), 'must not contain control, bidi-override or invisible characters'),
  );

export const slug = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9 and -'),
);

export const timestamp = v.pipe(
  v.string('must be an RFC 3339 timestamp'),
  v.check(
    (s) => isRealTimestamp(s) && !Number.isNaN(Date.parse(s)),
    'must be a real date and time in RFC 3339 with an offset, e.g. 2024-11-20T09:00:00Z',
  ),
);

const httpsUrl = v.pipe(
  v.string('must be a URL'),
  v.maxLength(MAX_URL, `must be at most ${MAX_URL} characters`),
  v.check((s) => isWellFormed(s) && URL.canParse(s) && new URL(s).protocol === 'https:', 'must be an https:// URL'),
  // Stored as the WHATWG parser writes it (host lower-case, default port dropped, path escaped), so
  // one address is one string wherever it is compared or linked.
  v.transform((s) => new URL(s).href),
);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of: ${values.join(', ')}`);

const list = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(
    v.array(item, 'must be a list'),
    v.minLength(min, `must have at least ${min} item${min === 1 ? '' : 's'}`),
    v.maxLength(max, `must have at most ${max} items`),
  );

export const strict = <T extends v.ObjectEntries>(entries: T) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? 'is not a known field'
      : issue.input === undefined
        ? 'is required'
        : 'must be an object',
  );

/**
 * An object of exactly these fields that is never a list: valibot's objects take `[]` for `{}`,
 * which matters where every field is optional (`[]` would pass as "no fields given").
 */
export const fieldsOnly = <T extends v.ObjectEntries>(entries: T) => {
  const object = strict(entries);
  return v.pipe(
    v.custom<v.InferInput<typeof object>>((x) => !Array.isArray(x), 'must be an object, not a list'),
    object,
  );
};

export const sectionSchema = strict({ id: slug, heading: text(140), paragraphs: list(text(2000), 1, 50) });

export const sourceSchema = strict({
  id: slug,
  publisher: text(140),
  title: v.optional(text(300)),
  url: v.optional(httpsUrl),
  role: oneOf(['primary', 'supporting']),
});

export const likelihoodSchema = v.variant(
  'status',
  [
    strict({
      status: v.literal('assessed'),
      term: oneOf(LIKELIHOOD_TERMS),
      percent: v.optional(
        v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0), v.maxValue(100)),
      ),
    }),
    strict({ status: v.literal('not_assessed'), reason: text(300) }),
  ],
  'must have status "assessed" or "not_assessed"',
);

export const scenarioSchema = strict({
  id: slug,
  title: text(140),
  conditions: list(text(500), 1, 10),
  outcome: text(1000),
  likelihood: likelihoodSchema,
  confidence: v.optional(oneOf(['low', 'moderate', 'high'])),
  timeframe: strict({
    horizon: oneOf(['days', 'weeks', 'months', 'years', 'unspecified']),
    until: v.optional(timestamp),
    note: v.optional(text(300)),
  }),
  resolution: v.optional(
    strict({
      criteria: text(500),
      resolveBy: v.optional(timestamp),
      outcome: v.optional(oneOf(RESOLUTION_OUTCOMES)),
      resolvedAt: v.optional(timestamp),
      note: v.optional(text(500)),
      /** Corrections of the resolution, oldest first, each with what it replaced: kept by the server. */
      amendments: v.optional(
        list(
          strict({
            at: timestamp,
            by: text(100),
            note: text(500),
            previous: strict({
              outcome: oneOf(RESOLUTION_OUTCOMES),
              resolvedAt: timestamp,
              note: v.optional(text(500)),
            }),
          }),
          0,
          20,
        ),
      ),
    }),
  ),
});

export const signpostSchema = strict({
  id: slug,
  indicator: text(300),
  watch: v.optional(text(300)),
  effects: list(strict({ scenarioId: slug, direction: oneOf(['raises', 'lowers']) }), 1, 10),
  status: oneOf(['not_observed', 'observed', 'contradicted']),
  observedAt: v.optional(timestamp),
});

export const whatComesNextSchema = strict({
  question: text(300),
  scenarioSet: oneOf(['exclusive_exhaustive', 'exclusive', 'non_exclusive']),
  scenarios: list(scenarioSchema, 2, 8),
  signposts: list(signpostSchema, 0, 20),
  asOf: timestamp,
  lastReviewedAt: timestamp,
  nextReviewDue: v.optional(timestamp),
});

/** Fields the server keeps: accepted on input so a fetched briefing can be sent back, then ignored. */
export const SERVER_KEPT = [
  'revision',
  'publishedAt',
  'modifiedAt',
  'status',
  'retraction',
  'translations',
  'lastMove',
] as const;

/** The other versions of a briefing's group, as pages and feeds name them. */
export const translationLinkSchema = strict({ id: slug, language: v.string(), url: v.string() });

const inputEntries = {
  schemaVersion: v.literal('1.0', 'must be "1.0"'),
  id: slug,
  kind: oneOf(['analysis', 'reportage', 'background', 'opinion']),
  language: v.pipe(
    v.string('must be a language tag'),
    v.check(isLanguageTag, 'must be a BCP 47 tag with an ISO 639-1 language, e.g. en or fr'),
  ),
  headline: text(140),
  standfirst: text(320),
  lede: v.optional(text(2000)),
  sections: list(sectionSchema, 1, 30),
  sources: list(sourceSchema, 1, 30),
  whatComesNext: v.optional(whatComesNextSchema),
  geo: strict({
    countries: list(v.pipe(v.string(), v.check(isCountryCode, 'must be an ISO 3166-1 alpha-2 code such as NE')), 0, 30),
    regions: v.optional(list(v.pipe(v.string(), v.check(isM49Code, 'must be a UN M49 code such as 002')), 0, 30)),
  }),
  /** Ids of the topics vocabulary (`GET /api/topics`); the server refuses an id it does not know. */
  topics: list(
    v.pipe(v.string('must be a topic id'), v.regex(/^[a-z0-9-]{1,64}$/, 'must be a topic id such as human-rights')),
    0,
    20,
  ),
  authors: list(strict({ name: text(140), url: v.optional(httpsUrl) }), 1, 20),
  corrections: v.optional(list(strict({ at: timestamp, text: text(1000) }), 0, 50)),
  /** The situation this briefing follows: every briefing with the same story is one thread. */
  story: v.optional(slug),
  /** The desk that answers for the outlook (a desk of the newsroom's list); by default the publishing editor's. */
  desk: v.optional(slug),
  /** The original this briefing translates: one outlook, served from the original (docs/languages.md). */
  translationOf: v.optional(slug),
};

export const briefingInputSchema = strict(inputEntries);

/** A whole stored briefing, server-kept fields included (what the feed and the API carry). */
export const briefingSchema = strict({
  ...inputEntries,
  revision: v.pipe(v.number(), v.integer(), v.minValue(1, 'must be at least 1')),
  publishedAt: timestamp,
  modifiedAt: timestamp,
  status: oneOf(['published', 'retracted']),
  retraction: v.optional(strict({ at: timestamp, reason: text(1000) })),
  /**
   * The outlook's latest move, kept from the revisions (model/last-move.ts): when an assessed likelihood
   * last moved to another, and each scenario moved then with its likelihood before. Absent until one has.
   */
  lastMove: v.optional(
    strict({ at: timestamp, scenarios: v.array(strict({ id: slug, from: likelihoodSchema.options[0] })) }),
  ),
  /** Served, never stored: the group's other versions (its original and translations). */
  translations: v.optional(v.array(translationLinkSchema)),
});
