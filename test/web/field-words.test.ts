import { describe, expect, it } from 'vitest';
import { fieldWords } from '../../web/editor/field-words';
import { editorEn } from '../../web/editor/i18n/en';
import { editorFr } from '../../web/editor/i18n/fr';

const draft = {
  whatComesNext: {
    scenarios: [{ id: 'budget', title: 'Parliament passes the budget' }, { id: 'untitled' }],
    signposts: [{ id: 'vote', indicator: 'A vote is called' }],
  },
  sections: [{ heading: 'Context' }, { heading: 'Stakes' }],
};
const live = { whatComesNext: { scenarios: [{ id: 'gone', title: 'Removed by the draft' }] } };

describe('fieldWords', () => {
  it.each([
    ['headline', 'Headline', 'Titre'],
    [
      'whatComesNext.scenarios[0].likelihood',
      'Scenario “Parliament passes the budget” · Likelihood',
      'Scénario «\u202fParliament passes the budget\u202f» · Probabilité',
    ],
    ['whatComesNext.scenarios[1].likelihood.term', 'Scenario 2 · Likelihood', 'Scénario 2 · Probabilité'],
    ['sections[1].paragraphs[2]', 'Section 2 · Paragraphs', 'Partie 2 · Paragraphes'],
    ['geo.countries[1]', 'Countries', 'Pays'],
    ['topics[0]', 'Topics', 'Sujets'],
    ['whatComesNext.signposts[0].effects[0].scenarioId', 'Signpost “A vote is called” · Effects', null],
    ['sources[0].title', 'Source 1 · Title', 'Source 1 · Titre'],
    [
      'whatComesNext.scenarios[0].resolution.criteria',
      'Scenario “Parliament passes the budget” · Resolution criteria',
      null,
    ],
    ['whatComesNext.lastReviewedAt', 'What comes next · Last reviewed', null],
    ['$', '', ''],
  ])('names %s as the form does', (path, en, fr) => {
    expect(fieldWords(editorEn, path, draft)).toBe(en);
    if (fr !== null) expect(fieldWords(editorFr, path, draft)).toBe(fr);
  });

  it('names an item the draft removed from the live briefing', () => {
    expect(
      fieldWords(editorEn, 'whatComesNext.scenarios[2]', draft, {
        whatComesNext: { scenarios: [{}, {}, live.whatComesNext.scenarios[0]] },
      }),
    ).toBe('Scenario “Removed by the draft”');
  });
});
