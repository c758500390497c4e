import { readFileSync } from 'node:fs';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { BriefingArticle } from '../../web/components/briefing/BriefingArticle';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { LocaleContext } from '../../web/i18n/context';
import { briefingTop } from '../../web/sw/briefing-top';

// The sample as the server publishes it.
const sample: Briefing = {
  ...JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8')),
  status: 'published',
  revision: 1,
  publishedAt: '2026-12-01T08:00:00Z',
  modifiedAt: '2026-12-01T08:00:00Z',
};
const NONE = () => null;

/** The app's article for `b`, as its components draw it, in the interface language `lang`. */
const appArticle = (b: Briefing, lang: 'en' | 'fr') =>
  renderToString(
    <LocaleContext.Provider value={{ lang, t: lang === 'fr' ? fr : en }}>
      <BriefingArticle briefing={b} now="2026-12-07T12:00:00Z" parts={{ Outlook: NONE, Glance: NONE }} />
    </LocaleContext.Provider>,
  );

/** The service worker's top, less its closing tags: what the app's article must begin with. */
const opening = (b: Briefing, lang: 'en' | 'fr') => briefingTop(b, lang).replace('</header></article>', '');

// The service worker's top of a saved briefing is the app's own markup, so that nothing moves when the app
// draws the whole article in its place.
describe('briefingTop', () => {
  it('is the beginning of the app’s article: kicker, headline and standfirst', () => {
    const top = opening(sample, 'en');
    expect(top).toContain(`<p class="kicker">Analysis</p><h1>${sample.headline}</h1>`);
    expect(appArticle(sample, 'en').startsWith(top)).toBe(true);
  });

  it('speaks the interface’s language, and marks a briefing written in another', () => {
    const top = opening(sample, 'fr');
    expect(top).toMatch(/^<article class="briefing" lang="en"><header><p class="kicker" lang="fr">Analyse<\/p>/);
    expect(appArticle(sample, 'fr').startsWith(top)).toBe(true);
  });

  it('labels a retracted briefing as the app does', () => {
    const retracted: Briefing = { ...sample, status: 'retracted', retraction: { at: sample.publishedAt, reason: 'x' } };
    for (const lang of ['en', 'fr'] as const)
      expect(appArticle(retracted, lang).startsWith(opening(retracted, lang))).toBe(true);
    expect(opening(retracted, 'fr')).toContain('Analyse<span class="label-retracted"> · Retirée</span>');
  });

  it('keeps the line of links to translations, blank until the app writes them', () => {
    const translated: Briefing = {
      ...sample,
      translations: [{ id: 'niger-bazoum-coalition-fr', language: 'fr', url: '/briefings/niger-bazoum-coalition-fr' }],
    };
    expect(opening(translated, 'en')).toMatch(
      /^<article class="briefing"><header><p class="translations">&nbsp;<\/p><p class="kicker">/,
    );
    expect(appArticle(translated, 'en')).toMatch(
      /^<article class="briefing"><header><p class="translations"><span><a /,
    );
  });

  it('escapes the editors’ text', () => {
    const top = briefingTop(
      { ...sample, headline: 'Niger <b>& "Mali"</b>', standfirst: '</p><script>x</script>' },
      'en',
    );
    expect(top).toContain('<h1>Niger &#60;b&#62;&#38; &#34;Mali&#34;&#60;/b&#62;</h1>');
    expect(top).toContain('<p class="standfirst">&#60;/p&#62;&#60;script&#62;x&#60;/script&#62;</p>');
  });
});
