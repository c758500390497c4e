import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scorecard } from '../../model/scorecard';
import type { Briefing, BriefingInput, Feed } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput, seedSample } from './seed';
import { subscriptionKeys } from '../harness/subscription-keys';

// A briefing and its translation are one story told twice with one forecast (docs/languages.md):
// published through the editors' API, moved once on the original, read everywhere a reader looks.

const original = (): BriefingInput =>
  sampleInput({ id: 'ecowas-en', topics: ['ecowas', 'democracy'], headline: 'ECOWAS presses Niger' });
const translation = (): BriefingInput =>
  sampleInput({
    id: 'ecowas-fr',
    language: 'fr',
    translationOf: 'ecowas-en',
    topics: ['ecowas', 'democracy'],
    headline: 'La Cedeao fait pression sur le Niger',
    standfirst: 'Une coalition demande la libération du président déchu.',
  });

let readers = 0;
/** A reader's push subscription following `follows`; its id. */
async function follower(follows: Record<string, string[]>, language: 'en' | 'fr'): Promise<number> {
  const endpoint = `https://127.0.0.1:1/push/t-${++readers}`;
  const keys = await subscriptionKeys();
  const res = await send('PUT', '/api/subscriptions', {
    body: { subscription: { endpoint, keys }, follows, language },
    token: null,
    ip: freshIp(),
  });
  expect(res.status).toBe(204);
  return (await env.DB.prepare('SELECT id FROM subscriptions WHERE endpoint = ?').bind(endpoint).first<number>('id'))!;
}

const deliveries = (id: number) =>
  env.DB.prepare('SELECT briefing_id AS briefing, revision FROM deliveries WHERE subscription_id = ? ORDER BY 1')
    .bind(id)
    .all<{ briefing: string; revision: number }>()
    .then((r) => r.results);
const sentToday = (id: number) =>
  env.DB.prepare('SELECT sent_today FROM subscriptions WHERE id = ?').bind(id).first<number>('sent_today');

const page = async (path: string, lang: 'en' | 'fr') =>
  (await get(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)).text();
const api = async (id: string) => (await (await get(`/api/briefings/${id}`)).json()) as Briefing;
const likelihoodOf = (b: Briefing) => b.whatComesNext!.scenarios[0].likelihood;
const scorecard = async () => ((await (await get('/api/scorecard')).json()) as Scorecard).overall;

let before: Scorecard['overall'];
let both: number;
let country: number;

beforeAll(async () => {
  before = await scorecard();
  expect((await send('POST', '/api/briefings', { body: original(), ip: freshIp() })).status).toBe(201);
  // The translation is sent with a likelihood of its own: it is ignored, the original's is served.
  const fr = translation();
  fr.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'almost_certain' };
  expect((await send('POST', '/api/briefings', { body: fr, ip: freshIp() })).status).toBe(201);
  // Their publication's alerts go through the queue (a batch a second, twice) to nobody yet.
  await new Promise((r) => setTimeout(r, 2500));
  both = await follower({ briefings: ['ecowas-en', 'ecowas-fr'] }, 'fr');
  country = await follower({ countries: ['NE'] }, 'en');

  const moved = original();
  moved.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'likely' };
  const res = await send('PUT', '/api/briefings/ecowas-en', { body: moved, ifMatch: '"r1"', ip: freshIp() });
  expect(res.status).toBe(200);
});

describe('a translation', () => {
  it('is served with its original’s forecast, whatever it was sent with', async () => {
    const fr = await api('ecowas-fr');
    expect(fr.translationOf).toBe('ecowas-en');
    expect(fr.headline).toBe('La Cedeao fait pression sur le Niger');
    expect(likelihoodOf(fr)).toEqual({ status: 'assessed', term: 'likely' });
    expect(fr.translations).toEqual([
      { id: 'ecowas-en', language: 'en', url: 'https://briefing.test/briefings/ecowas-en' },
    ]);
  });

  it('moves with its original: on both pages and in both feed items', async () => {
    expect(await page('/briefings/ecowas-en', 'en')).toMatch(/Likely/);
    const frPage = await page('/briefings/ecowas-fr', 'fr');
    expect(frPage).toContain('Probable');
    expect(frPage).not.toMatch(/Quasi certain/);
    const feed = (await (await get('/feed.json')).json()) as Feed;
    const items = Object.fromEntries(feed.items.map((i) => [i._briefing.id, i._briefing]));
    expect(likelihoodOf(items['ecowas-en'])).toEqual({ status: 'assessed', term: 'likely' });
    expect(likelihoodOf(items['ecowas-fr'])).toEqual({ status: 'assessed', term: 'likely' });
    expect(items['ecowas-en'].translations).toEqual([
      { id: 'ecowas-fr', language: 'fr', url: 'https://briefing.test/briefings/ecowas-fr' },
    ]);
    expect(items['ecowas-fr'].translations?.map((t) => t.id)).toEqual(['ecowas-en']);
  });

  it('is alerted once per reader: a follower of both versions gets one message, in their language', async () => {
    await vi.waitUntil(async () => (await deliveries(country)).some((d) => d.revision === 2), { timeout: 5000 });
    await vi.waitUntil(async () => (await deliveries(both)).length > 0, { timeout: 5000 });
    // A moment more, for any second message to land if one were sent.
    await new Promise((r) => setTimeout(r, 300));
    expect(await deliveries(both)).toEqual([{ briefing: 'ecowas-en', revision: 2 }]);
    expect(await sentToday(both)).toBe(1);
    expect(await deliveries(country)).toEqual([{ briefing: 'ecowas-en', revision: 2 }]);
  });

  it('is scored once: the scorecard counts the original’s scenarios only', async () => {
    const after = await scorecard();
    expect(after.forecast - before.forecast).toBe(original().whatComesNext!.scenarios.length);
  });

  it('links its other language: hreflang alternates and a visible link near the headline', async () => {
    const en = await page('/briefings/ecowas-en', 'en');
    expect(en).toContain('<link rel="alternate" hreflang="en" href="https://briefing.test/briefings/ecowas-en">');
    expect(en).toContain('<link rel="alternate" hreflang="fr" href="https://briefing.test/briefings/ecowas-fr">');
    expect(en).toMatch(
      /<a href="\/briefings\/ecowas-fr" hreflang="fr" lang="fr" rel="alternate">Lire en français<\/a>/,
    );
    const fr = await page('/briefings/ecowas-fr', 'fr');
    expect(fr).toMatch(/<a href="\/briefings\/ecowas-en" hreflang="en" lang="en" rel="alternate">Read in English<\/a>/);
  });

  it('shows one card per group on lists, in the reader’s language when the group has it', async () => {
    const cards = (html: string) =>
      [
        ...html.matchAll(
          /<li class="card">(?:<p class="card-lang">[^<]*<\/p>)?<h2[^>]*><a href="\/briefings\/(ecowas-[a-z]+)">/g,
        ),
      ].map((m) => m[1]);
    for (const path of ['/', '/countries/ne', '/topics/ecowas']) {
      expect(cards(await page(path, 'fr'))).toEqual(['ecowas-fr']);
      expect(cards(await page(path, 'en'))).toEqual(['ecowas-en']);
    }
  });

  it('is refused, with paths, when it cannot be one', async () => {
    const refused = async (b: BriefingInput) => {
      const res = await send('POST', '/api/briefings', { body: b, ip: freshIp() });
      expect(res.status).toBe(422);
      return ((await res.json()) as { errors: { path: string; message: string }[] }).errors;
    };
    expect(await refused({ ...translation(), id: 'x1', translationOf: 'nowhere' })).toEqual([
      { path: 'translationOf', message: 'names no briefing ("nowhere")' },
    ]);
    expect(
      (await refused({ ...translation(), id: 'x2', translationOf: 'ecowas-fr', language: 'ha' }))[0].message,
    ).toMatch(/itself a translation of "ecowas-en"/);
    expect((await refused({ ...translation(), id: 'x3' }))[0]).toMatchObject({ path: 'language' });
    const odd = { ...translation(), id: 'x4', language: 'ha' };
    odd.whatComesNext!.signposts[0].id = 'another';
    expect(await refused(odd)).toEqual([
      { path: 'whatComesNext.signposts', message: 'must have the original’s signpost ids: un-hrc, au-psc, ecowas' },
    ]);
  });
});

describe('the vocabulary', () => {
  it('is public, with a label per language and aliases', async () => {
    const res = await get('/api/topics');
    expect(res.status).toBe(200);
    const { topics } = (await res.json()) as { topics: { id: string; label: object; aliases: string[] }[] };
    expect(topics.find((t) => t.id === 'ecowas')).toMatchObject({ label: { en: 'ECOWAS', fr: 'CEDEAO' } });
    expect((await get('/api/stories')).status).toBe(200);
  });

  it('refuses an unknown topic id with the close ones', async () => {
    const res = await send('POST', '/api/briefings', {
      body: sampleInput({ id: 'typo', topics: ['democracy', 'ecowass'] }),
      ip: freshIp(),
    });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { path: string; close?: string[] }[] };
    expect(errors).toEqual([expect.objectContaining({ path: 'topics[1]', close: ['ecowas'] })]);
  });

  it('names topics in the reader’s language, one page for both, reached by any label or alias', async () => {
    expect(await page('/topics/ecowas', 'fr')).toContain('<h1 class="page-title">CEDEAO</h1>');
    expect(await page('/topics/ecowas', 'en')).toContain('<h1 class="page-title">ECOWAS</h1>');
    for (const alias of ['cedeao', 'democratie', 'D%C3%A9mocratie']) {
      const res = await get(`/topics/${alias}`, {}, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('Location')).toMatch(/^\/topics\/(ecowas|democracy)$/);
    }
    expect((await get('/topics/fisheries-nowhere')).status).toBe(404);
  });

  it('lets search find a briefing by any label or alias of its topics', async () => {
    const found = async (q: string) =>
      [...(await page(`/search?q=${q}`, 'en')).matchAll(/<a href="\/briefings\/(ecowas-[a-z]+)">/g)].map((m) => m[1]);
    expect(await found('cedeao')).toContain('ecowas-en');
    expect(await found('ecowas')).toContain('ecowas-fr');
  });

  it('lets an editor name a topic; its new alias is searchable at once', async () => {
    const res = await send('PUT', '/api/topics/ecowas', {
      body: { label: { en: 'ECOWAS', fr: 'CEDEAO' }, aliases: ['cedeao', 'ecowas', 'abuja bloc'] },
      ip: freshIp(),
    });
    expect(res.status).toBe(200);
    expect((await send('PUT', '/api/topics/Bad Id', { body: { label: { en: 'x' } }, ip: freshIp() })).status).toBe(422);
    expect(await page('/search?q=abuja', 'en')).toContain('/briefings/ecowas-en');
  });

  it('is written by admins only: an editor is refused, anyone without a token asked for one', async () => {
    const ip = freshIp();
    await send('PUT', '/api/editors/vocab-editor@newsroom.example', {
      body: { name: 'Vocab Editor', desk: 'newsroom', role: 'editor' },
      ip,
    });
    const res = await send('POST', '/api/editors/vocab-editor@newsroom.example/tokens', { ip });
    const { token } = (await res.json()) as { token: string };
    const body = { label: { en: 'Fisheries', fr: 'Pêche' } };
    expect((await send('PUT', '/api/topics/fisheries', { body, token, ip })).status).toBe(403);
    expect((await send('PUT', '/api/stories/x', { body: { title: { en: 'X', fr: 'X' } }, token, ip })).status).toBe(
      403,
    );
    expect((await send('PUT', '/api/topics/fisheries', { body, token: null, ip })).status).toBe(401);
    expect((await send('PUT', '/api/topics/fisheries', { body, ip })).status).toBe(201);
  });
});

describe('earlier and later in a story told in two languages', () => {
  it('lead to other briefings of the story, in the page’s language, never to its own translation', async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 2, n));
    const fr = (id: string, of: string) => ({ id, language: 'fr', translationOf: of, story: 'thread' });
    await seedSample({ id: 'thread-a', story: 'thread' }, day(1));
    await seedSample({ id: 'thread-b', story: 'thread' }, day(2));
    await seedSample(fr('thread-a-fr', 'thread-a'), day(3));
    await seedSample(fr('thread-b-fr', 'thread-b'), day(4));
    const links = async (id: string) =>
      [...(await page(`/briefings/${id}`, 'en')).matchAll(/<a href="\/briefings\/([\w-]+)" rel="(prev|next)"/g)].map(
        (m) => `${m[2]} ${m[1]}`,
      );
    expect(await links('thread-a')).toEqual(['next thread-b']);
    expect(await links('thread-b')).toEqual(['prev thread-a']);
    expect(await links('thread-a-fr')).toEqual(['next thread-b-fr']);
    expect(await links('thread-b-fr')).toEqual(['prev thread-a-fr']);
  });
});
