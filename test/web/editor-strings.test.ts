import { describe, expect, it } from 'vitest';
import { validateBriefingInput } from '../../model/validate';
import { editorEn } from '../../web/editor/i18n/en';
import { editorFr } from '../../web/editor/i18n/fr';
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
});
