import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingInput } from '../../model/types';
import { freshIp, get, send as sendFrom, type Send } from './editor-client';
import { sampleInput } from './seed';

// A draft is held to what the API's own writes check against the database: the topics it names are
// the vocabulary's, its desk is the newsroom's, and the original it translates exists, in another
// language, with the same scenarios and signposts. The check says so at each path; nothing is published.

const send = (method: string, path: string, o: Send = {}) => sendFrom(method, path, { ip: freshIp(), ...o });

async function draft(briefing: BriefingInput): Promise<string> {
  const res = await send('POST', '/api/drafts', { body: { briefing } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const errorsOf = async (res: Response) =>
  ((await res.json()) as { errors: { path: string; message: string }[] }).errors;

describe('a draft naming what the database does not hold', () => {
  it('is refused at the path of an unknown topic, with the close ones, and at an unknown desk', async () => {
    const id = await draft(sampleInput({ id: 'draft-topics', topics: ['democracy', 'democraci'], desk: 'nowhere' }));
    const check = (await (await send('GET', `/api/drafts/${id}/check`)).json()) as {
      ready: boolean;
      errors: { path: string; message: string }[];
    };
    expect(check.ready).toBe(false);
    expect(check.errors.map((e) => e.path)).toEqual(['topics[1]', 'desk']);
    expect(check.errors[0].message).toContain('did you mean "democracy"');
    const refused = await send('POST', `/api/drafts/${id}/publish`);
    expect(refused.status).toBe(422);
    expect((await errorsOf(refused)).map((e) => e.path)).toEqual(['topics[1]', 'desk']);
    expect((await get('/api/briefings/draft-topics')).status).toBe(404);
  });

  it('is refused when it translates no briefing, or one in its own language, or with other signpost ids', async () => {
    const original = await send('POST', '/api/briefings', { body: sampleInput({ id: 'draft-original' }) });
    expect(original.status).toBe(201);
    const cases: [Partial<BriefingInput>, string][] = [
      [{ translationOf: 'no-such-briefing', language: 'fr' }, 'translationOf'],
      [{ translationOf: 'draft-original', language: 'en' }, 'language'],
    ];
    for (const [overrides, path] of cases) {
      const id = await draft(sampleInput({ id: 'draft-translation', ...overrides }));
      const res = await send('POST', `/api/drafts/${id}/publish`);
      expect([res.status, (await errorsOf(res)).map((e) => e.path)]).toEqual([422, [path]]);
    }
    const other = sampleInput({ id: 'draft-translation', language: 'fr', translationOf: 'draft-original' });
    other.whatComesNext!.signposts.pop();
    const res = await send('POST', `/api/drafts/${await draft(other)}/publish`);
    expect([res.status, (await errorsOf(res)).map((e) => e.path)]).toEqual([422, ['whatComesNext.signposts']]);
    expect((await get('/api/briefings/draft-translation')).status).toBe(404);
  });

  it('publishes a translation with the original’s forecast, whatever likelihood it was drafted with', async () => {
    const b = sampleInput({
      id: 'draft-original-fr',
      language: 'fr',
      translationOf: 'draft-original',
      headline: 'La coalition écrit aux institutions',
    });
    b.whatComesNext!.scenarios[0].likelihood = { status: 'assessed', term: 'almost_certain' };
    const res = await send('POST', `/api/drafts/${await draft(b)}/publish`);
    expect(res.status).toBe(201);
    const published = (await res.json()) as Briefing;
    const original = (await (await get('/api/briefings/draft-original')).json()) as Briefing;
    expect(published.translationOf).toBe('draft-original');
    expect(published.whatComesNext!.scenarios[0].likelihood).toEqual(original.whatComesNext!.scenarios[0].likelihood);
  });
});
