import type { SubscriptionRequest } from '../../model/subscription';

// Subscriptions and their follows, as plain functions over D1. A subscription's row and its follows
// are written in one batch (one transaction), so a reader never has half of what they asked for.

const FOLLOW_KINDS = { countries: 'country', topics: 'topic', stories: 'story', briefings: 'briefing' } as const;

/**
 * Stores a subscription, or replaces the one with the same endpoint when this request knows its
 * secret (`auth`); one with another secret is left as it is. The caller answers the same either way,
 * so nobody learns from it whether an endpoint is subscribed, and nobody without the secret can
 * change what a reader gets.
 */
export async function upsertSubscription(db: D1Database, s: SubscriptionRequest, now = new Date()): Promise<void> {
  const { endpoint, keys } = s.subscription;
  const at = now.toISOString();
  const q = s.quietHours;
  const follows = Object.entries(FOLLOW_KINDS).flatMap(([field, kind]) =>
    s.follows[field as keyof typeof FOLLOW_KINDS].map((name) => [kind, name]),
  );
  const mine = '(SELECT id FROM subscriptions WHERE endpoint = ?1 AND auth = ?2)';
  await db.batch([
    db
      .prepare(
        `INSERT INTO subscriptions (endpoint, p256dh, auth, language, max_per_day, quiet_from, quiet_to, time_zone, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
         ON CONFLICT (endpoint) DO UPDATE SET p256dh = ?2, language = ?4, max_per_day = ?5,
           quiet_from = ?6, quiet_to = ?7, time_zone = ?8, updated_at = ?9
         WHERE subscriptions.auth = ?3`,
      )
      .bind(
        endpoint,
        keys.p256dh,
        keys.auth,
        s.language,
        s.maxPerDay,
        q?.from ?? null,
        q?.to ?? null,
        q?.timeZone ?? null,
        at,
      ),
    db.prepare(`DELETE FROM follows WHERE subscription_id = ${mine}`).bind(endpoint, keys.auth),
    db
      .prepare(
        `INSERT OR IGNORE INTO follows (kind, name, subscription_id)
         SELECT value ->> 0, value ->> 1, ${mine} FROM json_each(?3) WHERE ${mine} IS NOT NULL`,
      )
      .bind(endpoint, keys.auth, JSON.stringify(follows)),
  ]);
}

/** Deletes the subscription whose endpoint and secret these are; false when there is none. */
export async function deleteSubscription(db: D1Database, endpoint: string, auth: string): Promise<boolean> {
  const id = await db
    .prepare('SELECT id FROM subscriptions WHERE endpoint = ? AND auth = ?')
    .bind(endpoint, auth)
    .first<number>('id');
  if (id === null) return false;
  await deleteSubscriptions(db, [id]);
  return true;
}

/** Deletes subscriptions by id, with their follows and deliveries. */
export async function deleteSubscriptions(db: D1Database, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const list = JSON.stringify(ids);
  const where = 'IN (SELECT value FROM json_each(?))';
  await db.batch([
    db.prepare(`DELETE FROM follows WHERE subscription_id ${where}`).bind(list),
    db.prepare(`DELETE FROM deliveries WHERE subscription_id ${where}`).bind(list),
    db.prepare(`DELETE FROM subscriptions WHERE id ${where}`).bind(list),
  ]);
}

/** What a briefing can be followed by: its countries, topics, story and itself. */
export interface Followed {
  briefing: string;
  countries: string[];
  topics: string[];
  story?: string;
  /** Other briefings whose followers are this one's (an original's translations). */
  also?: string[];
}

/** The ids of every subscription that follows any of `f`: one range of the follows index per kind. */
export async function followers(db: D1Database, f: Followed): Promise<number[]> {
  const { results } = await db
    .prepare(
      `SELECT subscription_id AS id FROM follows WHERE kind = 'country' AND name IN (SELECT value FROM json_each(?1))
       UNION SELECT subscription_id FROM follows WHERE kind = 'topic' AND name IN (SELECT value FROM json_each(?2))
       UNION SELECT subscription_id FROM follows WHERE kind = 'story' AND name = ?3
       UNION SELECT subscription_id FROM follows WHERE kind = 'briefing' AND name IN (SELECT value FROM json_each(?4))`,
    )
    .bind(
      JSON.stringify(f.countries),
      JSON.stringify(f.topics),
      f.story ?? null,
      JSON.stringify([f.briefing, ...(f.also ?? [])]),
    )
    .all<{ id: number }>();
  return results.map((r) => r.id);
}
