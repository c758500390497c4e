import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleAlerts } from '../../worker/alerts/consumer';
import type { AlertMessage } from '../../worker/alerts/enqueue';
import type { Alert } from '../../worker/alerts/what-moved';
import { freshIp, send } from './editor-client';
import { sampleInput, seedSample } from './seed';
import { through } from './through-app';
import { TOKEN } from './editor-client';
import { subscriptionKeys } from '../harness/subscription-keys';

// Alerts no subscriber can poison and no story can outgrow, and subscriptions nobody without their
// secret can read, change or probe.

let n = 0;
const endpoint = () => `https://127.0.0.1:1/push/t-${++n}`;
const put = (body: unknown) => send('PUT', '/api/subscriptions', { body, token: null, ip: freshIp() });
const row = (e: string) =>
  env.DB.prepare(
    `SELECT p256dh, auth, (SELECT group_concat(name) FROM follows WHERE subscription_id = s.id) AS follows
     FROM subscriptions s WHERE endpoint = ?`,
  )
    .bind(e)
    .first<{ p256dh: string; auth: string; follows: string }>();

beforeAll(async () => {
  await seedSample();
});

describe('subscribing', () => {
  it('refuses padded or loose base64url keys, each at its path', async () => {
    const k = await subscriptionKeys();
    const res = await put({
      subscription: { endpoint: endpoint(), keys: { p256dh: `${k.p256dh}=`, auth: `${k.auth}==` } },
      follows: { countries: ['ne'] },
      language: 'en',
    });
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(['subscription.keys.p256dh', 'subscription.keys.auth']);
  });

  it('answers the same whether or not the endpoint was subscribed, and changes nothing without its secret', async () => {
    const e = endpoint();
    const mine = await subscriptionKeys();
    const first = await put({
      subscription: { endpoint: e, keys: mine },
      follows: { countries: ['ne'] },
      language: 'en',
    });
    const theirs = await subscriptionKeys();
    const probe = await put({
      subscription: { endpoint: e, keys: theirs },
      follows: { countries: ['ml'] },
      language: 'en',
    });
    const fresh = await put({
      subscription: { endpoint: endpoint(), keys: theirs },
      follows: { countries: ['ml'] },
      language: 'en',
    });
    expect([first.status, probe.status, fresh.status]).toEqual([204, 204, 204]);
    expect(await row(e)).toEqual({ p256dh: mine.p256dh, auth: mine.auth, follows: 'NE' });
    // The owner still holds it: their secret deletes it.
    expect(
      (
        await send('DELETE', '/api/subscriptions', {
          body: { endpoint: e, auth: mine.auth },
          token: null,
          ip: freshIp(),
        })
      ).status,
    ).toBe(204);
    expect(await row(e)).toBeNull();
  });

  it('lets the owner change their follows with their secret', async () => {
    const e = endpoint();
    const mine = await subscriptionKeys();
    await put({ subscription: { endpoint: e, keys: mine }, follows: { countries: ['ne'] }, language: 'en' });
    await put({ subscription: { endpoint: e, keys: mine }, follows: { countries: ['ml'] }, language: 'en' });
    expect((await row(e))!.follows).toBe('ML');
  });
});

const alert = (briefing: string, extra: Partial<Alert> = {}): Alert => ({
  briefing,
  revision: 1,
  kind: 'published',
  title: 'A headline',
  body: { en: 'New briefing', fr: 'Nouvelle analyse' },
  countries: [],
  topics: [],
  ...extra,
});

/** A queue that keeps what the consumer sends it. */
function recordingQueue() {
  const sent: { body: AlertMessage; delaySeconds?: number }[] = [];
  const batches: AlertMessage[][] = [];
  const queue = {
    send: async (body: AlertMessage, o?: { delaySeconds?: number }) =>
      void sent.push({ body, delaySeconds: o?.delaySeconds }),
    sendBatch: async (ms: { body: AlertMessage }[]) => {
      // The queue's own limits: 100 messages, 256 KB a call, each string counted at two bytes a
      // character once it holds any non-Latin-1 text.
      if (ms.length > 100 || JSON.stringify(ms).length * 2 > 256 * 1024) throw new Error('batch too large');
      batches.push(ms.map((m) => m.body));
    },
  };
  return { sent, batches, env: { ...env, ALERTS: queue as unknown as Queue } };
}

async function run(body: AlertMessage, bindings: Env = env) {
  const batch = createMessageBatch<AlertMessage>('briefing-alerts', [
    { id: `m${++n}`, timestamp: new Date(), attempts: 1, body },
  ]);
  await handleAlerts(batch, bindings);
  return getQueueResult(batch, createExecutionContext());
}

/** `count` subscriptions following topic `topic`, straight into D1; `poison` of them with a padded key. */
async function followersOf(topic: string, count: number, poison = 0): Promise<{ ids: number[]; endpoints: string[] }> {
  const k = await subscriptionKeys();
  const rows = Array.from({ length: count }, (_, i) => [
    endpoint(),
    i < poison ? `${k.p256dh.slice(0, -2)}==` : k.p256dh,
    k.auth,
  ]);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO subscriptions (endpoint, p256dh, auth, language, max_per_day, created_at, updated_at)
       SELECT value ->> 0, value ->> 1, value ->> 2, 'en', 20, '', '' FROM json_each(?)`,
    ).bind(JSON.stringify(rows)),
    env.DB.prepare(
      `INSERT INTO follows (kind, name, subscription_id)
       SELECT 'topic', ?, id FROM subscriptions WHERE endpoint IN (SELECT value ->> 0 FROM json_each(?))`,
    ).bind(topic, JSON.stringify(rows)),
  ]);
  const { results } = await env.DB.prepare(
    'SELECT id FROM subscriptions WHERE endpoint IN (SELECT value ->> 0 FROM json_each(?)) ORDER BY id',
  )
    .bind(JSON.stringify(rows))
    .all<{ id: number }>();
  return { ids: results.map((r) => r.id), endpoints: rows.map((r) => r[0]) };
}

afterEach(() => vi.restoreAllMocks());

/** Stands in for the push service: each endpoint answers its `answers` in turn, then 201; the delivered ones are listed. */
function pushService(answers: Map<string, number[]>): string[] {
  const delivered: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const status = answers.get(url)?.shift() ?? 201;
    if (status < 300) delivered.push(url);
    return new Response(null, { status });
  });
  return delivered;
}

describe('sending', () => {
  it('delivers to 99 of a batch of 100 when one subscription’s key is poisoned, and drops that one', async () => {
    const { ids } = await followersOf('poison', 100, 1);
    const delivered = pushService(new Map());
    const q = recordingQueue();
    const result = await run({ type: 'send', alert: alert('poisoned'), ids, attempt: 0 }, q.env);
    expect(result.explicitAcks).toHaveLength(1);
    expect(delivered).toHaveLength(99);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM subscriptions WHERE id = ?').bind(ids[0]).first('n')).toBe(
      0,
    );
  });

  it('retries a 429 and a 503 with back-off beside a poisoned key, sends them on the retry, and removes a 410', async () => {
    const { ids: all, endpoints: every } = await followersOf('retry', 5, 1);
    const [ids, endpoints] = [all.slice(1), every.slice(1)];
    const answers = new Map([
      [endpoints[0], [429, 201]],
      [endpoints[1], [503, 201]],
      [endpoints[2], [410]],
    ]);
    const delivered = pushService(answers);
    const q = recordingQueue();
    await run({ type: 'send', alert: alert('retried'), ids: all, attempt: 0 }, q.env);
    expect(delivered).toEqual([endpoints[3]]);
    expect(q.sent).toEqual([
      { body: expect.objectContaining({ ids: [ids[0], ids[1]], attempt: 1 }), delaySeconds: 10 },
    ]);
    await run(q.sent[0].body, q.env);
    expect(delivered.sort()).toEqual([endpoints[0], endpoints[1], endpoints[3]].sort());
    expect(await env.DB.prepare('SELECT count(*) AS n FROM subscriptions WHERE id = ?').bind(ids[2]).first('n')).toBe(
      0,
    );
  });

  it('sends again what a failed run claimed but never sent, when the queue gives the message again', async () => {
    const { ids, endpoints } = await followersOf('redelivered', 2);
    const answers = new Map([[endpoints[0], [503, 201]]]);
    const delivered = pushService(answers);
    // The queue refuses the retry: the run fails after its claim, and the queue gives it again.
    const down = { ...env, ALERTS: { send: () => Promise.reject(new Error('queue down')) } as unknown as Queue };
    const body: AlertMessage = { type: 'send', alert: alert('redelivered'), ids, attempt: 0 };
    const batch = createMessageBatch<AlertMessage>('briefing-alerts', [
      { id: 'again', timestamp: new Date(), attempts: 1, body },
    ]);
    await handleAlerts(batch, down);
    await expect(getQueueResult(batch, createExecutionContext())).resolves.toMatchObject({
      retryMessages: [{ msgId: 'again' }],
    });
    const second = createMessageBatch<AlertMessage>('briefing-alerts', [
      { id: 'again', timestamp: new Date(), attempts: 2, body },
    ]);
    await handleAlerts(second, recordingQueue().env);
    expect(delivered).toContain(endpoints[0]);
  });

  it('fans one alert with long non-Latin text out to 10,000 followers in batches the queue takes', async () => {
    await followersOf('long-text', 10_000);
    const q = recordingQueue();
    const arabic = 'تحالف النيجر يواجه اختبارا جديدا بعد انسحاب الوزراء من المحادثات ';
    const long = alert('long-text', {
      // A briefing about a region: ten countries and a few topics travel with every send message.
      countries: ['GH', 'CI', 'SN', 'BJ', 'TG', 'GM', 'GW', 'LR', 'SL', 'MR'],
      topics: ['long-text', 'sécurité régionale', 'coopération militaire'],
      title: arabic.repeat(3).slice(0, 140),
      body: { en: arabic.repeat(4).slice(0, 240), fr: arabic.repeat(4).slice(0, 240) },
    });
    const result = await run({ type: 'fan-out', alert: long }, q.env);
    expect(result.explicitAcks).toHaveLength(1);
    expect(q.batches.flat().flatMap((m) => (m.type === 'send' ? m.ids : []))).toHaveLength(10_000);
  });
});

describe('the editor', () => {
  it('is told in the write’s answer when its alert could not be queued', async () => {
    const failing = {
      send: () => Promise.reject(new Error('queue down')),
      sendBatch: () => Promise.reject(new Error('queue down')),
    };
    const res = await through(
      '/api/briefings',
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          'CF-Connecting-IP': freshIp(),
        },
        body: JSON.stringify(sampleInput({ id: 'queue-down' })),
      },
      { ALERTS: failing as unknown as Queue },
    );
    expect([res.status, res.headers.get('Briefing-Alerts')]).toEqual([201, 'failed']);
  });
});
