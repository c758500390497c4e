import type { AlertPayload } from '../../model/subscription';
import type { AlertMessage } from './enqueue';
import { localClock, isQuiet } from './quiet';
import { encodePayload, push, UNSENDABLE, type Vapid } from './push';
import { recordFanOutFailure, recordFollowers, recordTally } from './runs';
import { deleteSubscriptions, followers } from './subscriptions';
import type { Alert } from './what-moved';

// The alerts queue's consumer. A fan-out job finds who follows the briefing (one indexed query) and
// splits them into send batches; a send batch applies each reader's cap and quiet hours, claims the
// revision for them (so it is never sent twice), sends, and re-queues only those the push service
// asked to come back later.

/** Subscriptions per send message. */
export const SEND_BATCH = 100;
/**
 * What one sendBatch call may carry: the queue refuses a call over 256 KB or 100 messages. Measured
 * as the queue serialises a message (V8's structured clone: a string is one byte a character while
 * it is all Latin-1, two bytes a character once it holds any other), with room for its envelope.
 */
export const BATCH_BYTES = 192 * 1024;
const ENVELOPE_BYTES = 256;
/** Retries after a 429, a 5xx or no answer, each after twice the delay of the one before. */
export const MAX_RETRIES = 5;
/** wrangler.toml's `max_retries` for the queue: a message whose work threw this many times more is dropped. */
export const QUEUE_RETRIES = 5;
const TTL_SECONDS = 86_400;

interface Row {
  id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
  language: 'en' | 'fr';
  max_per_day: number;
  quiet_from: string | null;
  quiet_to: string | null;
  time_zone: string | null;
  cap_day: string;
  sent_today: number;
  sent: number | null;
}

const chunks = <T>(xs: T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** The bytes a message takes in the queue, as it serialises it (see BATCH_BYTES). */
export function queuedBytes(body: AlertMessage): number {
  const json = JSON.stringify(body);
  return ENVELOPE_BYTES + (/[\u0100-\uffff]/.test(json) ? 2 : 1) * json.length;
}

/** Messages grouped for sendBatch: each group at most 100 messages and BATCH_BYTES. */
export function sendGroups<T extends AlertMessage>(bodies: T[]): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const body of bodies) {
    const size = queuedBytes(body);
    if (group.length && (group.length === 100 || bytes + size > BATCH_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(body);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

async function fanOut(env: Env, alert: Alert, now: Date): Promise<void> {
  // A follower of the original and of its translation is one reader: followers() answers each once.
  const also = (alert.translations ?? []).map((t) => t.id);
  const ids = await followers(env.DB, { ...alert, also });
  await recordFollowers(env.DB, alert.briefing, alert.revision, ids.length, now);
  const bodies = chunks(ids, SEND_BATCH).map((part) => ({ type: 'send', alert, ids: part, attempt: 0 }) as const);
  for (const group of sendGroups(bodies)) await env.ALERTS.sendBatch(group.map((body) => ({ body })));
}

async function load(db: D1Database, alert: Alert, ids: number[]): Promise<Row[]> {
  const { results } = await db
    .prepare(
      `SELECT s.*, d.revision AS sent FROM subscriptions s
       LEFT JOIN deliveries d ON d.subscription_id = s.id AND d.briefing_id = ?1
       WHERE s.id IN (SELECT value FROM json_each(?2))`,
    )
    .bind(alert.briefing, JSON.stringify(ids))
    .all<Row>();
  return results;
}

/**
 * Takes the revision for those it is due to, and one of their day's alerts. Each step is one
 * statement, which D1 runs whole, so batches sending at once can neither send a revision twice nor
 * overrun a cap between them.
 */
async function claim(db: D1Database, alert: Alert, rows: Row[], now: Date): Promise<Row[]> {
  const clocks = new Map(rows.map((r) => [r.id, localClock(r.time_zone, now)]));
  const due = rows.filter((r) => {
    if (r.sent !== null && r.sent >= alert.revision) return false;
    return !isQuiet(clocks.get(r.id)!.time, r.quiet_from, r.quiet_to);
  });
  if (!due.length) return [];
  const claimed = await db
    .prepare(
      `INSERT INTO deliveries (subscription_id, briefing_id, revision)
       SELECT value, ?1, ?2 FROM json_each(?3) WHERE true
       ON CONFLICT (subscription_id, briefing_id) DO UPDATE SET revision = excluded.revision
         WHERE excluded.revision > deliveries.revision
       RETURNING subscription_id AS id`,
    )
    .bind(alert.briefing, alert.revision, JSON.stringify(due.map((r) => r.id)))
    .all<{ id: number }>();
  if (!claimed.results.length) return [];
  const days = claimed.results.map(({ id }) => ({ id, day: clocks.get(id)!.day }));
  const counted = await db
    .prepare(
      `UPDATE subscriptions SET
         sent_today = CASE WHEN cap_day = j.value ->> 'day' THEN sent_today + 1 ELSE 1 END,
         cap_day = j.value ->> 'day'
       FROM json_each(?1) AS j
       WHERE subscriptions.id = j.value ->> 'id' AND (cap_day <> j.value ->> 'day' OR sent_today < max_per_day)
       RETURNING subscriptions.id AS id`,
    )
    .bind(JSON.stringify(days))
    .all<{ id: number }>();
  const mine = new Set(counted.results.map((r) => r.id));
  return due.filter((r) => mine.has(r.id));
}

/** The RFC 8030 Topic: the briefing's id when it fits in 32 base64url characters, else its hash. */
async function topicOf(id: string): Promise<string> {
  if (id.length <= 32) return id;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id)));
  return btoa(String.fromCharCode(...hash))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .slice(0, 32);
}

function payloadFor(alert: Alert, language: 'en' | 'fr'): AlertPayload {
  // The version in the reader's language, when the original has one.
  const version = alert.translations?.find((t) => t.language.split('-')[0].toLowerCase() === language);
  const id = version?.id ?? alert.briefing;
  return {
    v: 1,
    kind: alert.kind,
    briefing: id,
    url: `/briefings/${id}`,
    revision: version?.revision ?? alert.revision,
    title: version?.title ?? alert.title,
    body: alert.body[language],
  };
}

/**
 * Sends one batch. `redelivered` is a message the queue gives again because its first run failed
 * part-way: the subscriptions it had claimed may not have been sent, so they are sent now (a reader
 * may get the alert twice, with the same Topic, rather than never).
 */
async function send(
  env: Env,
  vapid: Vapid,
  m: Extract<AlertMessage, { type: 'send' }>,
  now: Date,
  redelivered: boolean,
): Promise<void> {
  const { alert } = m;
  // Everything that could throw comes before the claim: a failure then leaves nothing claimed.
  const plaintext = { en: encodePayload(payloadFor(alert, 'en')), fr: encodePayload(payloadFor(alert, 'fr')) };
  const headers = {
    ttl: TTL_SECONDS,
    urgency: alert.kind === 'retracted' ? 'high' : 'normal',
    topic: await topicOf(alert.briefing),
  } as const;
  const rows = await load(env.DB, alert, m.ids);
  // A retry was claimed by its first try; only the first try claims.
  let targets = rows;
  if (m.attempt === 0) {
    const claimedBefore = redelivered ? rows.filter((r) => r.sent === alert.revision) : [];
    targets = [...claimedBefore, ...(await claim(env.DB, alert, rows, now))];
  }
  const statuses = await Promise.all(targets.map((r) => push(r, plaintext[r.language], vapid, headers)));
  const gone: number[] = [];
  const again: number[] = [];
  const tally = { sent: 0, failed: 0, gone: 0, skipped: m.attempt === 0 ? m.ids.length - targets.length : 0 };
  let error: string | undefined;
  statuses.forEach((status, i) => {
    if (status >= 200 && status < 300) tally.sent++;
    else if (status === 404 || status === 410 || status === UNSENDABLE) gone.push(targets[i].id);
    else if (status === 0 || status === 429 || status >= 500) again.push(targets[i].id);
    else {
      console.warn('alerts: push service refused', status, new URL(targets[i].endpoint).origin);
      tally.failed++;
      error = `a push service refused it (${status})`;
    }
  });
  tally.gone = gone.length;
  await deleteSubscriptions(env.DB, gone);
  if (again.length && m.attempt >= MAX_RETRIES) {
    console.warn(`alerts: gave up on ${again.length} after ${MAX_RETRIES} retries`, alert.briefing, alert.revision);
    tally.failed += again.length;
    const status = statuses[targets.findIndex((t) => t.id === again[0])];
    error = status
      ? `a push service answered ${status} ${MAX_RETRIES + 1} times`
      : 'a push service could not be reached';
  } else if (again.length) {
    const delaySeconds = Number(env.ALERT_RETRY_SECONDS ?? 10) * 2 ** m.attempt;
    await env.ALERTS.send({ ...m, ids: again, attempt: m.attempt + 1 } satisfies AlertMessage, { delaySeconds });
  }
  // Last: a batch that threw before this is given again, and counted then.
  await recordTally(env.DB, alert.briefing, alert.revision, { ...tally, error }, now);
}

/** The queue handler: each message once; a message whose work throws is retried by the queue. */
export async function handleAlerts(batch: MessageBatch<AlertMessage>, env: Env): Promise<void> {
  const vapid: Vapid = {
    subject: env.VAPID_SUBJECT,
    publicKey: env.VAPID_PUBLIC_KEY,
    privateKey: env.VAPID_PRIVATE_KEY,
  };
  const now = new Date();
  await Promise.all(
    batch.messages.map(async (message) => {
      const m = message.body;
      try {
        await (m.type === 'fan-out' ? fanOut(env, m.alert, now) : send(env, vapid, m, now, message.attempts > 1));
        message.ack();
      } catch (e) {
        console.error('alerts:', e);
        message.retry();
        // The newsroom sees what failed; on the queue's last try, that the alert (or these followers) gave up.
        const final = message.attempts > QUEUE_RETRIES;
        const { briefing, revision } = m.alert;
        if (m.type === 'fan-out') await recordFanOutFailure(env.DB, briefing, revision, String(e), final, now);
        else if (final) await recordTally(env.DB, briefing, revision, { failed: m.ids.length, error: String(e) }, now);
      }
    }),
  );
}
