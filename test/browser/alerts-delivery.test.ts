import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { Briefing, BriefingInput } from '../../model/types';
import { DevServer } from '../harness/dev-server';
import { PushService } from '../harness/push-service';
import { TEST_TOKEN } from '../harness/token';

// Alerts end to end: a real wrangler dev, its local queue, and a push service on loopback that checks
// each message's VAPID signature and decrypts it (test/harness/push-service.ts).

let server: DevServer;
let push: PushService;
const TOPICS = ['outlook-moves', 'capped', 'gone', 'busy', 'twice'];

beforeAll(async () => {
  push = new PushService();
  server = new DevServer().prepare();
  await push.start(''); // the key is known once the server answers
  await server.start({ vars: { ALERT_RETRY_SECONDS: '0' }, env: { NODE_EXTRA_CA_CERTS: push.certPath } });
  const { publicKey } = (await (await fetch(`${server.url}/api/push/key`)).json()) as { publicKey: string };
  await push.stop();
  await push.start(publicKey);
  // Topics readers can follow: each in the vocabulary, and some briefing must carry each first (about
  // Chad, which nobody here follows).
  for (const t of TOPICS) {
    const named = await editor('PUT', `/api/topics/${t}`, { label: { en: t, fr: t }, aliases: [] });
    expect(named.ok).toBe(true);
    await publish(briefing(`about-${t}`, ['TD'], [t]));
  }
  await settle();
});
afterAll(async () => {
  await server?.stop();
  await push?.stop();
});

const editor = (method: string, path: string, body?: unknown, ifMatch?: string) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${TEST_TOKEN}`,
      'Content-Type': 'application/json',
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The sample as a new briefing `id` about `countries`, tagged `topics`. */
const briefing = (id: string, countries: string[], topics: string[]): BriefingInput => ({
  ...structuredClone(sample as BriefingInput),
  id,
  headline: `Headline of ${id}`,
  geo: { countries },
  topics,
});
const publish = async (b: BriefingInput) => {
  const res = await editor('POST', '/api/briefings', b);
  expect(res.status).toBe(201);
  return (await res.json()) as Briefing;
};
async function subscribe(name: string, extra: Record<string, unknown>, answers: number[] = []) {
  const subscription = push.subscribe(name, answers);
  const res = await fetch(`${server.url}/api/subscriptions`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subscription, language: 'en', ...extra }),
  });
  expect(res.status).toBe(204);
  return subscription;
}
const settle = () => new Promise((r) => setTimeout(r, 3000));
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

describe('alerts through the queue to a push service', () => {
  it('brings a published Niger briefing to a Niger follower, in their language, and not to a Mali follower', async () => {
    await subscribe('niger-en', { follows: { countries: ['ne'] } });
    await subscribe('niger-fr', { follows: { countries: ['NE'] }, language: 'fr' });
    await subscribe('mali', { follows: { countries: ['ML'] } });
    const b = await publish(briefing('niger-news', ['NE'], ['sahel']));
    expect(await push.until(() => push.delivered('niger-en').length > 0 && push.delivered('niger-fr').length > 0)).toBe(
      true,
    );
    expect(push.delivered('niger-en')).toEqual([
      {
        v: 1,
        kind: 'published',
        briefing: 'niger-news',
        url: '/briefings/niger-news',
        revision: 1,
        title: 'Headline of niger-news',
        body: `New briefing: ${b.standfirst}`,
      },
    ]);
    expect(push.delivered('niger-fr')[0].body).toBe(`Nouvelle analyse\u202f: ${b.standfirst}`);
    const seen = push.requests('niger-en')[0];
    expect(seen.headers).toEqual({
      ttl: '86400',
      urgency: 'normal',
      topic: 'niger-news',
      'content-encoding': 'aes128gcm',
    });
    await settle();
    expect(push.requests('mali')).toEqual([]);
  });

  it('says what moved in the outlook, then the retraction, to the briefing’s followers', async () => {
    const t = 'outlook-moves';
    await subscribe('outlook', { follows: { topics: [t] } });
    const b = await publish(briefing('moving-outlook', ['TD'], [t]));
    expect(await push.until(() => push.delivered('outlook').length === 1)).toBe(true);
    const next = structuredClone(b) as BriefingInput;
    next.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'likely' };
    expect((await editor('PUT', '/api/briefings/moving-outlook', next, '"r1"')).status).toBe(200);
    expect(await push.until(() => push.delivered('outlook').length === 2)).toBe(true);
    const title = next.whatComesNext!.scenarios[0].title;
    expect(push.delivered('outlook')[1]).toMatchObject({
      kind: 'outlook',
      revision: 2,
      body: `“${title}” is now Likely (55–80%)`,
    });
    // An edit that moves nothing a reader follows it for sends nothing.
    expect(
      (await editor('PUT', '/api/briefings/moving-outlook', { ...next, lede: 'A new opening.' }, '"r2"')).status,
    ).toBe(200);
    expect(
      (await editor('DELETE', '/api/briefings/moving-outlook', { reason: 'The source withdrew it.' }, '"r3"')).status,
    ).toBe(200);
    expect(await push.until(() => push.delivered('outlook').length === 3)).toBe(true);
    expect(push.delivered('outlook').map((p) => p.kind)).toEqual(['published', 'outlook', 'retracted']);
    expect(push.delivered('outlook')[2]).toMatchObject({
      kind: 'retracted',
      revision: 4,
      body: 'Retracted: The source withdrew it.',
    });
    expect(push.requests('outlook')[2].headers.urgency).toBe('high');
  });

  it('keeps to each reader’s daily cap and sends nothing in their quiet hours', async () => {
    const t = 'capped';
    await subscribe('cap-1', { follows: { topics: [t] }, maxPerDay: 1 });
    const now = new Date();
    await subscribe('quiet', {
      follows: { topics: [t] },
      quietHours: {
        from: hhmm(new Date(now.getTime() - 3600_000)),
        to: hhmm(new Date(now.getTime() + 3600_000)),
        timeZone: 'UTC',
      },
    });
    await subscribe('cap-3', { follows: { topics: [t] } });
    for (const id of ['capped-1', 'capped-2', 'capped-3', 'capped-4']) await publish(briefing(id, ['TD'], [t]));
    expect(await push.until(() => push.delivered('cap-3').length >= 3)).toBe(true);
    await settle();
    expect(push.delivered('cap-3')).toHaveLength(3);
    expect(push.delivered('cap-1')).toHaveLength(1);
    expect(push.requests('quiet')).toEqual([]);
  });

  it('deletes a subscription the push service says is gone (410)', async () => {
    const t = 'gone';
    await subscribe('gone', { follows: { topics: [t] } }, [410]);
    await publish(briefing('gone-1', ['TD'], [t]));
    expect(await push.until(() => push.requests('gone').length === 1)).toBe(true);
    await settle();
    // It was deleted: the next briefing it followed is not sent to it.
    await publish(briefing('gone-2', ['TD'], [t]));
    await settle();
    expect(push.requests('gone')).toHaveLength(1);
  });

  it('retries a 429 until it is taken, and gives up after 5 retries', async () => {
    const t = 'busy';
    await subscribe('busy-once', { follows: { topics: [t] } }, [429, 503]);
    await subscribe('busy-always', { follows: { topics: [t] } }, Array(10).fill(429));
    await publish(briefing('busy-1', ['TD'], [t]));
    expect(await push.until(() => push.delivered('busy-once').length === 1)).toBe(true);
    expect(push.requests('busy-once').map((r) => r.status)).toEqual([429, 503, 201]);
    expect(await push.until(() => push.requests('busy-always').length >= 6)).toBe(true);
    await settle();
    expect(push.requests('busy-always').map((r) => r.status)).toEqual(Array(6).fill(429));
  });

  it('never sends the same revision twice, even to a reader who follows it several ways', async () => {
    const t = 'twice';
    await subscribe('twice', { follows: { countries: ['BF'], topics: [t] } });
    const b = await publish(briefing('twice-1', ['BF'], [t]));
    expect(await push.until(() => push.delivered('twice').length >= 1)).toBe(true);
    // Sending back what is already there makes no revision, so no alert.
    expect((await editor('PUT', '/api/briefings/twice-1', b, '"r1"')).status).toBe(200);
    await settle();
    expect(push.delivered('twice').map((p) => `${p.briefing} r${p.revision}`)).toEqual(['twice-1 r1']);
    const sent = push.received
      .filter((r) => r.status === 201)
      .map((r) => `${r.name} ${r.payload!.briefing} ${r.payload!.revision}`);
    expect(new Set(sent).size).toBe(sent.length);
    expect(push.received.filter((r) => r.error)).toEqual([]);
  });
});
