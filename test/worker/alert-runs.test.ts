import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AlertRun } from '../../model/alert-run';
import { handleAlerts, QUEUE_RETRIES } from '../../worker/alerts/consumer';
import type { AlertMessage } from '../../worker/alerts/enqueue';
import { recordQueued } from '../../worker/alerts/runs';
import type { Alert } from '../../worker/alerts/what-moved';
import { LOCAL_EDITOR } from '../../worker/store/editors';
import { freshIp, get, send } from './editor-client';
import { sampleInput, seedSample } from './seed';
import { subscriptionKeys } from '../harness/subscription-keys';

// What became of an alert, as the newsroom sees it: GET /api/alerts and a line on the briefing's row of
// the web editor's list. The queue is driven by hand here (createMessageBatch), with a queue binding
// that fails where a test needs the fan-out to fail; the push service is vitest.config.ts's stand-in.

let n = 0;
/** A subscription following `country`, written as the API writes it; `poisoned` gives it a padded key. */
async function follower(country: string, poisoned = false): Promise<void> {
  const { p256dh, auth } = await subscriptionKeys();
  const at = new Date().toISOString();
  const { meta } = await env.DB.prepare(
    `INSERT INTO subscriptions (endpoint, p256dh, auth, language, max_per_day, created_at, updated_at)
     VALUES (?, ?, ?, 'en', 5, ?, ?)`,
  )
    .bind(`https://127.0.0.1:1/push/runs-${++n}`, poisoned ? `${p256dh.slice(0, -2)}==` : p256dh, auth, at, at)
    .run();
  await env.DB.prepare(`INSERT INTO follows (kind, name, subscription_id) VALUES ('country', ?, ?)`)
    .bind(country, meta.last_row_id)
    .run();
}

const alertOf = (briefing: string, country: string): Alert => ({
  briefing,
  revision: 1,
  kind: 'published',
  title: 'A headline',
  body: { en: 'New briefing', fr: 'Nouvelle analyse' },
  countries: [country],
  topics: [],
});

/** The queue's messages as a consumer is given them, `attempts` times tried; what it acknowledged and retried. */
async function consume(bodies: AlertMessage[], queueEnv: Env = env, attempts = 1) {
  const batch = createMessageBatch<AlertMessage>(
    'briefing-alerts',
    bodies.map((body) => ({ id: `m${++n}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await handleAlerts(batch, queueEnv);
  return getQueueResult(batch, ctx);
}

/** A queue binding that keeps what is sent to it (or refuses everything, with `fail`). */
function queue(fail?: string) {
  const sent: AlertMessage[] = [];
  const refuse = () => Promise.reject(new Error(fail));
  const binding = {
    send: fail ? refuse : async (body: AlertMessage) => void sent.push(body),
    sendBatch: fail ? refuse : async (batch: { body: AlertMessage }[]) => void sent.push(...batch.map((m) => m.body)),
  };
  return { sent, env: { ...env, ALERTS: binding as unknown as Queue } as Env };
}

const runsOf = async (briefing: string) => {
  const res = await send('GET', `/api/alerts?briefing=${briefing}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { alerts: AlertRun[] }).alerts;
};

/** The web editor's list as a signed-in editor sees it, in `lang`; the line under `briefing`'s row. */
async function listLine(briefing: string, lang = 'en'): Promise<string> {
  const signIn = await get(
    '/dev/sign-in',
    { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://briefing.test' },
    { method: 'POST', body: new URLSearchParams({ email: LOCAL_EDITOR.email }).toString(), redirect: 'manual' },
  );
  const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0];
  const html = await (await get('/editor', { Cookie: cookie, Accept: 'text/html', 'Accept-Language': lang })).text();
  const row = html.split('<li').find((li) => li.includes(`href="/editor/briefings/${briefing}"`)) ?? '';
  return (row.match(/<p class="meta[^"]*"[^>]*>([^<]*)<\/p>\s*<\/li>/) ?? [])[1] ?? row;
}

describe('what became of an alert, for the newsroom', () => {
  it('records the alert a write queues, which the write’s answer names', async () => {
    const res = await send('POST', '/api/briefings', { body: sampleInput({ id: 'runs-written' }), ip: freshIp() });
    expect(res.status).toBe(201);
    expect(res.headers.get('Briefing-Alerts')).toBe('queued');
    const [run] = await runsOf('runs-written');
    expect(run).toMatchObject({ briefing: 'runs-written', revision: 1 });
    expect(Date.parse(run.queuedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('shows a fan-out that fails as failed: retried first, then given up, with its error', async () => {
    await seedSample({ id: 'runs-failing' });
    await follower('ML');
    const alert = alertOf('runs-failing', 'ML');
    await recordQueued(env.DB, alert.briefing, alert.revision, new Date());
    const broken = queue('the queue is unavailable');

    const first = await consume([{ type: 'fan-out', alert }], broken.env);
    expect(first.retryMessages).toHaveLength(1);
    expect(await listLine('runs-failing')).toBe('Alert delayed, trying again: Error: the queue is unavailable');

    await consume([{ type: 'fan-out', alert }], broken.env, QUEUE_RETRIES + 1);
    const [run] = await runsOf('runs-failing');
    expect(run).toMatchObject({ followers: 1, sent: 0, lastError: 'Error: the queue is unavailable' });
    expect(run.finishedAt).not.toBeNull();
    expect(await listLine('runs-failing')).toBe('Alert not sent: Error: the queue is unavailable');
    expect(await listLine('runs-failing', 'fr')).toBe('Alerte non envoyée\u202f: Error: the queue is unavailable');
  });

  it('counts each follower: sent, and gone when a key cannot be encrypted for', async () => {
    await seedSample({ id: 'runs-counted' });
    for (let i = 0; i < 3; i++) await follower('TD');
    await follower('TD', true);
    const alert = alertOf('runs-counted', 'TD');
    await recordQueued(env.DB, alert.briefing, alert.revision, new Date());
    const q = queue();
    expect((await consume([{ type: 'fan-out', alert }], q.env)).explicitAcks).toHaveLength(1);
    expect(await listLine('runs-counted')).toBe('Alert sending: 0 of 4 followers so far');
    await consume(q.sent);
    const [run] = await runsOf('runs-counted');
    expect(run).toMatchObject({ followers: 4, sent: 3, gone: 1, failed: 0, skipped: 0 });
    expect(run.finishedAt).not.toBeNull();
    expect(await listLine('runs-counted')).toBe('Alert sent to 3 of 4 followers · 1 no longer subscribed');
    expect(await listLine('runs-counted', 'fr')).toBe('Alerte envoyée à 3 abonnés sur 4 · 1 désabonné');
  });

  it('is the newsroom’s to read: no token, no list', async () => {
    expect((await send('GET', '/api/alerts', { token: null })).status).toBe(401);
  });
});
