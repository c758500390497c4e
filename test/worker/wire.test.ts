import { describe, expect, it } from 'vitest';
import { freshIp, get, send } from './editor-client';
import { seedSample } from './seed';

// What clients get on the wire: compressed feeds, the right caching, complete link previews and
// structured data, and each Atom entry in its own language.

describe('compression', () => {
  it('sends the feeds gzipped to a client that accepts gzip, and plain to one that does not', async () => {
    await seedSample();
    for (const path of ['/feed.json', '/feed.atom', '/']) {
      const texts: string[] = [];
      for (let i = 0; i < 3; i++) {
        // The first render, then the kept copy gzipped once and sent as it is: none may lose the
        // client's encoding, and each reads as the same document.
        const zipped = await get(path, { 'Accept-Encoding': 'gzip, br' });
        expect([path, zipped.status, zipped.headers.get('Content-Encoding')]).toEqual([path, 200, 'gzip']);
        texts.push(await zipped.text());
      }
      const plain = await get(path, { 'Accept-Encoding': 'identity' });
      expect([path, plain.headers.get('Content-Encoding')]).toEqual([path, null]);
      const text = await plain.text();
      expect(text).toMatch(/^(\{|<)/);
      expect(texts).toEqual([text, text, text]);
    }
  });
});

describe('caching headers', () => {
  it('gives /about/format, /offline and a 404 page a Cache-Control', async () => {
    for (const path of ['/about/format', '/offline', '/no-such-page'])
      expect([path, (await get(path)).headers.get('Cache-Control')]).toEqual([
        path,
        expect.stringMatching(/max-age=\d+/),
      ]);
  });

  it('names Vary only where the bytes vary: pages, not feeds', async () => {
    await seedSample();
    for (const path of ['/feed.json', '/feed.atom', '/countries/ne/feed.atom', '/sitemap.xml'])
      expect([path, (await get(path)).headers.get('Vary') ?? '']).toEqual([
        path,
        expect.not.stringMatching(/Accept-Language|Cookie/),
      ]);
    expect((await get('/')).headers.get('Vary')).toMatch(/Accept-Language/);
  });
});

describe('Atom entries', () => {
  it('puts xml:lang on the entry, so every element of a French entry is French', async () => {
    await seedSample({ id: 'analyse-fr', language: 'fr', headline: 'La coalition au Niger' });
    const xml = await (await get('/feed.atom')).text();
    expect(xml).toMatch(/<entry xml:lang="fr"><id>[^<]*analyse-fr<\/id><title>La coalition au Niger<\/title>/);
  });
});

describe('link previews and structured data', () => {
  const jsonLd = (html: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]) as Record<string, unknown>;

  it('has what Google’s Article rich result asks for, the headline within 110 characters', async () => {
    const long = `${'Coalition talks in Niamey stall again '.repeat(3)}as ministers walk out`;
    await seedSample({ id: 'long-headline', headline: long, authors: [{ name: 'Desk' }] });
    const html = await (await get('/briefings/long-headline')).text();
    const ld = jsonLd(html);
    expect(ld.image).toEqual(['https://briefing.test/icons/icon-512.png']);
    expect(ld.publisher).toMatchObject({
      logo: { '@type': 'ImageObject', url: 'https://briefing.test/icons/icon-512.png' },
    });
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Desk', url: 'https://briefing.test/' }]);
    expect((ld.headline as string).length).toBeLessThanOrEqual(110);
    expect(html).toContain('<meta property="og:image" content="https://briefing.test/icons/icon-512.png">');
  });

  it('marks a retraction', async () => {
    const created = await seedSample({ id: 'to-retract' });
    const res = await send('DELETE', '/api/briefings/to-retract', {
      ifMatch: `"r${created!.revision}"`,
      body: { reason: 'The source was forged.' },
      ip: freshIp(),
    });
    expect(res.status).toBe(200);
    const ld = jsonLd(await (await get('/briefings/to-retract')).text());
    expect(ld).toMatchObject({
      creativeWorkStatus: 'Retracted',
      correction: { '@type': 'CorrectionComment', text: 'The source was forged.' },
    });
  });
});
