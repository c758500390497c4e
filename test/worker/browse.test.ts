import { beforeAll, describe, expect, it } from 'vitest';
import { get } from './editor-client';
import { seedSample } from './seed';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const body = async (path: string, headers: Record<string, string> = {}) => {
  const res = await get(path, headers);
  return { res, html: await res.text() };
};

beforeAll(async () => {
  // 21 briefings on Niger, so its page has a second; a thread of three in one story; one on Chad.
  for (let i = 0; i < 18; i++) await seedSample({ id: `niger-${String(i).padStart(2, '0')}` }, day(i));
  await seedSample({ id: 'story-one', headline: 'The detention begins', story: 'bazoum-detention' }, day(20));
  await seedSample(
    { id: 'story-two', headline: 'The coalition writes', story: 'bazoum-detention', topics: ['regional-security'] },
    day(21),
  );
  await seedSample({ id: 'story-three', headline: 'A year on', story: 'bazoum-detention' }, day(22));
  await seedSample(
    { id: 'chad-one', headline: 'N’Djamena votes', geo: { countries: ['TD'] }, topics: ['elections'] },
    day(23),
  );
});

describe('GET /countries/{cc}', () => {
  it('lists the country’s briefings newest first under its name, with its latest outlook at the top', async () => {
    const { res, html } = await body('/countries/ne');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1 class="page-title">Niger</h1>');
    expect(html).toContain('<div class="outlook-summary"><h2>Latest outlook</h2><p class="question">Will the targeted');
    const ids = [...html.matchAll(/<li class="card"[^>]*><h2><a href="\/briefings\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(20);
    expect(ids.slice(0, 3)).toEqual(['story-three', 'story-two', 'story-one']);
    expect(ids).not.toContain('chad-one');
  });

  it('names the country in the page’s language', async () => {
    const { html } = await body('/countries/td?lang=fr');
    expect(html).toContain('<h1 class="page-title">Tchad</h1>');
  });

  it('pages back with ?after= to the oldest and stops there', async () => {
    const first = (await body('/countries/ne')).html;
    const older = /href="(\/countries\/ne\?after=[^"]+)" rel="next"/.exec(first)![1].replace(/&amp;/g, '&');
    const { res, html } = await body(older);
    expect(res.status).toBe(200);
    const ids = [...html.matchAll(/<li class="card"[^>]*><h2><a href="\/briefings\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['niger-00']);
    expect(html).not.toContain('rel="next"');
    expect(html).not.toContain('Latest outlook');
  });

  it('says so for a real country with no briefing, and 404s a code that is no country', async () => {
    const empty = await body('/countries/fr');
    expect(empty.res.status).toBe(200);
    expect(empty.html).toContain('No briefings on France yet.');
    expect((await get('/countries/zz')).status).toBe(404);
    expect((await get('/countries/niger')).status).toBe(404);
  });

  it('sends an upper-case code to its lower-case page', async () => {
    const res = await get('/countries/NE', {}, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe('/countries/ne');
  });

  it('carries its own feeds as alternates, beside the site’s, and a hidden Follow button', async () => {
    const { html } = await body('/countries/ne');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Briefing" href="/feed.atom">');
    expect(html).toContain('type="application/atom+xml" title="Briefing: Niger" href="/countries/ne/feed.atom"');
    expect(html).toContain('type="application/feed+json" title="Briefing: Niger" href="/countries/ne/feed.json"');
    expect(html).toMatch(
      /<button type="button" class="btn follow" aria-pressed="false" data-follow="country:ne" data-name="Niger">/,
    );
  });

  it('answers its ETag with 304', async () => {
    const first = await get('/countries/ne');
    const again = await get('/countries/ne', { 'If-None-Match': first.headers.get('ETag')! });
    expect(again.status).toBe(304);
  });
});

describe('GET /topics/{topic}', () => {
  it('lists a topic’s briefings under the topic’s label in the reader’s language', async () => {
    const { res, html } = await body('/topics/regional-security');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1 class="page-title">Regional security</h1>');
    expect((await body('/topics/regional-security?lang=fr')).html).toContain(
      '<h1 class="page-title">Sécurité régionale</h1>',
    );
    expect(html).toContain('href="/briefings/story-two"');
    expect(html).not.toContain('href="/briefings/story-one"');
  });

  it('sends a topic named by a label or an alias to its one page', async () => {
    for (const path of ['/topics/human%20rights', '/topics/droits%20humains', '/topics/Droits-Humains']) {
      const res = await get(path, {}, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('Location')).toBe('/topics/human-rights');
    }
    expect((await body('/topics/human-rights')).html).toContain('href="/briefings/niger-00"');
  });

  it('says so for a topic with no briefing, and 404s what is no topic of the vocabulary', async () => {
    const { res, html } = await body('/topics/water');
    expect(res.status).toBe(200);
    expect(html).toContain('No briefings on Water yet.');
    expect((await get('/topics/fisheries')).status).toBe(404);
    expect((await get('/topics/UPPER')).status).toBe(404);
  });
});

describe('GET /stories/{story}', () => {
  it('reads as a timeline, oldest first: each briefing, its date and what its outlook said', async () => {
    const { res, html } = await body('/stories/bazoum-detention');
    expect(res.status).toBe(200);
    const order = ['The detention begins', 'The coalition writes', 'A year on'].map((h) => html.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).toContain('<time datetime="2026-01-21T00:00:00.000Z">');
    expect(html.match(/class="outlook-summary"/g)).toHaveLength(3);
    expect(html).toContain('href="/stories/bazoum-detention/feed.atom"');
  });

  it('is a 404 for a story with no briefing', async () => {
    expect((await get('/stories/no-such-story')).status).toBe(404);
  });
});

describe('a briefing’s links to its situations', () => {
  it('links its countries, topics (by label) and story, each labelled, with earlier and later in the story', async () => {
    const { html } = await body('/briefings/story-two');
    expect(html).toContain('<p>Country: <span><a href="/countries/ne">Niger</a></span></p>');
    expect(html).toContain('<p>Topic: <span><a href="/topics/regional-security">Regional security</a></span></p>');
    expect(html).toContain('<p>Story: <span><a href="/stories/bazoum-detention">Bazoum detention</a></span></p>');
    expect(html).toContain('data-follow="story:bazoum-detention"');
    // Straight to the neighbour, so a saved copy opens offline; only where there is one.
    expect(html).toContain(
      '<a href="/briefings/story-one" rel="prev">← Earlier in this story</a> · <a href="/briefings/story-three" rel="next">Later in this story →</a>',
    );
    const first = (await body('/briefings/story-one')).html;
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('<a href="/briefings/story-two" rel="next">Later in this story →</a>');
    const last = (await body('/briefings/story-three')).html;
    expect(last).not.toContain('rel="next"');
    expect((await body('/briefings/niger-00')).html).not.toMatch(/rel="(prev|next)"/);
    // The addresses of earlier pages still lead there.
    const earlier = await get('/briefings/story-two/earlier', {}, { redirect: 'manual' });
    expect(earlier.headers.get('Location')).toBe('/briefings/story-one');
    const later = await get('/briefings/story-two/later', {}, { redirect: 'manual' });
    expect(later.headers.get('Location')).toBe('/briefings/story-three');
    const end = await get('/briefings/story-three/later', {}, { redirect: 'manual' });
    expect(end.headers.get('Location')).toBe('/stories/bazoum-detention');
  });

  it('links countries and topics (by label) on the home page’s cards', async () => {
    const { html } = await body('/');
    expect(html).toContain(
      ' · <a href="/countries/ne">Niger</a> · <a href="/topics/regional-security">Regional security</a></p>',
    );
    expect((await body('/?lang=fr')).html).toContain('<a href="/topics/regional-security">Sécurité régionale</a></p>');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists the briefings and their situations, and robots.txt points at it', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    for (const path of [
      '/',
      '/briefings/story-two',
      '/countries/ne',
      '/topics/human-rights',
      '/stories/bazoum-detention',
    ])
      expect(xml).toContain(`<loc>https://briefing.test${path}</loc>`);
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://briefing.test/sitemap.xml');
  });
});
