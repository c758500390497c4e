import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { BriefingInput } from '../../model/types';
import { validateBriefingInput } from '../../model/validate';

// Text that looks like something else, or like nothing: every invisible format character is refused.
const withHeadline = (headline: string) => ({ ...(structuredClone(sample) as BriefingInput), headline });
const problems = (headline: string) => {
  const r = validateBriefingInput(withHeadline(headline));
  return r.ok ? [] : r.problems.filter((p) => p.path === 'headline').map((p) => p.message);
};
const HIDDEN = 'must not contain control, bidi-override or invisible characters';

describe('hidden characters', () => {
  it.each([
    ['U+200B zero-width space', '\u200b'],
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+2060 word joiner', '\u2060'],
    ['U+2064 invisible plus', '\u2064'],
    ['U+FEFF byte-order mark', '\ufeff'],
    ['U+2028 line separator', '\u2028'],
    ['U+2029 paragraph separator', '\u2029'],
    ['U+061C Arabic letter mark', '\u061c'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+E0041 tag latin capital A', '\u{e0041}'],
    ['U+E007F cancel tag', '\u{e007f}'],
    ['U+202E right-to-left override', '\u202e'],
  ])('refuses %s inside a headline', (_, ch) => {
    expect(problems(`Talks${ch} resume`)).toEqual([HIDDEN]);
  });

  it('keeps ZWNJ and ZWJ, which Persian, Indic scripts and emoji need', () => {
    expect(problems('می\u200cخواهم')).toEqual([]);
    expect(problems('Family 👨\u200d👩\u200d👧')).toEqual([]);
  });

  it('tests blankness once invisible characters are taken away', () => {
    expect(problems('\u200b')).toEqual(['must not be blank', HIDDEN]);
    expect(problems(' \u00ad\ufeff ')).toEqual(['must not be blank', HIDDEN]);
  });
});

describe('URLs', () => {
  it('refuses a source URL over 2,000 characters', () => {
    const b = structuredClone(sample) as BriefingInput;
    b.sources[0].url = `https://example.org/${'a'.repeat(1981)}`;
    const r = validateBriefingInput(b);
    expect(r.ok ? [] : r.problems).toEqual([{ path: 'sources[0].url', message: 'must be at most 2000 characters' }]);
    b.sources[0].url = `https://example.org/${'a'.repeat(1980)}`;
    expect(validateBriefingInput(b).ok).toBe(true);
  });
});
