import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoSize } from '../../worker/http/memo';
import { getBriefing } from '../../worker/store/briefings';
import { updateBriefing } from '../../worker/store/edits';
import { burstTimeout, withinOneMinute } from './clock-minute';
import { freshIp, get } from './editor-client';
import { seedSample, sampleInput } from './seed';
import { countedD1, through } from './through-app';

const ID = 'niger-bazoum-coalition';
beforeAll(async () => {
  await seedSample();
});

describe('cache keys', () => {
  it('ignores query parameters a route does not read: one copy, no D1 read for ?x=…', async () => {
    const { db, counts } = countedD1();
    const first = await through('/feed.json?x=1', { headers: { 'CF-Connecting-IP': freshIp() } }, { DB: db });
    const queriesAfterFirst = counts.queries;
    const others = [];
    for (let i = 0; i < 20; i++)
      others.push(await through(`/feed.json?x=${crypto.randomUUID()}&utm=${i}`, {}, { DB: db }));
    expect(others.map((r) => r.headers.get('ETag'))).toEqual(others.map(() => first.headers.get('ETag')));
    // At most the feed's revision, asked again once a second: never the feed itself.
    expect(counts.queries - queriesAfterFirst).toBeLessThanOrEqual(2);
  });

  it('answers a malformed ?after= with 400 and reads nothing', async () => {
    const { db, counts } = countedD1();
    for (const after of ['x', '2026-01-01~', '~abc', '2026-13-45T99:00:00Z~a', `${'9'.repeat(500)}~a`]) {
      const res = await through(`/feed.json?after=${encodeURIComponent(after)}`, {}, { DB: db });
      expect([res.status, res.headers.get('Content-Type')]).toEqual([400, 'application/problem+json']);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/^after must be the cursor/);
    }
    expect((await get('/?after=nonsense')).status).toBe(400);
    expect(counts.queries).toBe(0);
  });

  it('keeps one copy in the memo however many random query strings come (300 here; 1,000 in the bench)', async () => {
    const before = memoSize().entries;
    for (let i = 0; i < 300; i++) await get(`/feed.json?q${i}=${crypto.randomUUID()}`);
    const { entries, maxEntries } = memoSize();
    expect(entries).toBeLessThanOrEqual(maxEntries);
    expect(entries - before).toBeLessThanOrEqual(1);
    expect(entries).toBeGreaterThan(0);
  }, 30_000);
});

describe('Briefing-Trace', () => {
  it('says where a cached answer came from and what the memo holds, only when asked', async () => {
    const first = await get('/api/briefings?after=2025-01-01T00:00:00Z~traced', {
      'Briefing-Trace': '1',
    });
    expect(first.headers.get('Briefing-Cache')).toMatch(/^render; memo-entries=\d+; memo-bytes=\d+$/);
    const again = await get('/api/briefings?after=2025-01-01T00:00:00Z~traced', { 'Briefing-Trace': '1' });
    expect(again.headers.get('Briefing-Cache')).toMatch(/^memo; /);
    expect((await get('/api/briefings?after=2025-01-01T00:00:00Z~traced')).headers.get('Briefing-Cache')).toBeNull();
  });
});

describe('GET /api/briefings/{id}', () => {
  it('is served from the copy kept by revision, with its ETag "r{revision}", without reading D1 again', async () => {
    const { db, counts } = countedD1();
    const first = await through(`/api/briefings/${ID}`, {}, { DB: db });
    const after = counts.queries;
    const again = await through(`/api/briefings/${ID}`, {}, { DB: db });
    expect([first.status, first.headers.get('ETag'), again.headers.get('ETag')]).toEqual([200, '"r1"', '"r1"']);
    expect(counts.queries - after).toBeLessThanOrEqual(1);
    expect(await again.json()).toMatchObject({ id: ID, revision: 1 });
  });
});

describe('GET /api/briefings/{id}/revisions', () => {
  it('lists 50 revisions a page, newest first, with the address of the next', async () => {
    await seedSample({ id: 'many-revisions' });
    for (let n = 2; n <= 55; n++) {
      const current = (await getBriefing(env.DB, 'many-revisions'))!;
      await updateBriefing(env.DB, current, sampleInput({ id: 'many-revisions', headline: `Headline ${n}` }));
    }
    const first = (await (await get('/api/briefings/many-revisions/revisions')).json()) as {
      revisions: { revision: number }[];
      next: string;
    };
    expect(first.revisions.map((r) => r.revision)).toEqual(Array.from({ length: 50 }, (_, i) => 55 - i));
    expect(first.next).toBe('/api/briefings/many-revisions/revisions?before=6');
    const second = (await (await get(first.next)).json()) as { revisions: { revision: number }[]; next?: string };
    expect([second.revisions.map((r) => r.revision), second.next]).toEqual([[5, 4, 3, 2, 1], undefined]);
    expect((await get('/api/briefings/many-revisions/revisions?before=x')).status).toBe(400);
  });
});

describe('the read limiter', () => {
  it(
    'answers 429 with Retry-After once an address has made 120 reads that reach D1, before reading',
    async () => {
      const ip = freshIp();
      const { db, counts } = countedD1();
      const statuses: number[] = [];
      await withinOneMinute(10);
      // Each a cursor of its own: a read no copy can answer.
      for (let i = 0; i < 125; i++) {
        const after = `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z~id-${i}`;
        statuses.push(
          (await through(`/api/briefings?after=${after}`, { headers: { 'CF-Connecting-IP': ip } }, { DB: db })).status,
        );
      }
      expect(statuses.filter((s) => s === 200).length).toBe(120);
      expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
      const before = counts.queries;
      const refused = await through(
        '/api/briefings?after=2026-02-01T00:00:00Z~late',
        { headers: { 'CF-Connecting-IP': ip } },
        { DB: db },
      );
      expect([refused.status, refused.headers.get('Retry-After')]).toEqual([429, '60']);
      expect(counts.queries).toBe(before);
      // Another reader is not held back by it.
      expect(
        (
          await through('/api/briefings?after=2026-02-01T00:00:00Z~late', {
            headers: { 'CF-Connecting-IP': freshIp() },
          })
        ).status,
      ).toBe(200);
    },
    burstTimeout(10),
  );
});
