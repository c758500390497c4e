import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { BriefingInput } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';
import { parseArticle } from '../../scripts/lib/article';
import { DraftError, loadDraft, loadJson } from '../../scripts/lib/draft-read';
import { articleToBriefing, renderDraft } from '../../scripts/lib/draft-write';

const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const briefing = sample as BriefingInput;

describe('a draft file', () => {
  it('reads back exactly the briefing it was written from, outlook and section ids included', () => {
    const draft = renderDraft(briefing, 'test');
    expect(loadDraft(draft).value).toEqual(JSON.parse(JSON.stringify(briefing)));
  });

  it('leaves the outlook as a commented template when the briefing has none, and points there', () => {
    const b = articleToBriefing(
      parseArticle(readFileSync('test/fixtures/articles/lake-varnen-water-talks.txt', 'utf8')),
    );
    const draft = renderDraft(b, 'test');
    const loaded = loadDraft(draft);
    expect(loaded.value).not.toHaveProperty('whatComesNext');
    expect(loaded.lineOf('whatComesNext')).toBe(lineOfText(draft, '# whatComesNext:'));
    expect(draft).toContain('under "## What Happens Next" below');
  });

  it('names the line of each problem, in the front matter and in the body', () => {
    const draft = renderDraft({ ...briefing, headline: 'Bad <b>headline</b>' }, 'test')
      .replace('\n## Beyond a Political Detention', '\n## Beyond a Political Detention &amp; more')
      .replace('term: not_there', '');
    const loaded = loadDraft(draft);
    const checked = validateBriefingInput(loaded.value);
    expect(checked.ok).toBe(false);
    const lines = !checked.ok ? checked.problems.map((p) => [p.path, loaded.lineOf(p.path)]) : [];
    expect(lines).toEqual([
      ['headline', lineOfText(draft, 'headline: Bad')],
      ['sections[1].heading', lineOfText(draft, '## Beyond a Political')],
    ]);
  });

  it('points a missing or wrong nested field at its own line or its parent’s', () => {
    const b = structuredClone(briefing);
    (b.whatComesNext!.scenarios[1].likelihood as { term?: string }) = { status: 'assessed', term: 'probable' } as never;
    const draft = renderDraft(b, 'test');
    const loaded = loadDraft(draft);
    expect(loaded.lineOf('whatComesNext.scenarios[1].likelihood.term')).toBe(lineOfText(draft, 'term: probable'));
    expect(loaded.lineOf('whatComesNext.scenarios[1].likelihood.percent')).toBe(
      lineOfText(draft, 'term: probable') - 1,
    );
    expect(loaded.lineOf('sections[2].paragraphs[1]')).toBe(lineOfText(draft, 'This international mobilization'));
  });

  it('joins hard-wrapped lines of a paragraph, and refuses a "# " heading with its line', () => {
    const draft = '---\nid: x\n---\n\nFirst line\nsecond line.\n\n## A heading\n\nText.\n';
    expect(loadDraft(draft).value).toMatchObject({
      lede: 'First line second line.',
      sections: [{ id: 'a-heading', heading: 'A heading', paragraphs: ['Text.'] }],
    });
    expect(() => loadDraft('---\nid: x\n---\n# Headline\n')).toThrow(/^line 4: /);
  });

  it('reports a YAML mistake with its line in the file', () => {
    try {
      loadDraft('---\nid: x\nheadline: [unclosed\n---\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DraftError);
      expect((e as DraftError).line).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('a .json briefing', () => {
  it('maps JSON paths to lines, and a syntax error to its line', () => {
    const text = JSON.stringify(briefing, null, 2);
    const loaded = loadJson(text);
    expect(loaded.lineOf('whatComesNext.signposts[2].indicator')).toBe(
      lineOfText(text, '"indicator": "ECOWAS answers'),
    );
    expect(() => loadJson('{\n  "id": "x",\n  oops\n}')).toThrow(/^line 3: /);
  });
});

/** Where loading `text` stops, as `line:column message`. */
function mistake(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    if (e instanceof DraftError) return `${e.place} ${e.message.replace(/^line \d+: /, '')}`;
    throw e;
  }
  return 'no mistake';
}
const front = (yaml: string) => () => loadDraft(`---\n${yaml}---\n\nText.\n`);

describe('a YAML mistake, in an editor’s words', () => {
  it.each([
    [
      'a French « : » in a value (BLOCK_AS_IMPLICIT_KEY)',
      'id: x\nheadline: Niger : la junte cède\n',
      '3:11 the value of `headline` contains « : » (a colon then a space), which YAML reads as the start of another field; put the whole value in quotes: headline: "Niger : la junte cède"',
    ],
    [
      'a line under a field that has its value (BLOCK_AS_IMPLICIT_KEY)',
      'id: x\n  headline: y\n',
      '3:3 this line is indented under `id`, which already has a value on line 2: start it at column 1, as `id`, or put the whole value of `id` in quotes',
    ],
    [
      'a value wrapped onto a line of its own (MULTILINE_IMPLICIT_KEY)',
      'headline: Niger la junte\ncède le pouvoir\n',
      '3:1 « cède le pouvoir » is not a field: write it as name: value (a colon, then a space). If it continues the value of `headline` on line 2, indent it by two more spaces than `headline`, or put that whole value in quotes on one line.',
    ],
    [
      'a tab (TAB_AS_INDENT)',
      'authors:\n\t- name: A\n',
      '3:1 this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces',
    ],
    [
      'a field out of line (BAD_INDENT)',
      'geo:\n  countries: [NE]\n   regions: ["011"]\n',
      '4:4 `regions` starts at column 4, and `countries` above it (line 3) at column 3: fields of one group start at the same column; line it up with the group it belongs to',
    ],
    [
      'a list never closed (BAD_INDENT)',
      'topics: [niger, democracy\nstandfirst: ok\n',
      '2:9 the list opened with « [ » here is never closed: end it with « ] » on the same line',
    ],
    [
      'a quote never closed (MISSING_CHAR)',
      'id: x\nheadline: "Niger\nstandfirst: ok\n',
      '3:11 the value of `headline` opens a quote (") that is never closed: end the value with " on the same line',
    ],
    [
      'a field given twice (DUPLICATE_KEY)',
      'headline: A\nid: x\nheadline: B\n',
      '4:1 `headline` is given twice (first on line 2): keep one',
    ],
    [
      'an apostrophe inside single quotes (UNEXPECTED_TOKEN)',
      "standfirst: 'Il n'y a pas d'accord'\n",
      "2:13 the value of `standfirst` goes on after its closing quote ('): a quote inside a value in '…' is written '' (or use ’ and « »), e.g. standfirst: \"Il n'y a pas d'accord\"",
    ],
    [
      'a value starting with « [ » (UNEXPECTED_TOKEN)',
      'headline: [Analyse] Niger\n',
      '2:11 the value of `headline` starts with « [ », which YAML reads as a list; put the whole value in quotes: headline: "[Analyse] Niger"',
    ],
    [
      'a value starting with « @ » (BAD_SCALAR_START)',
      'headline: @rfi says\n',
      '2:11 the value of `headline` starts with « @ », which YAML reads as a reserved character; put the whole value in quotes: headline: "@rfi says"',
    ],
    [
      'a « - » list item inside { } (BLOCK_IN_FLOW)',
      'likelihood: { status: assessed term: likely }\n',
      '2:23 inside « [ ] » or « { } », items are separated by commas and written on the same line, e.g. { status: assessed, term: likely } or [niger, democracy]',
    ],
    [
      'a backslash in double quotes (BAD_DQ_ESCAPE)',
      'headline: "Voir C:\\dossier"\n',
      '2:19 the value of `headline` holds « \\d » inside double quotes, where « \\ » starts an escape: write « \\\\ » for a backslash, or use single quotes',
    ],
    [
      'a value starting with « * », which YAML reads as an alias',
      'headline: *Exclusif* Niger\n',
      '2:11 the value of `headline` starts with « * », which YAML reads as a reference to another value; put the whole value in quotes: headline: "*Exclusif* Niger"',
    ],
    [
      'a value cut short at « #» (read as a comment, silently)',
      'headline: Niger #1 story\nscenarioSet: exclusive   # a real comment\n',
      '2:11 the value of `headline` stops before « #1 story »: YAML reads a « # » after a space as the start of a comment; put the whole value in quotes: headline: "Niger #1 story"',
    ],
  ])('%s', (_, yaml, expected) => {
    expect(mistake(front(yaml))).toBe(expected);
  });

  it('names a paragraph pasted into the front matter (KEY_OVER_1024_CHARS), and a field without its space', () => {
    expect(mistake(front(`id: x\n${'word '.repeat(260)}end: value\n`))).toBe(
      '3:1 this long line is read as the name of a field: a text this long belongs in the body, under the front matter, or in quotes as the value of a field (name: "…")',
    );
    expect(mistake(front('headline:Niger\n'))).toBe(
      '2 the front matter must be fields, one a line, each written name: value (a colon, then a space)',
    );
  });

  it('says what closes nothing (UNEXPECTED_TOKEN)', () => {
    expect(mistake(front('topics: [a, b]]\n'))).toBe(
      '2:15 « ] » closes nothing that was opened: remove it, or put the whole value in quotes',
    );
  });

  it('falls back to the line and what YAML says, never a stack trace', () => {
    expect(mistake(front('headline: &a &b x\n'))).toBe(
      '2:14 YAML cannot read this line (« headline: &a &b x »): check its colons, quotes and indentation (YAML says: A node can have at most one anchor)',
    );
  });
});

describe('a JSON mistake, in an editor’s words', () => {
  it.each([
    ['{\n  "id": "x",\n}\n', '3:1 a comma after the last item: JSON allows none before « } » or « ] »; remove it'],
    [
      '{\n  "topics": ["a",]\n}\n',
      '2:18 a comma after the last item: JSON allows none before « } » or « ] »; remove it',
    ],
    ['{\n  "id": "x"\n  "kind": "analysis"\n}\n', '3:3 a comma is missing between the item before this and this one'],
    ["{\n  'id': 'x'\n}\n", '2:3 JSON writes names and text in double quotes ("id"), not single quotes'],
    ['{\n  "id": "x",\n  oops\n}', '3:3 a field’s name must be in double quotes: "name": value'],
    [
      '{\n  "headline": "Niger\n"}\n',
      '2:21 a text runs onto the next line without its closing quote ("): close it on the same line (write \\n for a new line)',
    ],
    [
      '{\n  "id": "x"\n',
      '3:1 the file ends before the briefing is closed: a « } », a « ] » or a closing quote is missing',
    ],
    [
      '{\n  "id": "x"\n}\n}\n',
      '4:1 the briefing has ended before this (one « } » too many above, or text after the last « } »): remove it',
    ],
  ])('%j', (text, expected) => {
    expect(mistake(() => loadJson(text))).toBe(expected);
  });

  it('refuses a key given twice, which JSON.parse would settle by dropping the first unseen', () => {
    expect(mistake(() => loadJson('{\n  "headline": "A",\n  "id": "x",\n  "headline": "B"\n}\n'))).toBe(
      '4:3 "headline" is given twice in the same object: keep one',
    );
  });
});
