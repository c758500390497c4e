import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';

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
