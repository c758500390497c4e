import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { freshIp, send as sendFrom, type Send } from './editor-client';
import { page, post, session } from './newsroom-session';
import { sampleInput, seedSample } from './seed';

// The web editor's choices: topics from the vocabulary, stories told so far, the original a translation
// translates, a live original's "Translate", and a clash named as the form names its fields.

const send = (method: string, path: string, o: Send = {}) => sendFrom(method, path, { ip: freshIp(), ...o });
const NB = '\u202f';

async function apiDraft(body: object): Promise<{ id: string; etag: string }> {
  const res = await send('POST', '/api/drafts', { body });
  expect(res.status).toBe(201);
  return { id: ((await res.json()) as { id: string }).id, etag: res.headers.get('ETag')! };
}

const draftOf = async (id: string) =>
  (await (await send('GET', `/api/drafts/${id}`)).json()) as { briefing: Record<string, unknown>; base: unknown };

describe('the form’s topics and stories', () => {
  it('offers the vocabulary’s topics as checkboxes in the editor’s language, and saves those ticked', async () => {
    const cookie = await session();
    const story = { title: { en: 'The Lake Varnen talks', fr: 'Les pourparlers du lac Varnen' } };
    expect((await send('PUT', '/api/stories/lake-varnen-talks', { body: story })).status).toBe(201);
    const html = await page('/editor/new?lang=fr', cookie);
    expect(html).toMatch(/<input type="checkbox" name="topics" value="democracy"\/?><span>Démocratie<\/span>/);
    expect(html).toContain('<option value="lake-varnen-talks" label="Les pourparlers du lac Varnen"');
    const res = await post('/editor/drafts', cookie, [
      ['headline', 'Ticked topics'],
      ['topics', 'democracy'],
      ['topics', 'water'],
      ['story', 'lake-varnen-talks'],
    ]);
    expect(res.status).toBe(303);
    const draftId = (res.headers.get('Location') ?? '').split('/').pop()!;
    const { briefing } = await draftOf(draftId);
    expect([briefing.topics, briefing.story]).toEqual([['democracy', 'water'], 'lake-varnen-talks']);
    const again = await page(`/editor/drafts/${draftId}`, cookie);
    expect(again).toMatch(/value="water" checked/);
    expect(again).not.toMatch(/value="trade" checked/);
  });

  it('keeps an unknown topic ticked under its id, its problem next to the field with the close ones', async () => {
    const cookie = await session();
    const draft = await apiDraft({ briefing: sampleInput({ id: 'form-unknown-topic', topics: ['democraci'] }) });
    const html = await page(`/editor/drafts/${draft.id}`, cookie);
    expect(html).toMatch(/value="democraci" checked[^>]*\/?><span>democraci<\/span>/);
    expect(html).toContain(
      '<p class="problem" id="f-topics-p">is no topic of the vocabulary (&quot;democraci&quot;); did you mean &quot;democracy&quot;?</p>',
    );
    expect(html).toMatch(/<a href="#f-topics">Topics<\/a>:/);
  });
});

describe('a translation from the web editor', () => {
  it('starts from a live original’s page as a draft in the other language, with its scenario and signpost ids', async () => {
    const cookie = await session();
    const original = (await seedSample({ id: 'coalition-en' }))!;
    const live = await page('/editor/briefings/coalition-en', cookie);
    expect(live).toContain('Translate into French');
    const res = await post('/editor/briefings/coalition-en/translate', cookie, { language: 'fr' });
    expect(res.status).toBe(303);
    const draftId = (res.headers.get('Location') ?? '').split('/').pop()!;
    const { briefing, base } = await draftOf(draftId);
    expect(base).toBeNull();
    expect(briefing).toMatchObject({ id: 'coalition-fr', language: 'fr', translationOf: 'coalition-en' });
    const ids = (b: { whatComesNext?: { scenarios: { id: string }[]; signposts: { id: string }[] } }) => [
      b.whatComesNext!.scenarios.map((s) => s.id),
      b.whatComesNext!.signposts.map((s) => s.id),
    ];
    expect(ids(briefing as unknown as Briefing)).toEqual(ids(original));
    for (const kept of ['revision', 'publishedAt', 'modifiedAt', 'status']) expect(briefing).not.toHaveProperty(kept);
    // The list names the draft's original by its headline, linked.
    const byHeadline = `translation of <a href="/editor/briefings/coalition-en">${original.headline}</a>`;
    expect(await page('/editor', cookie)).toContain(byHeadline);
    const form = await page(`/editor/drafts/${draftId}`, cookie);
    expect(form).toMatch(/<option value="coalition-en" selected>[^<]+ · English<\/option>/);

    // The translator writes over the words, and it goes live as the original's translation.
    const published = await send('POST', `/api/drafts/${draftId}/publish`);
    expect(published.status).toBe(201);
    expect(((await published.json()) as Briefing).translationOf).toBe('coalition-en');
    const after = await page('/editor/briefings/coalition-en', cookie);
    expect(after).not.toContain('Translate into French');
    expect(after).toContain('href="/editor/briefings/coalition-fr"');
    const list = await page('/editor', cookie);
    expect(list).toMatch(/<a href="\/editor\/briefings\/coalition-fr" lang="fr">/);
    expect(list).toContain(byHeadline);
    // A second French version is refused, as is translating a translation.
    expect((await post('/editor/briefings/coalition-en/translate', cookie, { language: 'fr' })).status).toBe(422);
    expect((await post('/editor/briefings/coalition-fr/translate', cookie, { language: 'en' })).status).toBe(422);
  });
});

describe('a clash on the review page', () => {
  it('names each field as the form does, both values in words, in English and in French', async () => {
    const cookie = await session();
    const b = (await seedSample({ id: 'clash-words' }))!;
    const base = { id: b.id, revision: b.revision };
    const changed = (term: 'likely' | 'unlikely', headline: string) => {
      const copy = structuredClone(b) as unknown as Record<string, unknown> & Briefing;
      copy.whatComesNext!.scenarios[1].likelihood = { status: 'assessed', term };
      copy.headline = headline;
      return { briefing: copy, base };
    };
    const first = await apiDraft(changed('likely', 'The coalition presses on'));
    const second = await apiDraft(changed('unlikely', 'The coalition falters'));
    expect((await send('POST', `/api/drafts/${first.id}/publish`)).status).toBe(200);

    const en = await page(`/editor/drafts/${second.id}/review`, cookie);
    const legends = [...en.matchAll(/<legend>([^<]*)<\/legend>/g)].map((m) => m[1]);
    expect(legends).toEqual(['Headline', 'Scenario “A tepid reaction” · Likelihood']);
    expect(en).toContain(
      '<strong>Take theirs (live):</strong> <span class="value keep"><span class="line">Likely (55–80%)',
    );
    expect(en).toContain('<strong>Keep mine:</strong> <span class="value keep"><span class="line">Unlikely (20–45%)');
    expect(en).not.toContain('whatComesNext.scenarios[1]');

    const fr = await page(`/editor/drafts/${second.id}/review?lang=fr`, cookie);
    expect(fr).toContain(`<legend>Scénario «${NB}A tepid reaction${NB}» · Probabilité</legend>`);
    expect(fr).toContain(`<strong>Garder la mienne${NB}:</strong>`);
    expect(fr).toMatch(/Improbable \(20–45\s%\)/u);
  });
});
