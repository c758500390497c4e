import { describe, expect, it } from 'vitest';
import { alertsEn } from '../../web/i18n/alerts-en';
import { alertsFr } from '../../web/i18n/alerts-fr';
import { askStrings } from '../../web/i18n/ask';
import { browseStrings } from '../../web/i18n/browse';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { historyStrings } from '../../web/i18n/history';
import { notFoundStrings } from '../../web/i18n/not-found';
import { outlookStrings } from '../../web/i18n/outlook';
import { outlookFr } from '../../web/i18n/outlook-fr';
import { scorecardStrings } from '../../web/i18n/scorecard';
import { settingsStrings } from '../../web/i18n/settings';
import { siteStrings } from '../../web/i18n/site';
import { toolStrings } from '../../web/i18n/tools';

// Every table of the interface's words, English beside French.
const TABLES: [string, Record<string, string>, Record<string, string>][] = [
  ['en.ts / fr.ts', en, fr],
  ['outlook', outlookStrings('en'), outlookFr],
  ['history', historyStrings('en'), historyStrings('fr')],
  ['alerts', alertsEn, alertsFr],
  ['browse', browseStrings('en'), browseStrings('fr')],
  ['scorecard', scorecardStrings('en'), scorecardStrings('fr')],
  ['settings', settingsStrings('en'), settingsStrings('fr')],
  ['tools', toolStrings('en'), toolStrings('fr')],
  ['ask', askStrings('en'), askStrings('fr')],
  ['not found', notFoundStrings('en'), notFoundStrings('fr')],
  ['site', siteStrings('en'), siteStrings('fr')],
];

describe('the French strings', () => {
  it.each(TABLES)('translate every English string of %s, placeholders kept', (_, english, french) => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect(french[key], key).toBeTruthy();
      // French may leave a placeholder unsaid, never add one English does not fill.
      const wanted = new Set(text.match(/\{\w+\}/g) ?? []);
      for (const p of french[key].match(/\{\w+\}/g) ?? []) expect(wanted.has(p), `${key} ${p}`).toBe(true);
    }
  });

  it.each(TABLES)(
    'follow French typography in %s: a narrow no-break space before : ; ? ! » and after «',
    (_, __, french) => {
      for (const [key, text] of Object.entries(french)) {
        expect(text, key).not.toMatch(/[ \u00a0][:;?!»]|«[ \u00a0]/);
        expect(text, key).not.toMatch(/[^\s\u202f{][;?!»]|«[^\u202f]/u);
      }
    },
  );

  it('call the product one thing: an analysis, never a "briefing" (Briefing is the newsroom’s name)', () => {
    for (const [, , french] of TABLES)
      for (const [key, text] of Object.entries(french)) expect(text, key).not.toMatch(/\bbriefings?\b/);
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
