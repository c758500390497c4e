import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, BriefingIndex } from '../../model/types';
import { get } from './editor-client';
import { seedSample } from './seed';

// Three briefings a minute apart: page-data-2 is the newest.
beforeAll(async () => {
  for (let i = 0; i < 3; i++) await seedSample({ id: `page-data-${i}` }, new Date(Date.UTC(2026, 0, 1, 0, i)));
});

const dataBlock = (html: string) =>
  /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('a briefing page carries its briefing, and the first sync leaves it out', () => {
  it('the page holds the briefing exactly as the API gives it, in a data block nothing can end early', async () => {
    const api = await (await get('/api/briefings/page-data-1')).json<Briefing>();
    const html = await (await get('/briefings/page-data-1')).text();
    const block = dataBlock(html);
    expect(block).toBeDefined();
    expect(block).not.toMatch(/<\/|<!--/);
    expect(JSON.parse(block!)).toEqual(api);
    // Only a briefing's page: home has none.
    expect(dataBlock(await (await get('/')).text())).toBeUndefined();
  });

  it('?except={id}@{revision} answers the first page without that briefing, and the whole page by id', async () => {
    const whole = await (await get('/api/briefings')).json<BriefingIndex>();
    const res = await get('/api/briefings?except=page-data-1@1');
    expect(res.status).toBe(200);
    const index = await res.json<BriefingIndex>();
    expect(index.revision).toBe(whole.revision);
    expect(index.briefings.map((b) => b.id)).toEqual(
      whole.briefings.map((b) => b.id).filter((id) => id !== 'page-data-1'),
    );
    expect(index.page).toEqual(whole.briefings.map((b) => b.id));
  });

  it('sends the briefing all the same when the phone holds another revision of it, or it is not on the page', async () => {
    const stale = await (await get('/api/briefings?except=page-data-1@2')).json<BriefingIndex>();
    expect(stale.briefings.map((b) => b.id)).toContain('page-data-1');
    const absent = await (await get('/api/briefings?except=no-such-briefing@1')).json<BriefingIndex>();
    expect(absent.briefings.map((b) => b.id)).toEqual(absent.page);
  });

  it('refuses a malformed except with a problem naming the field', async () => {
    for (const bad of ['page-data-1', 'page-data-1@0', 'Page@1', '@1', 'a@b']) {
      const res = await get(`/api/briefings?except=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      const problem = await res.json<{ errors: { path: string }[] }>();
      expect(problem.errors[0].path).toBe('except');
    }
  });
});
