import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { handleAlerts } from '../../worker/alerts/consumer';
import type { AlertMessage } from '../../worker/alerts/enqueue';
import type { Alert } from '../../worker/alerts/what-moved';
import { freshIp, send } from './editor-client';
import { subscriptionKeys } from '../harness/subscription-keys';

// The consumer's bookkeeping in workerd against local D1: what it claims, counts and skips. The push
// service here is vitest.config.ts's stand-in, which takes every message; what the messages say and
// how push services answer is tested end to end in test/browser/alerts-delivery.test.ts.

let n = 0;
async function subscriber(extra: Record<string, unknown> = {}): Promise<number> {
  const endpoint = `https://127.0.0.1:1/push/q-${++n}`;
  const keys = await subscriptionKeys();
  const res = await send('PUT', '/api/subscriptions', {
    body: { subscription: { endpoint, keys }, follows: { countries: ['NE'] }, language: 'en', ...extra },
    token: null,
    ip: freshIp(),
  });
  expect(res.status).toBe(204);
  return (await env.DB.prepare('SELECT id FROM subscriptions WHERE endpoint = ?').bind(endpoint).first<number>('id'))!;
}

const alert = (briefing: string, revision: number): Alert => ({
  briefing,
  revision,
  kind: 'published',
  title: 'A headline',
  body: { en: 'New briefing', fr: 'Nouvelle analyse' },
  countries: ['NE'],
  topics: [],
});

async function run(body: AlertMessage) {
  const batch = createMessageBatch<AlertMessage>('briefing-alerts', [
    { id: `m${++n}`, timestamp: new Date(), attempts: 1, body },
  ]);
  const ctx = createExecutionContext();
  await handleAlerts(batch, env);
  return getQueueResult(batch, ctx);
}

const state = (id: number) =>
  env.DB.prepare(
    `SELECT s.sent_today, (SELECT json_group_object(briefing_id, revision) FROM deliveries WHERE subscription_id = s.id) AS sent
     FROM subscriptions s WHERE s.id = ?`,
  )
    .bind(id)
    .first<{ sent_today: number; sent: string }>();

describe('the alerts consumer', () => {
  it('claims a revision once per reader: the same revision again, or an older one, is not sent', async () => {
    const id = await subscriber();
    expect((await run({ type: 'send', alert: alert('q-one', 2), ids: [id], attempt: 0 })).explicitAcks).toHaveLength(1);
    expect(await state(id)).toEqual({ sent_today: 1, sent: '{"q-one":2}' });
    await run({ type: 'send', alert: alert('q-one', 2), ids: [id], attempt: 0 });
    await run({ type: 'send', alert: alert('q-one', 1), ids: [id], attempt: 0 });
    expect(await state(id)).toEqual({ sent_today: 1, sent: '{"q-one":2}' });
  });

  it('stops at the reader’s daily cap', async () => {
    const id = await subscriber({ maxPerDay: 2 });
    for (const b of ['q-a', 'q-b', 'q-c']) await run({ type: 'send', alert: alert(b, 1), ids: [id], attempt: 0 });
    expect((await state(id))!.sent_today).toBe(2);
  });

  it('sends nothing in quiet hours, and saves nothing up for later', async () => {
    const hhmm = (ms: number) => new Date(Date.now() + ms).toISOString().slice(11, 16);
    const id = await subscriber({ quietHours: { from: hhmm(-3600_000), to: hhmm(3600_000), timeZone: 'UTC' } });
    await run({ type: 'send', alert: alert('q-quiet', 1), ids: [id], attempt: 0 });
    expect(await state(id)).toEqual({ sent_today: 0, sent: '{}' });
  });

  it('turns a fan-out job into send batches for every follower and acknowledges it', async () => {
    await subscriber();
    const result = await run({ type: 'fan-out', alert: alert('q-fan', 1) });
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
  });
});
