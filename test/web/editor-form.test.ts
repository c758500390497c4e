import { describe, expect, it } from 'vitest';
import { validateBriefingInput } from '../../model/validate';
import { briefingFromForm, fieldOf, fieldText, problemsByField } from '../../web/editor/form-fields';
import { addItem, blankBriefing, removeItem } from '../../web/editor/form-lists';

// The topics are checkboxes: every one checked is one more entry of the same name.
const form = (fields: Record<string, string>, topics = ['water', 'trade']) => [
  ...Object.entries(fields),
  ...topics.map((id): [string, string] => ['topics', id]),
];

const whole = {
  schemaVersion: '1.0',
  id: 'lake-talks',
  kind: 'analysis',
  language: 'fr',
  headline: 'Les pourparlers sur le lac « Varnen » piétinent',
  standfirst: 'Deux capitales, un lac qui baisse.',
  lede: 'Les négociateurs se sont quittés sans accord.',
  story: 'lake-varnen',
  desk: 'sahel',
  'sections[0].id': 'section-1',
  'sections[0].heading': 'Contexte',
  'sections[0].paragraphs': 'Premier paragraphe.\n\n  Second paragraphe.\n\n\n',
  'sources[0].id': 'source-1',
  'sources[0].publisher': 'RFI',
  'sources[0].url': 'https://www.rfi.fr/',
  'sources[0].role': 'primary',
  'geo.countries': 'ne, ml',
  authors: 'Bureau Sahel\n',
  'whatComesNext.question': 'Les deux capitales accepteront-elles le calendrier ?',
  'whatComesNext.scenarioSet': 'exclusive_exhaustive',
  'whatComesNext.asOf': '2026-12-07',
  'whatComesNext.lastReviewedAt': '2026-12-07',
  'whatComesNext.scenarios[0].id': 'accepted',
  'whatComesNext.scenarios[0].title': 'Accepté',
  'whatComesNext.scenarios[0].conditions': 'Les deux acceptent\nLa commission publie',
  'whatComesNext.scenarios[0].outcome': 'La pression baisse.',
  'whatComesNext.scenarios[0].likelihood.term': 'likely',
  'whatComesNext.scenarios[0].likelihood.percent': '60',
  'whatComesNext.scenarios[0].likelihood.reason': 'left over from before',
  'whatComesNext.scenarios[0].timeframe.horizon': 'weeks',
  'whatComesNext.scenarios[0].timeframe.until': '2027-01-31',
  'whatComesNext.scenarios[0].resolution.criteria': 'Les deux ministres signent.',
  'whatComesNext.scenarios[1].id': 'refused',
  'whatComesNext.scenarios[1].title': 'Refusé',
  'whatComesNext.scenarios[1].conditions': 'Un refus',
  'whatComesNext.scenarios[1].outcome': 'Arbitrage.',
  'whatComesNext.scenarios[1].likelihood.term': 'not_assessed',
  'whatComesNext.scenarios[1].likelihood.percent': '',
  'whatComesNext.scenarios[1].likelihood.reason': 'La source ne le dit pas.',
  'whatComesNext.scenarios[1].timeframe.horizon': 'months',
  'whatComesNext.scenarios[1].resolution.criteria': '',
  'whatComesNext.signposts[0].id': 'proposed',
  'whatComesNext.signposts[0].indicator': 'La commission propose un calendrier',
  'whatComesNext.signposts[0].status': 'observed',
  'whatComesNext.signposts[0].observedAt': '2026-12-06',
  'whatComesNext.signposts[0].effects[0].scenarioId': 'accepted',
  'whatComesNext.signposts[0].effects[0].direction': 'raises',
  'whatComesNext.signposts[0].effects[1].scenarioId': '',
  'whatComesNext.signposts[0].effects[1].direction': 'lowers',
  _etag: '"d3"',
  _add: 'sections',
};

describe('briefingFromForm', () => {
  it('reads a whole form into a briefing the validator accepts', () => {
    const b = briefingFromForm(form(whole));
    const checked = validateBriefingInput(b);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(b).toMatchObject({
      lede: 'Les négociateurs se sont quittés sans accord.',
      story: 'lake-varnen',
      desk: 'sahel',
      sections: [{ id: 'section-1', heading: 'Contexte', paragraphs: ['Premier paragraphe.', 'Second paragraphe.'] }],
      geo: { countries: ['NE', 'ML'] },
      topics: ['water', 'trade'],
      authors: [{ name: 'Bureau Sahel' }],
    });
    const [accepted, refused] = (b.whatComesNext as { scenarios: object[] }).scenarios;
    expect(accepted).toMatchObject({
      conditions: ['Les deux acceptent', 'La commission publie'],
      likelihood: { status: 'assessed', term: 'likely', percent: 60 },
      timeframe: { horizon: 'weeks', until: expect.stringMatching(/^2027-01-31/) },
      resolution: { criteria: 'Les deux ministres signent.' },
    });
    // "Not assessed" keeps its reason and drops any percent; a blank criteria field is no resolution.
    expect(refused).toMatchObject({ likelihood: { status: 'not_assessed', reason: 'La source ne le dit pas.' } });
    expect(refused).not.toHaveProperty('resolution');
    expect((b.whatComesNext as { signposts: object[] }).signposts[0]).toEqual({
      id: 'proposed',
      indicator: 'La commission propose un calendrier',
      status: 'observed',
      observedAt: '2026-12-06T12:00:00Z',
      effects: [{ scenarioId: 'accepted', direction: 'raises' }],
    });
    expect(b).not.toHaveProperty('_etag');
  });

  it('keeps what is typed, even when it is not yet valid', () => {
    const b = briefingFromForm(
      form({ headline: '  ', 'whatComesNext.scenarios[0].likelihood.percent': 'seventy' }, []),
    );
    expect(b.headline).toBeUndefined();
    expect(b.whatComesNext).toEqual({ scenarios: [{ likelihood: { status: 'assessed', percent: 'seventy' } }] });
  });

  it('dates a past fact of today no later than the form is read, and a future date or an earlier day at noon UTC', () => {
    const morning = new Date('2026-12-08T00:05:30.250Z');
    const b = briefingFromForm(
      [
        ['whatComesNext.asOf', '2026-12-08'],
        ['whatComesNext.lastReviewedAt', '2026-12-07'],
        ['whatComesNext.nextReviewDue', '2026-12-08'],
        ['whatComesNext.signposts[0].observedAt', '2026-12-08'],
      ],
      morning,
    );
    expect(b.whatComesNext).toMatchObject({
      asOf: '2026-12-08T00:05:30Z',
      lastReviewedAt: '2026-12-07T12:00:00Z',
      nextReviewDue: '2026-12-08T12:00:00Z',
      signposts: [{ observedAt: '2026-12-08T00:05:30Z' }],
    });
    const afternoon = briefingFromForm([['whatComesNext.asOf', '2026-12-08']], new Date('2026-12-08T15:00:00Z'));
    expect(afternoon.whatComesNext).toMatchObject({ asOf: '2026-12-08T12:00:00Z' });
  });

  it('closes up lists whose middle item was removed', () => {
    const b = briefingFromForm(form({ 'sections[0].heading': 'A', 'sections[2].heading': 'C' }));
    expect(b.sections).toEqual([{ heading: 'A' }, { heading: 'C' }]);
  });

  it('round-trips each field through fieldText', () => {
    const b = briefingFromForm(form(whole));
    const again = briefingFromForm([
      ...Object.keys(whole)
        .filter((name) => !name.startsWith('_'))
        .map((name): [string, string] => [name, fieldText(name, valueOf(b, name))]),
      ...(b.topics as string[]).map((id): [string, string] => ['topics', id]),
    ]);
    expect(again).toEqual(b);
  });
});

function valueOf(b: object, name: string): unknown {
  if (name.endsWith('likelihood.term')) {
    const l = valueOf(b, name.replace(/\.term$/, '')) as { status: string; term?: string };
    return l.status === 'not_assessed' ? 'not_assessed' : l.term;
  }
  return name
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], b);
}

describe('fieldOf', () => {
  it.each([
    ['headline', 'headline'],
    ['sections[1].paragraphs[3]', 'sections[1].paragraphs'],
    ['authors[0].name', 'authors'],
    ['geo.countries[2]', 'geo.countries'],
    ['topics[0]', 'topics'],
    ['whatComesNext.scenarios[0].conditions[1]', 'whatComesNext.scenarios[0].conditions'],
    ['whatComesNext.scenarios[0].likelihood', 'whatComesNext.scenarios[0].likelihood.term'],
    ['whatComesNext.scenarios[0].likelihood.term', 'whatComesNext.scenarios[0].likelihood.term'],
    ['whatComesNext.scenarios[0].likelihood.status', 'whatComesNext.scenarios[0].likelihood.term'],
    ['whatComesNext.scenarios[0].likelihood.percent', 'whatComesNext.scenarios[0].likelihood.percent'],
    ['whatComesNext.signposts[0].effects[1].direction', 'whatComesNext.signposts[0].effects[1].scenarioId'],
    ['whatComesNext.signposts[0].observedAt', 'whatComesNext.signposts[0].observedAt'],
    ['whatComesNext.scenarios', 'whatComesNext.scenarios'],
  ])('puts a problem at %s next to the field %s', (path, field) => expect(fieldOf(path)).toBe(field));

  it('groups the validator’s problems by field', () => {
    const checked = validateBriefingInput(
      briefingFromForm(form({ ...whole, 'whatComesNext.scenarios[0].likelihood.percent': '90' })),
    );
    expect(checked.ok).toBe(false);
    const byField = problemsByField(checked.ok ? [] : checked.problems);
    expect(byField.get('whatComesNext.scenarios[0].likelihood.percent')).toEqual([
      'must be within 55–80% for "likely"',
    ]);
  });
});

describe('adding and removing items', () => {
  it('starts a new briefing with a section, a primary source and two scenarios, each with its own id', () => {
    const b = blankBriefing('fr', '2026-12-07T12:00:00Z');
    expect((b.sections as { id: string }[]).map((s) => s.id)).toEqual(['section-1']);
    expect(b.sources).toEqual([{ id: 'source-1', publisher: '', role: 'primary' }]);
    const wcn = b.whatComesNext as { scenarios: { id: string }[] };
    expect(wcn.scenarios.map((s) => s.id)).toEqual(['scenario-1', 'scenario-2']);
  });

  it('adds with a fresh id and removes by path', () => {
    const b = blankBriefing('en', '2026-12-07T12:00:00Z');
    addItem(b, 'whatComesNext.signposts');
    addItem(b, 'sources');
    removeItem(b, 'whatComesNext.scenarios[0]');
    addItem(b, 'whatComesNext.scenarios');
    const wcn = b.whatComesNext as { scenarios: { id: string }[]; signposts: { id: string; effects: object[] }[] };
    expect(wcn.scenarios.map((s) => s.id)).toEqual(['scenario-2', 'scenario-3']);
    expect(wcn.signposts).toEqual([
      { id: 'signpost-1', indicator: '', status: 'not_observed', effects: [{ direction: 'raises' }] },
    ]);
    expect((b.sources as { role: string }[]).map((s) => s.role)).toEqual(['primary', 'supporting']);
    removeItem(b, 'headline');
    expect(b.headline).toBe('');
  });
});
