import { describe, expect, it } from 'vitest';
import { validateBriefingInput } from '../../model/validate';
import { editorEn } from '../../web/editor/i18n/en';
import { editorFr } from '../../web/editor/i18n/fr';
import { fillCounted } from '../../web/editor/i18n/counted';
import { problemText } from '../../web/editor/i18n/problems';

describe('the editor’s French', () => {
  it('says every English string, placeholders kept', () => {
    for (const [key, text] of Object.entries(editorEn)) {
      const french = editorFr[key as keyof typeof editorFr];
      expect(french, key).toBeTruthy();
      expect(french.match(/\{\w+\}/g)?.sort(), key).toEqual(text.match(/\{\w+\}/g)?.sort());
    }
  });

  it('follows French typography: a narrow no-break space before : ; ? ! and inside « »', () => {
    for (const [key, french] of Object.entries(editorFr)) {
      expect(french, key).not.toMatch(/[^\u202f][:;?!](\s|$)/);
      expect(french, key).not.toMatch(/«[^\u202f]|[^\u202f]»/);
    }
  });

  it('translates the validator’s messages, numbers kept, and leaves English as it is', () => {
    const checked = validateBriefingInput({ schemaVersion: '1.0' });
    const messages = checked.ok ? [] : checked.problems.map((p) => p.message);
    for (const message of messages) expect(problemText(message, 'fr'), message).not.toBe(message);
    expect(problemText('must be within 55–80% for "likely"', 'fr')).toBe(
      'doit être entre 55 et 80\u202f% pour ce terme',
    );
    expect(problemText('must be at most 140 characters', 'fr')).toBe('doit faire au plus 140 caractères');
    expect(problemText('must not be blank', 'en')).toBe('must not be blank');
  });

  it('makes a count’s words agree with it, as each language counts', () => {
    expect(fillCounted(editorFr.alertSent, { sent: 1, followers: 1 }, 'fr')).toBe('Alerte envoyée à 1 abonné sur 1');
    expect(fillCounted(editorFr.alertSent, { sent: 1200, followers: 1210 }, 'fr')).toBe(
      'Alerte envoyée à 1\u202f200 abonnés sur 1\u202f210',
    );
    expect(fillCounted(editorFr.alertGone, { gone: 0 }, 'fr')).toBe('0 désabonné');
    expect(fillCounted(editorEn.alertSent, { sent: 1, followers: 1 }, 'en')).toBe('Alert sent to 1 of 1 follower');
    expect(fillCounted(editorEn.alertSent, { sent: 0, followers: 2 }, 'en')).toBe('Alert sent to 0 of 2 followers');
  });
});
