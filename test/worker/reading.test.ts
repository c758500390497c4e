import { beforeAll, describe, expect, it } from 'vitest';
import { get as fetchPath } from './editor-client';
import { seedSample } from './seed';

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetchPath(path, headers, { method });

beforeAll(async () => {
  await seedSample();
});

describe('GET /briefings/{id}', () => {
  it('renders the whole briefing as HTML, readable without script', async () => {
    const res = await get('/briefings/niger-bazoum-coalition');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain(
      '<h1>International Coalition Intensifies Pressure for Release of Niger’s Detained Former President</h1>',
    );
    for (const heading of [
      'Open Letter Catalyzes Global Response',
      'Beyond a Political Detention: The Strategic Stakes',
      'A Litmus Test for West African Democracy',
      'What comes next',
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    // The article's own "What Comes Next?" section opens the block, under the block's one heading.
    expect(html).not.toContain('>What Comes Next?</h2>');
    expect(html).toContain('A strong, unified response isolates the junta');
    expect(html).toContain('A tepid reaction');
    expect(html).toContain('Not assessed');
    expect(html).toContain('Outlook last reviewed');
    expect(html).toMatch(/Primary source:<\/span> <strong>RFI<\/strong>/);
  });

  it('carries JSON-LD for an analysis article based on its primary source', async () => {
    const html = await (await get('/briefings/niger-bazoum-coalition')).text();
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
    const ld = JSON.parse(block ?? 'null');
    expect(ld['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(ld.headline).toContain('International Coalition');
    expect(ld.isBasedOn.publisher.name).toBe('RFI');
  });

  it('has link previews and points feed readers at the feed', async () => {
    const html = await (await get('/briefings/niger-bazoum-coalition')).text();
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:url" content="https://briefing.test/briefings/niger-bazoum-coalition">');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" title="Briefing" href="/feed.json">');
  });

  it('answers a conditional GET with its ETag with 304 and no body', async () => {
    const first = await get('/briefings/niger-bazoum-coalition');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=30, stale-while-revalidate=30');
    const again = await get('/briefings/niger-bazoum-coalition', { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
  });

  it('answers an unknown id with a helpful 404 page', async () => {
    const res = await get('/briefings/no-such-briefing');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Page not found');
    expect(html).toContain('<a href="/">See the latest briefings</a>');
  });
});

describe('GET /', () => {
  it('lists the briefing with its place, topics and the state of its outlook', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<a href="/briefings/niger-bazoum-coalition">International Coalition');
    // The topic "Niger" is the country already named: said once, as the country.
    expect(html).toContain(
      ' · <a href="/countries/ne">Niger</a> · <a href="/topics/democracy">Democracy</a> · <a href="/topics/human-rights">Human rights</a>',
    );
    expect(html).toMatch(/2 scenarios, not assessed · reviewed 25\u00a0Nov\u00a02026/);
  });
});

describe('GET /about/format', () => {
  it('documents the _briefing extension', async () => {
    const res = await get('/about/format');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('extension');
  });
});

describe('GET /api/briefings/{id}', () => {
  it('returns the briefing with ETag "r1" and answers If-None-Match with 304', async () => {
    const res = await get('/api/briefings/niger-bazoum-coalition');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"r1"');
    const body = await res.json<{ id: string; revision: number; status: string }>();
    expect(body).toMatchObject({ id: 'niger-bazoum-coalition', revision: 1, status: 'published' });
    const again = await get('/api/briefings/niger-bazoum-coalition', { 'If-None-Match': '"r1"' });
    expect(again.status).toBe(304);
  });

  it('lists the revisions', async () => {
    const res = await get('/api/briefings/niger-bazoum-coalition/revisions');
    const body = await res.json<{ revisions: { revision: number; changes: unknown[] }[] }>();
    expect(body.revisions).toEqual([expect.objectContaining({ revision: 1, changes: [{ kind: 'created' }] })]);
  });

  it('answers an unknown id with a problem document', async () => {
    const res = await get('/api/briefings/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not found', detail: 'There is no briefing "nope".' });
  });
});
