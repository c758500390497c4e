import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/app';
import type { BriefingIndex, Feed } from '../../model/types';
import { validateBriefing } from '../../model/validate';
import { get } from './editor-client';
import { seedSample } from './seed';

beforeAll(async () => {
  // 23 briefings, one a minute apart, so the feed has a second page.
  for (let i = 0; i < 22; i++)
    await seedSample({ id: `filler-${String(i).padStart(2, '0')}` }, new Date(Date.UTC(2026, 0, 1, 0, i)));
  await seedSample({}, new Date(Date.UTC(2026, 1, 1)));
});

describe('GET /feed.json', () => {
  it('is a JSON Feed 1.1 with the _briefing extension, newest first, 20 to a page', async () => {
    const res = await get('/feed.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
    const feed = await res.json<Feed>();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed._briefing).toMatchObject({ about: 'https://briefing.test/about/format', schemaVersion: '1.0' });
    expect(feed.items).toHaveLength(20);
    const first = feed.items[0];
    expect(first.id).toBe('https://briefing.test/briefings/niger-bazoum-coalition');
    expect(first.url).toBe(first.id);
    expect(first.title).toContain('International Coalition');
    expect(first.content_html).toContain('A tepid reaction');
    expect(first.language).toBe('en');
    expect(validateBriefing(first._briefing).ok).toBe(true);
    expect(feed.next_url).toMatch(/^https:\/\/briefing\.test\/feed\.json\?after=/);
  });

  it('follows next_url to the older briefings and ends there', async () => {
    const feed = await (await get('/feed.json')).json<Feed>();
    const next = await (await get(new URL(feed.next_url!).pathname + new URL(feed.next_url!).search)).json<Feed>();
    expect(next.items.map((i) => i._briefing.id)).toEqual(['filler-02', 'filler-01', 'filler-00']);
    expect(next.next_url).toBeUndefined();
  });

  it('answers a conditional GET with its ETag with 304 and an empty body', async () => {
    const first = await get('/feed.json');
    const etag = first.headers.get('ETag')!;
    const again = await get('/feed.json', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('changes as soon as a briefing is published', async () => {
    const before = await get('/feed.json');
    await seedSample({ id: 'fresh-one' }, new Date(Date.UTC(2026, 2, 1)));
    const after = await get('/feed.json', { 'If-None-Match': before.headers.get('ETag')! });
    expect(after.status).toBe(200);
    expect((await after.json<Feed>()).items[0]._briefing.id).toBe('fresh-one');
  });

  it('serves the last good copy, marked stale, when D1 fails', async () => {
    const ctx = createExecutionContext();
    const good = await app.fetch(new Request('https://briefing.test/feed.json'), env, ctx);
    await waitOnExecutionContext(ctx);
    const goodBody = await good.text();

    const broken = {
      ...env,
      DB: {
        prepare: () => {
          throw new Error('D1 is down');
        },
      } as unknown as D1Database,
    };
    // The worker logs the failure; the test checks that it did, and keeps the log out of its output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stale = await app.fetch(new Request('https://briefing.test/feed.json'), broken, createExecutionContext());
    expect(logged).toHaveBeenCalledWith('storage unavailable', expect.any(Error));
    logged.mockRestore();
    expect(stale.status).toBe(200);
    expect(stale.headers.get('Briefing-Stale')).toBe('storage-unavailable');
    expect(await stale.text()).toBe(goodBody);
  });
});

describe('GET /api/briefings (what the app syncs)', () => {
  it('holds the feed’s first page as briefings, without the HTML other feed readers need', async () => {
    const [res, feed] = await Promise.all([get('/api/briefings'), get('/feed.json').then((r) => r.json<Feed>())]);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const index = await res.json<BriefingIndex>();
    expect(index.revision).toBe((feed._briefing as { revision: number }).revision);
    expect(index.briefings).toEqual(feed.items.map((i) => i._briefing));
    expect(JSON.stringify(index)).not.toContain('content_html');
    // The next page is the feed's next page.
    const older = await (await get(`/api/briefings?after=${encodeURIComponent(index.next!)}`)).json<BriefingIndex>();
    const feedNext = new URL(feed.next_url!);
    const olderFeed = await (await get(feedNext.pathname + feedNext.search)).json<Feed>();
    expect(older.briefings.map((b) => b.id)).toEqual(olderFeed.items.map((i) => i._briefing.id));
    expect(older.briefings.at(-1)?.id).toBe('filler-00');
    expect(older.next).toBeUndefined();
  });

  it('answers a conditional GET with its ETag with 304 and an empty body', async () => {
    const etag = (await get('/api/briefings')).headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await get('/api/briefings', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('the feed in an ordinary feed client', () => {
  it('reads as a feed with entries (@extractus/feed-extractor)', async () => {
    const { extractFromJson } = await import('@extractus/feed-extractor');
    const raw = await (await get('/feed.json')).json<Record<string, unknown>>();
    const parsed = extractFromJson(raw, { useISODateFormat: true });
    expect(parsed.title).toBe('Briefing');
    expect(parsed.entries).toHaveLength(20);
    expect(parsed.entries?.[0]).toMatchObject({
      title: expect.stringContaining('International Coalition'),
      link: expect.stringMatching(/^https:\/\/briefing\.test\/briefings\/[a-z0-9-]+$/),
    });
  });
});
