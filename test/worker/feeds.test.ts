import { beforeAll, describe, expect, it } from 'vitest';
import type { Feed } from '../../model/types';
import { get } from './editor-client';
import { seedSample } from './seed';

beforeAll(async () => {
  for (let i = 0; i < 21; i++)
    await seedSample({ id: `filler-${String(i).padStart(2, '0')}` }, new Date(Date.UTC(2026, 0, 1, 0, i)));
  await seedSample(
    { id: 'chad-vote', headline: 'Chad’s vote & the “Sahel” question', geo: { countries: ['TD'] }, story: 'chad-vote' },
    new Date(Date.UTC(2026, 1, 1)),
  );
});

const atom = async (path: string) => {
  const { extractFromXml } = await import('@extractus/feed-extractor');
  const res = await get(path);
  const xml = await res.text();
  return { res, xml, parsed: extractFromXml(xml, { useISODateFormat: true }) };
};

describe('GET /feed.atom', () => {
  it('is Atom 1.0 with the same items as the JSON Feed, parsed by @extractus/feed-extractor', async () => {
    const { res, xml, parsed } = await atom('/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const json = await (await get('/feed.json')).json<Feed>();
    expect(parsed.title).toBe('Briefing');
    expect(parsed.entries?.map((e) => e.id)).toEqual(json.items.map((i) => i.id));
    expect(parsed.entries?.map((e) => e.title)).toEqual(json.items.map((i) => i.title));
    expect(parsed.entries?.map((e) => e.link)).toEqual(json.items.map((i) => i.url));
    expect(xml).toContain('<link rel="self" href="https://briefing.test/feed.atom" type="application/atom+xml"/>');
    expect(xml).toContain('<author><name>Briefing</name>');
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[^>]*><id>[^<]+<\/id><title>Briefing<\/title>/);
    expect(xml).toContain(`<updated>${json.items[0].date_modified}</updated>`);
    expect(xml).toMatch(/<link rel="next" href="https:\/\/briefing.test\/feed.atom\?after=[^"]+"/);
  });

  it('escapes text and HTML for XML', async () => {
    const { xml, parsed } = await atom('/feed.atom');
    expect(xml).toContain('<title>Chad’s vote &amp; the “Sahel” question</title>');
    expect(xml).toMatch(/<entry xml:lang="en">/);
    expect(xml).toMatch(/<content type="html">&lt;article/);
    expect(parsed.entries?.[0].title).toBe('Chad’s vote & the “Sahel” question');
  });

  it('answers its ETag with 304', async () => {
    const first = await get('/feed.atom');
    expect((await get('/feed.atom', { 'If-None-Match': first.headers.get('ETag')! })).status).toBe(304);
  });
});

describe('narrowed feeds', () => {
  it.each(['/countries/td', '/stories/chad-vote'])(
    '%s/feed.json and feed.atom hold only its briefings',
    async (path) => {
      const json = await (await get(`${path}/feed.json`)).json<Feed>();
      expect(json.items.map((i) => i._briefing.id)).toEqual(['chad-vote']);
      expect(json.feed_url).toBe(`https://briefing.test${path}/feed.json`);
      expect(json.home_page_url).toBe(`https://briefing.test${path}`);
      const { parsed } = await atom(`${path}/feed.atom`);
      expect(parsed.entries?.map((e) => e.id)).toEqual(['https://briefing.test/briefings/chad-vote']);
    },
  );

  it('pages a country’s feed with next_url, and answers its ETag with 304', async () => {
    const first = await get('/countries/ne/feed.json');
    const json = await first.clone().json<Feed>();
    expect(json.items).toHaveLength(20);
    expect(json.next_url).toMatch(/^https:\/\/briefing\.test\/countries\/ne\/feed\.json\?after=/);
    const next = new URL(json.next_url!);
    const older = await (await get(next.pathname + next.search)).json<Feed>();
    expect(older.items.map((i) => i._briefing.id)).toEqual(['filler-00']);
    expect((await get('/countries/ne/feed.json', { 'If-None-Match': first.headers.get('ETag')! })).status).toBe(304);
    expect((await get('/topics/sahel/feed.atom')).status).toBe(200);
  });

  it('is a 404 for a code that is no country', async () => {
    expect((await get('/countries/zz/feed.json')).status).toBe(404);
  });
});
