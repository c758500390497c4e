import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import { validateBriefingInput } from '../../model/validate';
import { ArticleError, looksLikeHeading, parseArticle } from '../../scripts/lib/article';
import { articleToBriefing, renderDraft } from '../../scripts/lib/draft-write';
import { articleLanguage } from '../../scripts/lib/article-language';
import { outlookIntro } from '../../model/outlook-intro';

const read = (path: string) => readFileSync(path, 'utf8');
// The seed article, kept in the repository as the source the sample briefing was made from.
const SEED = 'content/articles/niger-bazoum-coalition.txt';
const seedText = () => read(SEED);

describe('looksLikeHeading', () => {
  it.each([
    ['Open Letter Catalyzes Global Response', true],
    ['Beyond a Political Detention: The Strategic Stakes', true],
    ['What Comes Next?', true],
    ['Who Controls the Sluice Gates?', true],
    ['3 Numbers That Carry the Plan', true],
    ['What Happens Next', true],
    ['The talks collapsed.', false],
    ['“We cannot spend money we have not dug out of the ground,” said Ingrid Ødegaard.', false],
    ['It was late. Nobody came', false],
    ['according to officials', false],
    ['A very long line that goes on and on with many words and does not stop for any reason at all here', false],
  ])('%s → %s', (line, expected) => expect(looksLikeHeading(line)).toBe(expected));
});

describe('the seed article', () => {
  const text = seedText();
  it('reads into the sample briefing’s headline, standfirst, lede, sections and primary source', () => {
    const b = articleToBriefing(parseArticle(text));
    expect(b.headline).toBe(sample.headline);
    expect(b.standfirst).toBe(sample.standfirst);
    expect(b.lede).toBe(sample.lede);
    expect(b.kind).toBe('analysis');
    expect(b.sections.map((s) => [s.heading, s.paragraphs])).toEqual(
      sample.sections.map((s) => [s.heading, s.paragraphs]),
    );
    expect(b.sources).toEqual([
      { id: 'rfi', publisher: 'RFI', title: 'Reporting on the International Coalition’s open letter', role: 'primary' },
    ]);
    // Never an invented outlook: the editor writes it.
    expect(b.whatComesNext).toBeUndefined();
  });
});

describe('articles it has never seen', () => {
  it('reads the lake fixture: a question heading, a short sentence kept as a paragraph, Unicode intact', () => {
    const a = parseArticle(read('test/fixtures/articles/lake-varnen-water-talks.txt'));
    expect(a.label).toBe('Analysis');
    expect(a.standfirst.text).toMatch(/^The collapse of a third round/);
    expect(a.lede.map((l) => l.text)).toHaveLength(2);
    expect(a.lede[1].text).toBe('The talks collapsed.');
    expect(a.sections.map((s) => [s.heading.text, s.heading.line, s.paragraphs.length])).toEqual([
      ['Who Controls the Sluice Gates?', 5, 2],
      ['Farmers, Fishers and a Restless Border', 8, 1],
      ['What Happens Next', 10, 1],
    ]);
    expect(a.lede[0].text).toContain('“a refusal to look at the same numbers.”');
    expect(a.lede[0].text).toContain('Amélie Ngô-Søndergaard');
    expect(a.source).toMatchObject({
      publisher: 'Agence Fictive de Presse',
      title: 'Reporting on the stalled water talks',
    });
  });

  it('reads the budget fixture: no label, blank lines, CRLF, a heading that starts with a digit, a bare publisher', () => {
    const b = articleToBriefing(parseArticle(read('test/fixtures/articles/norland-budget.txt')));
    expect(b.headline).toBe('Norland’s Budget Bets on a Mining Boom That Has Not Yet Arrived');
    expect(b.standfirst).toMatch(/^The coalition’s first budget/);
    expect(b.lede).toMatch(/“a plan for the decade, not the year\.” .* The arithmetic rests/);
    expect(b.sections.map((s) => [s.id, s.paragraphs.length])).toEqual([
      ['3-numbers-that-carry-the-plan', 3],
      ['can-the-coalition-hold-together', 1],
    ]);
    expect(b.sections[0].paragraphs[2]).toBe(
      '“We cannot spend money we have not dug out of the ground,” said opposition leader Ingrid Ødegaard.',
    );
    expect(b.sources[0]).toEqual({
      id: 'norland-broadcasting-corporation',
      publisher: 'Norland Broadcasting Corporation',
      role: 'primary',
    });
  });

  it('makes drafts the validator finds complete once an editor adds authors and the outlook', () => {
    for (const file of ['lake-varnen-water-talks.txt', 'norland-budget.txt']) {
      const b = articleToBriefing(parseArticle(read(`test/fixtures/articles/${file}`)));
      const done = { ...b, authors: [{ name: 'Fixture Desk' }], whatComesNext: sample.whatComesNext, kind: 'analysis' };
      expect(validateBriefingInput(done)).toMatchObject({ ok: true });
    }
  });
});

describe('errors', () => {
  it.each([
    ['', 1, /empty/],
    ['Only a headline', 2, /standfirst/],
    ['Headline\nA standfirst sentence.\nA paragraph.', 3, /Primary Source/],
    [
      'Headline\nA standfirst sentence.\nA Heading\nA paragraph.\nPrimary Source: RFI\nMore text.',
      6,
      /nothing may follow/,
    ],
    ['Headline\nA standfirst sentence.\nA paragraph.\nPrimary Source: RFI', 3, /no section heading/],
  ])('names the line of %j', (text, line, message) => {
    const error = (() => {
      try {
        parseArticle(text);
      } catch (e) {
        return e;
      }
    })() as ArticleError;
    expect(error).toBeInstanceOf(ArticleError);
    expect([error.line, error.message]).toEqual([line, expect.stringMatching(message)]);
  });
});

describe('a French article', () => {
  const text = read('test/fixtures/articles/cedeao-pression-fr.txt');
  const b = articleToBriefing(parseArticle(text), articleLanguage(text));

  it('is read as French, its label out of the standfirst, its source line naming the publisher', () => {
    expect(b.language).toBe('fr');
    expect(b.kind).toBe('analysis');
    expect(b.standfirst).toMatch(/^une coalition internationale/);
    expect(b.sources).toEqual([{ id: 'rfi', publisher: 'RFI', role: 'primary' }]);
  });

  it('has one outlook heading: its own « Et ensuite ? » opens the outlook block', () => {
    const intro = outlookIntro(b.sections);
    expect(intro?.heading).toBe('Et ensuite ?');
    const draft = renderDraft(b, 'test', '2026-12-07T00:00:00Z');
    expect(draft).toContain('# Complétez les perspectives, puis décommentez-les.');
    expect(draft).toContain('La source ne donne aucune probabilité.');
    expect(draft).not.toContain('Complete the outlook');
  });

  it.each([
    ['Analyse : Un texte.', 'analysis'],
    ['Analyse\u202f: Un texte.', 'analysis'],
    ['Décryptage : Un texte.', 'analysis'],
    ['Opinion : Un texte.', 'opinion'],
    ['Analysis: A text.', 'analysis'],
  ])('reads the label of %s', (standfirst, kind) => {
    const parsed = parseArticle(`Titre\n${standfirst}\nUn Intertitre\nUn paragraphe.\nSource principale : RFI`);
    expect(parsed.standfirst.text).toMatch(/^(Un|A) text/);
    expect(articleToBriefing(parsed).kind).toBe(kind);
  });

  it.each(['Et ensuite ?', 'Et maintenant ?', 'Quelles perspectives ?', 'What Comes Next?', 'Et ensuite\u202f?'])(
    'sees %s as the outlook heading',
    (heading) => {
      const parsed = parseArticle(`Titre\nUn chapeau.\n${heading}\nUn paragraphe.\nSource principale : RFI`);
      expect(outlookIntro(articleToBriefing(parsed).sections)?.heading).toBe(heading);
    },
  );

  it.each([
    ['Source principale : RFI', 'RFI'],
    ['Source principale\u202f: RFI', 'RFI'],
    ['Sources principales : Radio France Internationale', 'Radio France Internationale'],
    ['Primary Source: RFI', 'RFI'],
    ['Source principale : selon RFI, sur la détention', 'RFI'],
  ])('reads the publisher of %s', (line, publisher) => {
    const parsed = parseArticle(`Titre\nUn chapeau.\nUn Intertitre\nUn paragraphe.\n${line}`);
    expect(parsed.source.publisher).toBe(publisher);
  });

  it('tells English from French, and keeps English articles English', () => {
    expect(articleLanguage(seedText())).toBe('en');
    expect(articleLanguage(text)).toBe('fr');
  });
});
