import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingInput } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

// Every page a French reader meets, read as they get it: no breakable space before « : ; ? ! » nor
// inside « », and dates and ranges that cannot split (docs/languages.md).

const correction = { at: '2026-11-26T09:00:00Z', text: 'Une version antérieure se trompait de date.' };

beforeAll(async () => {
  const original = sampleInput({ id: 'typo-en', topics: ['ecowas'], story: 'bazoum-typo', corrections: [correction] });
  const moved: BriefingInput = structuredClone(original);
  moved.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'roughly_even_chance' };
  expect((await send('POST', '/api/briefings', { body: original, ip: freshIp() })).status).toBe(201);
  expect((await send('PUT', '/api/briefings/typo-en', { body: moved, ifMatch: '"r1"', ip: freshIp() })).status).toBe(
    200,
  );
  const fr = sampleInput({
    id: 'typo-fr',
    language: 'fr',
    translationOf: 'typo-en',
    topics: ['ecowas'],
    story: 'bazoum-typo',
    headline: 'La Cedeao et le sort de Mohamed Bazoum',
    standfirst: 'Une coalition réclame sa libération.',
  });
  expect((await send('POST', '/api/briefings', { body: fr, ip: freshIp() })).status).toBe(201);
});

const PAGES = [
  '/',
  '/briefings/typo-fr',
  '/briefings/typo-en',
  '/countries/ne',
  '/countries/ml',
  '/topics/ecowas',
  '/topics/water',
  '/stories/bazoum-typo',
  '/search?q=niger',
  '/search?q=',
  '/scorecard',
  '/about/format',
  '/offline',
  '/nowhere',
];

/** What a reader reads: the page without its scripts, styles and data blocks. */
const readable = (html: string) => html.replace(/<(script|style)\b[^>]*>.*?<\/\1>/gs, '');

describe('a French page', () => {
  it.each(PAGES)('%s breaks no line before « : ; ? ! » nor inside « »', async (path) => {
    const res = await get(`${path}${path.includes('?') ? '&' : '?'}lang=fr`);
    const text = readable(await res.text());
    expect(text).toContain('<html lang="fr"');
    const bad = [...text.matchAll(/.{0,30}(?:[ \u00a0][:;?!»]|«[ \u00a0]).{0,30}/gs)].map((m) => m[0]);
    expect(bad).toEqual([]);
  });

  it('writes dates out with no-break spaces, and keeps ranges whole', async () => {
    const text = await (await get('/briefings/typo-fr?lang=fr')).text();
    expect(text).toContain('25\u00a0novembre\u00a02026');
    expect(text).toMatch(/<span class="range">45–55[\u00a0\u202f]%<\/span>/);
  });

  it('says an English briefing’s interface words in French, marked as French', async () => {
    const text = await (await get('/briefings/typo-en?lang=fr')).text();
    expect(text).toMatch(/<article class="briefing" lang="en">.*<p class="kicker" lang="fr">Analyse<\/p>/s);
    expect(text).toContain('<link rel="manifest" href="/manifest.fr.webmanifest">');
    expect(text).toContain('<meta property="og:locale" content="fr_FR">');
  });
});
