import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isWellFormed } from '../../model/well-formed';
import { alertFor } from '../../worker/alerts/what-moved';
import { freshIp, get, send } from './editor-client';
import { sampleInput, seedSample } from './seed';

// Every text the worker takes is well-formed, every error is a problem document, and what names
// nothing is a 404 of bounded size.

const paths = async (res: Response) => ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);

describe('well-formed text', () => {
  it('refuses a lone surrogate in a briefing with a 422 naming the field', async () => {
    const raw = JSON.stringify(sampleInput({ id: 'lone-surrogate' })).replace(
      /"headline":"[^"]*"/,
      '"headline":"Niger \\ud800 talks"',
    );
    const res = await send('POST', '/api/briefings', { raw, ip: freshIp() });
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await paths(res)).toEqual(['headline']);
    expect((await get('/api/briefings/lone-surrogate')).status).toBe(404);
  });

  it('refuses one in a subscription too', async () => {
    const raw = '{"subscription":{"endpoint":"https://fcm.googleapis.com/x\\udc00","keys":{}},"language":"en"}';
    const res = await send('PUT', '/api/subscriptions', { raw, token: null, ip: freshIp() });
    expect(res.status).toBe(422);
    expect(await paths(res)).toEqual(['subscription.endpoint']);
  });

  it('cuts push titles between graphemes, never inside an emoji', async () => {
    // 140 characters (code points) a headline may have, 280 UTF-16 units: the push title is cut.
    const briefing = await seedSample({ id: 'emoji-headline', headline: '👍🏽'.repeat(70) });
    const cut = alertFor(null, briefing!)!.title;
    expect(isWellFormed(cut)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(140);
    const segments = [...new Intl.Segmenter().segment(cut)].map((s) => s.segment);
    expect(new Set(segments)).toEqual(new Set(['👍🏽', '…']));
  });
});

describe('every error a problem document', () => {
  it('answers a CSP report whose fields are no strings with 204, never a 500', async () => {
    for (const raw of [
      '{"documentURL":{"toString":1}}',
      '{"body":{"blockedURL":{"toString":1}}}',
      '[{"csp-report":7}]',
    ]) {
      const res = await send('POST', '/csp-reports', {
        raw,
        token: null,
        ip: freshIp(),
        headers: { 'Content-Type': 'application/reports+json' },
      });
      expect([raw, res.status]).toEqual([raw, 204]);
    }
  });

  it('takes no list for an object: DELETE with [] is a 422 and retracts nothing', async () => {
    const created = await seedSample({ id: 'not-a-list' });
    const res = await send('DELETE', '/api/briefings/not-a-list', {
      body: [],
      ifMatch: `"r${created!.revision}"`,
      ip: freshIp(),
    });
    expect(res.status).toBe(422);
    expect(await paths(res)).toEqual(['$']);
    expect(((await (await get('/api/briefings/not-a-list')).json()) as { status: string }).status).toBe('published');
  });
});

describe('what names nothing', () => {
  it('answers 404 for the feeds of a topic or a story that cannot exist or has no briefing', async () => {
    for (const path of [
      '/topics/Not%20A%20Topic!/feed.json',
      '/topics/%01x/feed.atom',
      '/stories/no-such-story/feed.json',
      '/stories/no-such-story/feed.atom',
    ])
      expect([path, (await get(path)).status]).toEqual([path, 404]);
  });

  it('keeps a 404 page small whatever the path asked for', async () => {
    const res = await get(`/${'x'.repeat(8000)}`);
    expect(res.status).toBe(404);
    expect((await res.text()).length).toBeLessThan(20_000);
  });
});

describe('URLs', () => {
  it('stores them as the URL parser writes them', async () => {
    const input = sampleInput({ id: 'normal-urls' });
    input.sources = input.sources.map((s, i) => (i === 0 ? { ...s, url: 'https://EXAMPLE.org:443/a b' } : s));
    const res = await send('POST', '/api/briefings', { body: input, ip: freshIp() });
    expect(res.status).toBe(201);
    const row = await env.DB.prepare(
      "SELECT doc ->> '$.sources[0].url' AS url FROM briefings WHERE id = 'normal-urls'",
    ).first<string>('url');
    expect(row).toBe('https://example.org/a%20b');
  });
});
