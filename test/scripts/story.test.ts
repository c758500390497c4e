import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { BriefingInput } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';
import { loadDraft } from '../../scripts/lib/draft-read';
import { renderDraft } from '../../scripts/lib/draft-write';

const briefing = sample as BriefingInput;

describe('a briefing’s story', () => {
  it('is optional, and a slug when given', () => {
    expect(validateBriefingInput(briefing).ok).toBe(true);
    expect(validateBriefingInput({ ...briefing, story: 'niger-bazoum-detention' }).ok).toBe(true);
    const bad = validateBriefingInput({ ...briefing, story: 'Niger Bazoum' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      { path: 'story', message: 'must be 1–64 characters of a–z, 0–9 and -' },
    ]);
  });

  it('is offered in a draft without one, as a commented line to fill in', () => {
    const draft = renderDraft(briefing, 'test');
    expect(draft).toContain('# story: niger-bazoum-detention\n');
    expect(loadDraft(draft).value).not.toHaveProperty('story');
  });

  it('reads back from a draft that has one', () => {
    const draft = renderDraft({ ...briefing, story: 'niger-bazoum-detention' }, 'test');
    expect(draft).not.toContain('# story: niger-bazoum-detention');
    expect(loadDraft(draft).value).toMatchObject({ story: 'niger-bazoum-detention' });
  });
});
