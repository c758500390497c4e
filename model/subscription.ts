import * as v from 'valibot';
import { isCountryCode } from './codes';
import { isWellFormed } from './well-formed';

// What a phone sends to ask for alerts (PUT /api/subscriptions), and what the worker sends back
// through the push service. Shape only: whether a key is a real P-256 point and whether a follow
// names something that exists are checked by the worker, which has WebCrypto and the database.

// valibot's objects take `[]` for `{}`: a list is refused first.
const strict = <T extends v.ObjectEntries>(entries: T) => {
  const object = v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? 'is not a known field' : 'must be an object',
  );
  return v.pipe(
    v.custom<v.InferInput<typeof object>>((x) => !Array.isArray(x), 'must be an object, not a list'),
    object,
  );
};

/**
 * Strict base64url (RFC 4648 §5) as PushSubscription.toJSON() writes it: no padding, no other
 * alphabet, and unused trailing bits zero, so the text is the one encoding of exactly `bytes` bytes.
 * The push library decodes keys so and nothing looser: a padded key would pass here and fail there.
 */
export const isBase64url = (s: string, bytes: number) => {
  if (s.length !== Math.ceil((bytes * 4) / 3) || !/^[A-Za-z0-9_-]*$/.test(s)) return false;
  const unused = (s.length * 6) % 8;
  const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(s.at(-1) ?? 'A');
  return unused === 0 || (last & ((1 << unused) - 1)) === 0;
};
const base64url = (bytes: number, what: string) =>
  v.pipe(
    v.string('must be base64url text'),
    v.check((s) => isBase64url(s, bytes), what),
  );

/** A push endpoint, stored as the URL parser writes it: one subscription is one string. */
const endpoint = v.pipe(
  v.string('must be a URL'),
  v.maxLength(2048, 'must be at most 2048 characters'),
  v.check((s) => isWellFormed(s) && URL.canParse(s), 'must be a URL'),
  v.transform((s) => new URL(s).href),
);

const slug = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9 and -'),
);
const topic = v.pipe(
  v.string('must be a string'),
  v.check((s) => s.length >= 1 && s.length <= 64 && s === s.toLowerCase() && !/[\s/]/.test(s), 'must be a topic tag'),
);
const country = v.pipe(
  v.string('must be a string'),
  v.check((s) => isCountryCode(s.toUpperCase()), 'must be an ISO 3166-1 alpha-2 country code'),
  v.transform((s) => s.toUpperCase()),
);

/** How many of each kind a subscription may follow. */
export const MAX_FOLLOWS = 50;
const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(
    v.pipe(v.array(item, 'must be a list'), v.maxLength(MAX_FOLLOWS, `must have at most ${MAX_FOLLOWS} items`)),
    [],
  );

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = v.pipe(v.string('must be a time'), v.regex(TIME, 'must be a time of day, HH:MM (24-hour)'));
const timeZone = v.pipe(
  v.string('must be a time zone'),
  v.check((s) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: s });
      return s.length <= 64;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone, e.g. Africa/Niamey'),
);

export const subscriptionRequestSchema = strict({
  subscription: strict({
    endpoint,
    expirationTime: v.optional(v.nullable(v.number())),
    keys: strict({
      p256dh: base64url(65, 'must be a P-256 public key: 65 bytes, unpadded base64url'),
      auth: base64url(16, 'must be a 16-byte secret, unpadded base64url'),
    }),
  }),
  follows: v.pipe(
    strict({ countries: list(country), topics: list(topic), stories: list(slug), briefings: list(slug) }),
    v.check(
      (f) => f.countries.length + f.topics.length + f.stories.length + f.briefings.length > 0,
      'must name at least one country, topic, story or briefing',
    ),
  ),
  language: v.picklist(['en', 'fr'], 'must be one of: en, fr'),
  maxPerDay: v.optional(
    v.pipe(
      v.number('must be a number'),
      v.integer('must be a whole number'),
      v.minValue(1, 'must be 1–20'),
      v.maxValue(20, 'must be 1–20'),
    ),
    3,
  ),
  quietHours: v.optional(strict({ from: clock, to: clock, timeZone })),
});

export const unsubscribeSchema = strict({
  endpoint,
  auth: base64url(16, 'must be a 16-byte secret, unpadded base64url'),
});

export type SubscriptionRequest = v.InferOutput<typeof subscriptionRequestSchema>;
export type SubscriptionInput = v.InferInput<typeof subscriptionRequestSchema>;
export type Follows = SubscriptionRequest['follows'];
export type QuietHours = NonNullable<SubscriptionRequest['quietHours']>;
export type UnsubscribeRequest = v.InferOutput<typeof unsubscribeSchema>;

/** What moved, as an alert says. */
export type AlertKind = 'published' | 'outlook' | 'corrected' | 'retracted';

/** The plaintext of one push message (JSON, at most MAX_ALERT_BYTES). */
export interface AlertPayload {
  v: 1;
  kind: AlertKind;
  briefing: string;
  url: string;
  revision: number;
  title: string;
  body: string;
}

export const MAX_ALERT_BYTES = 3000;
