import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointProblem } from '../../worker/alerts/endpoint';
import { followers } from '../../worker/alerts/subscriptions';
import { freshIp, get, send } from './editor-client';
import { seedSample } from './seed';
import { b64, subscriptionKeys } from '../harness/subscription-keys';
import { burstTimeout, withinOneMinute } from './clock-minute';

let n = 0;
async function body(overrides: Record<string, unknown> = {}) {
  return {
    subscription: { endpoint: `https://fcm.googleapis.com/fcm/send/phone-${++n}`, keys: await subscriptionKeys() },
    follows: { countries: ['ne'] },
    language: 'en',
    ...overrides,
  };
}
const put = (b: unknown, ip = freshIp()) => send('PUT', '/api/subscriptions', { body: b, token: null, ip });
const errors = async (res: Response) =>
  ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);

beforeAll(async () => {
  await seedSample();
  await seedSample({ id: 'coalition-writes', story: 'bazoum-detention' });
});

describe('GET /api/push/key', () => {
  it('gives the VAPID public key phones subscribe with', async () => {
    const res = await get('/api/push/key');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ publicKey: env.VAPID_PUBLIC_KEY });
  });
});

describe('PUT /api/subscriptions', () => {
  it('creates a subscription, then replaces it by endpoint (204 both times)', async () => {
    const b = await body();
    expect((await put(b)).status).toBe(204);
    expect((await put({ ...b, follows: { countries: ['ML'] }, maxPerDay: 5 })).status).toBe(204);
    const row = await env.DB.prepare('SELECT max_per_day FROM subscriptions WHERE endpoint = ?')
      .bind(b.subscription.endpoint)
      .first<number>('max_per_day');
    expect(row).toBe(5);
  });

  it('files follows so that "who follows NE" is one indexed query', async () => {
    const b = await body({ follows: { countries: ['NE'], topics: [], briefings: ['niger-bazoum-coalition'] } });
    await put(b);
    const plan = await env.DB.prepare(
      "EXPLAIN QUERY PLAN SELECT subscription_id FROM follows WHERE kind = 'country' AND name = 'NE'",
    ).all<{ detail: string }>();
    expect(plan.results.map((r) => r.detail).join()).toMatch(/SEARCH follows USING (COVERING |PRIMARY )?(INDEX|KEY)/);
    const id = await env.DB.prepare('SELECT id FROM subscriptions WHERE endpoint = ?')
      .bind(b.subscription.endpoint)
      .first<number>('id');
    const ids = await followers(env.DB, { briefing: 'other', countries: ['NE'], topics: [] });
    expect(ids).toContain(id);
    expect(await followers(env.DB, { briefing: 'other', countries: ['ML'], topics: [] })).not.toContain(id);
  });

  it('refuses an endpoint that is no known push service, at subscription.endpoint', async () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/x',
      'https://evil.example/push',
      'not a url',
      'https://fcm.googleapis.com.evil.example/x',
    ])
      expect(
        await errors(await put(await body({ subscription: { endpoint, keys: await subscriptionKeys() } }))),
      ).toEqual(['subscription.endpoint']);
  });

  it('accepts https on loopback only where the server allows it (npm start, tests), never when deployed', () => {
    expect(endpointProblem('https://127.0.0.1:9999/push/1', true)).toBeNull();
    expect(endpointProblem('https://127.0.0.1:9999/push/1', false)).toMatch(/push service/);
    expect(endpointProblem('https://web.push.apple.com/abc', false)).toBeNull();
    expect(endpointProblem('https://updates.push.services.mozilla.com/wpush/v2/abc', false)).toBeNull();
    expect(endpointProblem('https://wns2-par02p.notify.windows.com/w/?token=abc', false)).toBeNull();
  });

  it('refuses keys that are no P-256 point or no 16-byte secret, each at its path', async () => {
    const notOnCurve = b64(new Uint8Array([4, ...new Uint8Array(64).fill(7)]));
    const res = await put(
      await body({
        subscription: {
          endpoint: 'https://fcm.googleapis.com/fcm/send/k',
          keys: { p256dh: notOnCurve, auth: 'c2hvcnQ' },
        },
      }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await errors(res)).toEqual(['subscription.keys.auth']);
    const onlyPoint = await put(
      await body({
        subscription: {
          endpoint: 'https://fcm.googleapis.com/fcm/send/k',
          keys: { p256dh: notOnCurve, auth: b64(new Uint8Array(16)) },
        },
      }),
    );
    expect(await errors(onlyPoint)).toEqual(['subscription.keys.p256dh']);
  });

  it('refuses follows of unknown countries, topics, stories and briefings, each at its path', async () => {
    const res = await put(
      await body({ follows: { countries: ['NE', 'XX'], topics: ['coups', 'no-such-topic'], briefings: ['nope'] } }),
    );
    expect(res.status).toBe(422);
    expect(await errors(res)).toEqual(['follows.countries[1]']);
    const known = await put(
      await body({ follows: { topics: ['no-such-topic'], stories: ['no-such-story'], briefings: ['nope'] } }),
    );
    expect(await errors(known)).toEqual(['follows.topics[0]', 'follows.stories[0]', 'follows.briefings[0]']);
    // A story some briefing carries can be followed.
    expect((await put(await body({ follows: { stories: ['bazoum-detention'] } }))).status).toBe(204);
    expect(await errors(await put(await body({ follows: {} })))).toEqual(['follows']);
  });

  it('refuses bad languages, caps, quiet hours, too many follows and unknown fields, with paths', async () => {
    const res = await put(
      await body({
        language: 'de',
        maxPerDay: 50,
        quietHours: { from: '25:00', to: '07:00', timeZone: 'Mars/Olympus' },
        follows: { countries: Array(51).fill('NE') },
        extra: 1,
      }),
    );
    expect(res.status).toBe(422);
    expect((await errors(res)).sort()).toEqual(
      ['extra', 'follows.countries', 'language', 'maxPerDay', 'quietHours.from', 'quietHours.timeZone'].sort(),
    );
  });

  it('answers bad JSON with 400 and another content type with 415, never 500', async () => {
    expect((await send('PUT', '/api/subscriptions', { raw: '{', token: null, ip: freshIp() })).status).toBe(400);
    const wrongType = await send('PUT', '/api/subscriptions', {
      raw: '{}',
      token: null,
      ip: freshIp(),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
  });

  it(
    'limits how often one address writes subscriptions (429 with Retry-After)',
    async () => {
      const ip = freshIp();
      const b = await body();
      const statuses: number[] = [];
      await withinOneMinute(10);
      for (let i = 0; i < 32; i++) statuses.push((await put(b, ip)).status);
      expect(statuses).toContain(429);
    },
    burstTimeout(10),
  );
});

describe('DELETE /api/subscriptions', () => {
  it('deletes a subscription only with its own secret, and answers 204 either way', async () => {
    const b = await body();
    await put(b);
    const { endpoint } = b.subscription;
    const count = () =>
      env.DB.prepare('SELECT COUNT(*) AS n FROM subscriptions WHERE endpoint = ?').bind(endpoint).first<number>('n');
    const del = (auth: string) =>
      send('DELETE', '/api/subscriptions', { body: { endpoint, auth }, token: null, ip: freshIp() });
    expect((await del(b64(new Uint8Array(16)))).status).toBe(204);
    expect(await count()).toBe(1);
    expect((await del(b.subscription.keys.auth)).status).toBe(204);
    expect(await count()).toBe(0);
    const followsLeft = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM follows WHERE subscription_id NOT IN (SELECT id FROM subscriptions)',
    ).first<number>('n');
    expect(followsLeft).toBe(0);
  });

  it('refuses a body without the secret, at its path', async () => {
    const res = await send('DELETE', '/api/subscriptions', {
      body: { endpoint: 'https://fcm.googleapis.com/x' },
      token: null,
      ip: freshIp(),
    });
    expect(res.status).toBe(422);
    expect(await errors(res)).toEqual(['auth']);
  });
});
