import { beforeAll, describe, expect, it } from 'vitest';
import { get as page } from './editor-client';
import { seedSample, sampleInput } from './seed';

beforeAll(async () => {
  const outlook = sampleInput().whatComesNext!;
  outlook.scenarios[0].likelihood = { status: 'assessed', term: 'likely' };
  await seedSample({ whatComesNext: outlook });
});

describe('the interface language', () => {
  it('is English by default', async () => {
    const html = await (await page('/briefings/niger-bazoum-coalition')).text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('>What comes next</h2>');
    expect(html).toContain('<a href="?lang=fr" hreflang="fr" lang="fr">Français</a>');
  });

  it('follows ?lang=fr, says so in <html lang>, and saves the choice', async () => {
    const res = await page('/briefings/niger-bazoum-coalition?lang=fr');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html).toContain('>Et maintenant\u202f?</h2>');
    expect(html).toContain('Perspectives revues le 25\u00a0novembre\u00a02026');
    expect(html).toContain('Source principale');
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-lang=fr; Max-Age=31536000; Path=\/; Secure; SameSite=Lax/);
    expect(res.headers.get('Vary')).toContain('Accept-Language');
  });

  it('keeps the briefing’s own language on the article when the interface differs', async () => {
    const html = await (await page('/briefings/niger-bazoum-coalition?lang=fr')).text();
    expect(html).toContain('<article class="briefing" lang="en">');
  });

  it('shows the ICD 203 term in French, with its range as French writes it', async () => {
    const html = await (await page('/briefings/niger-bazoum-coalition?lang=fr')).text();
    // A no-break space before the % sign, as French writes it (which one is ICU's choice).
    expect(html).toMatch(
      /<span class="chip chip-likely">Probable <span class="range">55–80[\u00a0\u202f]%<\/span><\/span>/,
    );
    const en = await (await page('/briefings/niger-bazoum-coalition')).text();
    expect(en).toContain('<span class="chip chip-likely">Likely <span class="range">55–80%</span></span>');
  });

  it('uses the saved choice before Accept-Language', async () => {
    const html = await (await page('/', { Cookie: 'lang=en', 'Accept-Language': 'fr-FR,fr;q=0.9' })).text();
    expect(html).toMatch(/<html lang="en">/);
  });

  it('takes ?lang= before the saved choice, and ignores a language it does not speak', async () => {
    expect(await (await page('/?lang=fr', { Cookie: 'lang=en' })).text()).toMatch(/<html lang="fr">/);
    expect(await (await page('/?lang=xx', { 'Accept-Language': 'fr-FR' })).text()).toMatch(/<html lang="fr">/);
  });

  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['ha, fr;q=0.7', 'fr'],
    ['en;q=0.4, fr;q=0.6', 'fr'],
    ['fr;q=0, en', 'en'],
    ['ha-NE', 'en'],
    ['', 'en'],
  ])('reads Accept-Language %j as %s', async (header, lang) => {
    const html = await (await page('/', { 'Accept-Language': header })).text();
    expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
  });

  it('uses Accept-Language when nothing is chosen', async () => {
    const html = await (await page('/', { 'Accept-Language': 'ha-NE, fr-NE;q=0.8, en;q=0.5' })).text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain('Dernières analyses');
  });

  it('gives each language its own cached copy', async () => {
    const fr = await page('/', { 'Accept-Language': 'fr' });
    const en = await page('/', { 'Accept-Language': 'en' });
    expect(fr.headers.get('ETag')).not.toBe(en.headers.get('ETag'));
    expect(await (await page('/', { 'Accept-Language': 'fr' })).text()).toContain('Dernières analyses');
  });

  it('leaves the feed in one language for every reader', async () => {
    const fr = await page('/feed.json', { 'Accept-Language': 'fr' });
    const en = await page('/feed.json', { 'Accept-Language': 'en' });
    expect(fr.headers.get('ETag')).toBe(en.headers.get('ETag'));
    expect(fr.headers.get('Vary') ?? '').not.toContain('Accept-Language');
  });
});
