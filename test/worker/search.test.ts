import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBriefing } from '../../worker/store/briefings';
import { retractBriefing, updateBriefing } from '../../worker/store/edits';
import { get } from './editor-client';
import { sampleInput, seedSample } from './seed';

const found = async (q: string) => {
  const html = await (await get(`/search?q=${encodeURIComponent(q)}`)).text();
  return [...html.matchAll(/<li class="card"[^>]*><h2><a href="\/briefings\/([a-z0-9-]+)"/g)].map((m) => m[1]);
};

beforeAll(async () => {
  await seedSample({}, new Date(Date.UTC(2026, 0, 1)));
  await seedSample(
    { id: 'ecowas-summit', headline: 'ECOWAS leaders meet in Abuja', lede: 'La région de Tahoua est en émoi.' },
    new Date(Date.UTC(2026, 0, 2)),
  );
});

describe('GET /search', () => {
  it('finds briefings by any word of their text, newest first, with the matching words marked', async () => {
    expect(await found('bazoum')).toEqual(['ecowas-summit', 'niger-bazoum-coalition']);
    const html = await (await get('/search?q=abuja')).text();
    expect(html).toContain('Briefings matching “abuja”');
    expect(html).toMatch(/<p class="excerpt">[^<]*<span><mark>Abuja<\/mark>/);
  });

  it('marks every word looked for in the excerpt, whole or as the start it was looked for as', async () => {
    const excerpt = async (q: string) => {
      const html = await (await get(`/search?q=${encodeURIComponent(q)}`)).text();
      return html.match(
        /<li class="card"[^>]*><h2><a href="\/briefings\/ecowas-summit".*?<p class="excerpt">(.*?)<\/p>/,
      )?.[1];
    };
    expect(await excerpt('abuja LEADERS')).toMatch(/<mark>leaders<\/mark>.*<mark>Abuja<\/mark>/);
    expect(await excerpt('abuj lead')).toMatch(/<mark>leaders<\/mark>.*<mark>Abuja<\/mark>/);
    expect(await excerpt('tahoua REGION')).toMatch(/<mark>région<\/mark>.*<mark>Tahoua<\/mark>/);
  });

  it('folds case and accents: ecowas finds ECOWAS, region finds région', async () => {
    expect(await found('ecowas')).toContain('ecowas-summit');
    expect(await found('region')).toContain('ecowas-summit');
    expect(await found('EMOI tahoua')).toEqual(['ecowas-summit']);
    expect(await found('Émoi')).toEqual(['ecowas-summit']);
  });

  it('searches scenarios and signposts too', async () => {
    expect(await found('tepid')).toContain('niger-bazoum-coalition');
  });

  it('has a search form that works without JavaScript, in the masthead of every page', async () => {
    for (const path of ['/', '/briefings/niger-bazoum-coalition', '/countries/ne', '/search?q=x']) {
      const html = await (await get(path)).text();
      expect(html).toMatch(
        /<header class="masthead">.*<form role="search" action="\/search" class="search"><input type="search" name="q"/,
      );
    }
  });

  it('says so, with a 200, for an empty, blank or over-200-character query', async () => {
    for (const q of ['', '%20%20', '%22%22']) {
      const res = await get(`/search?q=${q}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Type one or more words to search the briefings.');
    }
    expect(await (await get('/search')).text()).toContain('Type one or more words');
    const long = await get(`/search?q=${'a'.repeat(201)}`);
    expect(long.status).toBe(200);
    expect(await long.text()).toContain('That search is too long: use at most 200 characters.');
  });

  it('treats FTS5 syntax as words', async () => {
    for (const q of ['"', 'NEAR(a b)', 'bazoum OR', '* AND NOT', 'headline:niger', '^abc', '-', "'"]) {
      const res = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
    }
    expect(await found('"tahoua" AND')).toEqual(await found('tahoua and'));
  });

  it('never answers a query string with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 240, unit: 'binary' }), async (q) => {
        const res = await get(`/search?q=${encodeURIComponent(q)}`);
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('the search index', () => {
  it('follows every write: a new briefing, a revision, a retraction', async () => {
    await seedSample({ id: 'harmattan', headline: 'Harmattan season' }, new Date(Date.UTC(2026, 0, 3)));
    expect(await found('harmattan')).toEqual(['harmattan']);

    const current = (await getBriefing(env.DB, 'harmattan'))!;
    const revised = await updateBriefing(env.DB, current, sampleInput({ id: 'harmattan', headline: 'Dust storms' }));
    expect(revised.ok).toBe(true);
    expect(await found('harmattan')).toEqual([]);
    expect(await found('dust storms')).toEqual(['harmattan']);

    await retractBriefing(env.DB, (await getBriefing(env.DB, 'harmattan'))!, 'Wrong dates.');
    expect(await found('dust')).toEqual([]);
  });
});
