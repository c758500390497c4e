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
