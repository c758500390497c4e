import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { Briefing, BriefingInput, Likelihood } from '../../model/types';
import { validateBriefing, validateBriefingInput } from '../../model/validate';

// The validation rules of docs/format.md, one by one: each bad input, and the JSON path its problem must name.

type B = BriefingInput & Record<string, unknown>;
const base = () => structuredClone(sample) as B;
const next = (b: B) => b.whatComesNext!;
const assess = (b: B, i: number, l: Likelihood) => (next(b).scenarios[i].likelihood = l);

const cases: [string, (b: B) => void, string][] = [
  ['a missing headline', (b) => delete (b as Partial<B>).headline, 'headline'],
  ['a blank standfirst', (b) => (b.standfirst = '   '), 'standfirst'],
  ['a headline over 140 characters', (b) => (b.headline = 'x'.repeat(141)), 'headline'],
  ['a standfirst over 320 characters', (b) => (b.standfirst = 'x'.repeat(321)), 'standfirst'],
  [
    'a paragraph over 2000 characters',
    (b) => (b.sections[0].paragraphs[0] = 'x'.repeat(2001)),
    'sections[0].paragraphs[0]',
  ],
  ['no sections', (b) => (b.sections = []), 'sections'],
  ['a wrong schemaVersion', (b) => ((b as Record<string, unknown>).schemaVersion = '2.0'), 'schemaVersion'],
  ['an id that is not a slug', (b) => (b.id = 'Not A Slug'), 'id'],
  ['an unknown kind', (b) => ((b as Record<string, unknown>).kind = 'essay'), 'kind'],
  ['an unknown language', (b) => (b.language = 'constru'), 'language'],
  ['an unknown country code', (b) => (b.geo.countries = ['XX']), 'geo.countries[0]'],
  ['an upper-case topic', (b) => (b.topics = ['Niger']), 'topics[0]'],
  [
    'the likelihood term "probable"',
    (b) => assess(b, 0, { status: 'assessed', term: 'probable' as never }),
    'whatComesNext.scenarios[0].likelihood.term',
  ],
  [
    'the likelihood term "70%"',
    (b) => assess(b, 1, { status: 'assessed', term: '70%' as never }),
    'whatComesNext.scenarios[1].likelihood.term',
  ],
  ['an unknown scenario set', (b) => (next(b).scenarioSet = 'maybe' as never), 'whatComesNext.scenarioSet'],
  [
    'an unknown signpost status',
    (b) => (next(b).signposts[0].status = 'seen' as never),
    'whatComesNext.signposts[0].status',
  ],
  ['an unknown source role', (b) => (b.sources[1].role = 'main' as never), 'sources[1].role'],
  [
    'a percent outside its term',
    (b) => assess(b, 0, { status: 'assessed', term: 'likely', percent: 90 }),
    'whatComesNext.scenarios[0].likelihood.percent',
  ],
  [
    'exclusive lower bounds over 100%',
    (b) => [0, 1].forEach((i) => assess(b, i, { status: 'assessed', term: 'very_likely' })),
    'whatComesNext.scenarios',
  ],
  [
    'exhaustive upper bounds under 100%',
    (b) => {
      next(b).scenarioSet = 'exclusive_exhaustive';
      [0, 1].forEach((i) => assess(b, i, { status: 'assessed', term: 'unlikely' }));
    },
    'whatComesNext.scenarios',
  ],
  ['fewer than two scenarios', (b) => next(b).scenarios.pop(), 'whatComesNext.scenarios'],
  ['a duplicate section id', (b) => (b.sections[1].id = b.sections[0].id), 'sections[1].id'],
  ['a duplicate source id', (b) => (b.sources[1].id = b.sources[0].id), 'sources[1].id'],
  [
    'a duplicate scenario id',
    (b) => (next(b).scenarios[1].id = next(b).scenarios[0].id),
    'whatComesNext.scenarios[1].id',
  ],
  [
    'a duplicate signpost id',
    (b) => (next(b).signposts[2].id = next(b).signposts[0].id),
    'whatComesNext.signposts[2].id',
  ],
  [
    'a signpost naming no scenario',
    (b) => (next(b).signposts[1].effects[0].scenarioId = 'nowhere'),
    'whatComesNext.signposts[1].effects[0].scenarioId',
  ],
  ['two primary sources', (b) => (b.sources[1].role = 'primary'), 'sources'],
  ['no primary source', (b) => (b.sources[0].role = 'supporting'), 'sources'],
  ['an analysis without an outlook', (b) => delete (b as Partial<B>).whatComesNext, 'whatComesNext'],
  ['an http:// source URL', (b) => (b.sources[0].url = 'http://www.rfi.fr/'), 'sources[0].url'],
  ['a javascript: author URL', (b) => (b.authors[0].url = 'javascript:alert(1)'), 'authors[0].url'],
  ['an HTML tag in the headline', (b) => (b.headline = 'A <em>big</em> day'), 'headline'],
  [
    'a script tag in a condition',
    (b) => (next(b).scenarios[0].conditions[1] = '<script>alert(1)</script>'),
    'whatComesNext.scenarios[0].conditions[1]',
  ],
  ['an HTML entity in the lede', (b) => (b.lede = 'Tom &amp; Jerry'), 'lede'],
  ['a numeric entity in a heading', (b) => (b.sections[2].heading = 'Less &#60; more'), 'sections[2].heading'],
  ['a control character in the standfirst', (b) => (b.standfirst = 'Bell\u0007 rings'), 'standfirst'],
  [
    'a bidi override in a signpost',
    (b) => (next(b).signposts[0].indicator = 'gnp\u202Eeveal'),
    'whatComesNext.signposts[0].indicator',
  ],
  ['a bidi isolate in an author name', (b) => (b.authors[0].name = 'Desk\u2066x\u2069'), 'authors[0].name'],
  ['an unknown top-level key', (b) => (b.extra = 1), 'extra'],
  [
    'an unknown key in a scenario',
    (b) => ((next(b).scenarios[0] as unknown as B).probability = 0.7),
    'whatComesNext.scenarios[0].probability',
  ],
  [
    'a __proto__ key',
    (b) => Object.defineProperty(b, '__proto__', { value: { admin: true }, enumerable: true }),
    '__proto__',
  ],
  ['a date without an offset', (b) => (next(b).asOf = '2026-11-25T12:00:00'), 'whatComesNext.asOf'],
  ['a date that is no date', (b) => (next(b).lastReviewedAt = 'yesterday'), 'whatComesNext.lastReviewedAt'],
  ['a 30 February', (b) => (next(b).asOf = '2024-02-30T12:00:00Z'), 'whatComesNext.asOf'],
  ['a 31 April', (b) => (next(b).lastReviewedAt = '2027-04-31T12:00:00Z'), 'whatComesNext.lastReviewedAt'],
  ['a 25th hour', (b) => (next(b).asOf = '2026-11-25T25:00:00Z'), 'whatComesNext.asOf'],
  [
    'an observed signpost without its date',
    (b) => (next(b).signposts[0].status = 'observed'),
    'whatComesNext.signposts[0].observedAt',
  ],
  [
    'a review before the outlook it reviews',
    (b) => (next(b).lastReviewedAt = '2026-11-24T12:00:00Z'),
    'whatComesNext.lastReviewedAt',
  ],
];

describe('validateBriefingInput', () => {
  it('accepts the sample', () => {
    expect(validateBriefingInput(base())).toMatchObject({ ok: true });
  });

  it.each(cases)('refuses %s, naming %s', (_, mutate, path) => {
    const b = base();
    mutate(b);
    // Through JSON, as the API and the publish command receive it.
    const result = validateBriefingInput(JSON.parse(JSON.stringify(b)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it('ignores server-kept fields on input, so a fetched briefing can be sent back', () => {
    const fetched = {
      ...base(),
      revision: 7,
      publishedAt: 'whenever',
      modifiedAt: 'never',
      status: 'bogus',
      retraction: 1,
    };
    expect(validateBriefingInput(fetched)).toMatchObject({ ok: true });
  });
});

describe('validateBriefing (a stored briefing, as a feed carries it)', () => {
  const stored = (): Briefing => ({
    ...(base() as BriefingInput),
    revision: 2,
    publishedAt: '2026-03-01T00:00:00Z',
    modifiedAt: '2026-03-03T00:00:00Z',
    status: 'published',
  });

  it('refuses a modifiedAt before publishedAt', () => {
    const result = validateBriefing({ ...stored(), modifiedAt: '2026-02-01T00:00:00Z' });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'modifiedAt', message: 'must not be before publishedAt' }],
    });
  });

  it('refuses a publishedAt without an offset', () => {
    const result = validateBriefing({ ...stored(), publishedAt: '2026-03-01 00:00' });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['publishedAt']);
  });
});

describe('one check, every problem', () => {
  const paths = (input: unknown) => {
    const r = validateBriefingInput(input);
    return r.ok ? [] : r.problems.map((p) => p.path);
  };

  it('lists the rules across fields alongside the shape’s problems', () => {
    const b = base();
    b.headline = '';
    next(b).signposts[0].effects[0].scenarioId = 'nowhere';
    next(b).lastReviewedAt = '2020-01-01T00:00:00Z';
    expect(paths(b)).toEqual([
      'headline',
      'whatComesNext.lastReviewedAt',
      'whatComesNext.signposts[0].effects[0].scenarioId',
    ]);
  });

  it('leaves out a rule whose fields are themselves wrong, rather than guess', () => {
    const b = base();
    // A scenario id that is no slug: every signpost naming it would otherwise look wrong too.
    next(b).scenarios[0].id = 'Not A Slug';
    // A likelihood of no known term: the sums over the set cannot be made.
    assess(b, 1, { status: 'assessed', term: 'probable' } as never);
    expect(paths(b)).toEqual(['whatComesNext.scenarios[0].id', 'whatComesNext.scenarios[1].likelihood.term']);
  });

  it('still checks the items of a list too long or too short', () => {
    const b = base();
    // One scenario is too few; the signposts naming the one removed still hear of it.
    next(b).scenarios = [next(b).scenarios[0]];
    expect(paths(b)).toContain('whatComesNext.scenarios');
    expect(paths(b)).toContain('whatComesNext.signposts[1].effects[1].scenarioId');
  });

  it('never throws, whatever the shape', () => {
    for (const input of [null, 7, 'x', [], {}, { whatComesNext: [] }, { whatComesNext: { scenarios: [null, 5] } }])
      expect(validateBriefingInput(input).ok).toBe(false);
    const b = base() as Record<string, unknown>;
    (next(b as B).signposts as unknown[])[0] = null;
    b.sources = [null];
    expect(() => validateBriefingInput(b)).not.toThrow();
  });
});
