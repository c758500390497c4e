import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { chooseLanguage, fromAcceptLanguage } from '../../web/i18n/languages';

describe('chooseLanguage', () => {
  it('takes ?lang= first, then the saved choice, then Accept-Language, then English', () => {
    expect(chooseLanguage('fr', 'en', 'en')).toBe('fr');
    expect(chooseLanguage(undefined, 'fr', 'en')).toBe('fr');
    expect(chooseLanguage('xx', undefined, 'fr-FR')).toBe('fr');
    expect(chooseLanguage(undefined, undefined, undefined)).toBe('en');
  });
});

describe('fromAcceptLanguage', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['ha, fr;q=0.7', 'fr'],
    ['en;q=0.4, fr;q=0.6', 'fr'],
    ['fr;q=0, en', 'en'],
    ['ha-NE', undefined],
    ['', undefined],
  ])('%s → %s', (header, lang) => expect(fromAcceptLanguage(header)).toBe(lang));
});

describe('the French strings', () => {
  it('translate every English string, placeholders kept', () => {
    for (const [key, text] of Object.entries(en)) {
      const french = fr[key as keyof typeof fr];
      expect(french, key).toBeTruthy();
      expect(french.match(/\{\w+\}/g)?.sort(), key).toEqual(text.match(/\{\w+\}/g)?.sort());
    }
  });

  it('keep ICD 203 terms apart: "probable" is likely, "improbable" unlikely', () => {
    expect(fr.likely).toBe('Probable');
    expect(fr.very_likely).toBe('Très probable');
    expect(fr.unlikely).toBe('Improbable');
    expect(fr.very_unlikely).toBe('Très improbable');
    expect(
      new Set([
        fr.almost_no_chance,
        fr.very_unlikely,
        fr.unlikely,
        fr.roughly_even_chance,
        fr.likely,
        fr.very_likely,
        fr.almost_certain,
      ]).size,
    ).toBe(7);
  });
});
