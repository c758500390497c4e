import { beforeAll, describe, expect, it } from 'vitest';
import { briefingInputSchema, whatComesNextSchema } from '../../model/schema';
import type { BriefingInput, WhatComesNext } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

// No edit is lost: a PUT that changes any one field an editor sets makes a revision. The tables
// below must name every field of the schema, so a field added to it without a way to change it here
// fails this file, and diffBriefings (which reads its fields from the same schema) is tested for it.

type Edit<T> = ((b: T) => void) | 'only one value';
const FIELD_EDITS: Record<Exclude<keyof BriefingInput, 'id' | 'whatComesNext'>, Edit<BriefingInput>> = {
  schemaVersion: 'only one value',
  kind: (b) => (b.kind = 'reportage'),
  language: (b) => (b.language = 'fr'),
  headline: (b) => (b.headline = 'A new headline'),
  standfirst: (b) => (b.standfirst = 'A new standfirst.'),
  lede: (b) => (b.lede = 'A new lede.'),
  sections: (b) => (b.sections[0].paragraphs[0] = 'A new first paragraph.'),
  sources: (b) => (b.sources[0].title = 'A new title for the source'),
  geo: (b) => (b.geo.countries = [...b.geo.countries, 'ML']),
  topics: (b) => (b.topics = [...b.topics, 'mali']),
  authors: (b) => (b.authors = [{ name: 'Another byline' }]),
  corrections: (b) => (b.corrections = [{ at: new Date().toISOString(), text: 'A date was wrong.' }]),
  story: (b) => (b.story = 'niger-after-the-coup'),
  desk: (b) => (b.desk = 'second-desk'),
};
const OUTLOOK_EDITS: Record<keyof WhatComesNext, Edit<WhatComesNext>> = {
  question: (w) => (w.question = 'Will the junta hold elections?'),
  scenarioSet: (w) => (w.scenarioSet = 'non_exclusive'),
  scenarios: (w) => (w.scenarios[0].title = 'A new scenario title'),
  signposts: (w) => (w.signposts[0].indicator = 'A new indicator to watch'),
  asOf: (w) => (w.asOf = '2024-01-01T00:00:00Z'),
  lastReviewedAt: (w) => (w.lastReviewedAt = new Date().toISOString()),
  nextReviewDue: (w) => (w.nextReviewDue = '2099-01-01T00:00:00Z'),
};

describe('no lost edit', () => {
  beforeAll(async () => {
    await send('PUT', '/api/desks/second-desk', { body: { name: { en: 'Second', fr: 'Second' } }, ip: freshIp() });
  });

  it('has a way to change every field the schema has', () => {
    expect(Object.keys(FIELD_EDITS).sort()).toEqual(
      Object.keys(briefingInputSchema.entries)
        .filter((f) => f !== 'id' && f !== 'whatComesNext')
        .sort(),
    );
    expect(Object.keys(OUTLOOK_EDITS).sort()).toEqual(Object.keys(whatComesNextSchema.entries).sort());
  });

  const cases = [
    ...Object.entries(FIELD_EDITS).map(([field, edit]) => [field, edit] as const),
    ...Object.entries(OUTLOOK_EDITS).map(
      ([field, edit]) =>
        [
          `whatComesNext.${field}`,
          typeof edit === 'string' ? edit : (b: BriefingInput) => edit(b.whatComesNext!),
        ] as const,
    ),
  ].filter((c): c is [string, (b: BriefingInput) => void] => typeof c[1] !== 'string');

  it.each(cases)('makes a revision of a PUT that changes only %s', async (field, edit) => {
    const ip = freshIp();
    const id = `edit-${field.replace(/\W/g, '-').toLowerCase()}`;
    expect((await send('POST', '/api/briefings', { body: sampleInput({ id }), ip })).status).toBe(201);
    const next = sampleInput({ id });
    edit(next);
    const res = await send('PUT', `/api/briefings/${id}`, { body: next, ifMatch: '"r1"', ip });
    expect([res.status, res.headers.get('ETag')]).toEqual([200, '"r2"']);
    const live = (await (await get(`/api/briefings/${id}`)).json()) as BriefingInput;
    const field0 = field.split('.');
    const pick = (b: BriefingInput) =>
      field0.length === 2
        ? (b.whatComesNext as Record<string, unknown>)[field0[1]]
        : (b as Record<string, unknown>)[field];
    expect(pick(live)).toEqual(pick(next));
  });
});
