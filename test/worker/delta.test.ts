import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDelta, BriefingIndex } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput, seedSample } from './seed';

// 22 briefings a minute apart: the two oldest are past the feed's first page.
beforeAll(async () => {
  for (let i = 0; i < 22; i++)
    await seedSample({ id: `delta-${String(i).padStart(2, '0')}` }, new Date(Date.UTC(2026, 0, 1, 0, i)));
});

const sync = async (since: number, headers: Record<string, string> = {}) =>
  get(`/api/briefings?since=${since}`, headers);

/** An editor's revision of `id`: its standfirst changed. */
async function revise(id: string): Promise<void> {
  const current = await get(`/api/briefings/${id}`);
  const body = { ...(await current.json<object>()), standfirst: `Revised: ${id}.` };
  const res = await send('PUT', `/api/briefings/${id}`, { body, ifMatch: current.headers.get('ETag')!, ip: freshIp() });
  expect(res.status).toBe(200);
}

describe('GET /api/briefings?since= (the delta sync)', () => {
  it('after three changes, answers exactly those three, a retraction also as an id; with nothing changed, a 304', async () => {
    const { revision } = await (await get('/api/briefings')).json<BriefingIndex>();

    // A new briefing, a correction on the first page, and a retraction of one that has left it.
    expect(
      (await send('POST', '/api/briefings', { body: sampleInput({ id: 'delta-new' }), ip: freshIp() })).status,
    ).toBe(201);
    await revise('delta-15');
    const old = await get('/api/briefings/delta-00');
    const retract = await send('DELETE', '/api/briefings/delta-00', {
      ifMatch: old.headers.get('ETag')!,
      body: { reason: 'The source withdrew its report.' },
      ip: freshIp(),
    });
    expect(retract.status).toBe(200);

    const res = await sync(revision);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const delta = await res.json<BriefingDelta>();
    expect(delta.since).toBe(revision);
    expect(delta.revision).toBe(revision + 3);
    expect(delta.briefings.map((b) => b.id).sort()).toEqual(['delta-00', 'delta-15', 'delta-new']);
    expect(delta.briefings.find((b) => b.id === 'delta-15')?.standfirst).toBe('Revised: delta-15.');
    expect(delta.briefings.find((b) => b.id === 'delta-00')).toMatchObject({
      status: 'retracted',
      retraction: { reason: 'The source withdrew its report.' },
    });
    expect(delta.retracted).toEqual(['delta-00']);
    // The first page as it now stands, by id only: the phone holds the rest.
    expect(delta.page).toHaveLength(20);
    expect(delta.page?.[0]).toBe('delta-new');
    expect(delta.page).not.toContain('delta-00');
    expect(delta.next).toBeTruthy();

    // The phone now holds the new revision: nothing changed since, and asking again costs a 304.
    const none = await sync(delta.revision);
    expect(await none.json<BriefingDelta>()).toEqual({
      revision: delta.revision,
      since: delta.revision,
      briefings: [],
      retracted: [],
    });
    const again = await sync(delta.revision, { 'If-None-Match': none.headers.get('ETag')! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // And so does the same delta asked again: it is cached by revision.
    const same = await sync(revision, { 'If-None-Match': res.headers.get('ETag')! });
    expect(same.status).toBe(304);
  });

  it('gives a phone ahead of the feed (another database) the first page whole, to start again from', async () => {
    const delta = await (await sync(999_999)).json<BriefingDelta>();
    expect(delta.reset).toBe(true);
    expect(delta.briefings).toHaveLength(20);
    expect(delta.page).toEqual(delta.briefings.map((b) => b.id));
  });

  it.each(['', 'abc', '-1', '1.5', '01', '1e3', '9'.repeat(20)])(
    'refuses since=%j with a 400 naming the parameter',
    async (since) => {
      const res = await get(`/api/briefings?since=${since}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const body = await res.json<{ errors: { path: string }[] }>();
      expect(body.errors.map((e) => e.path)).toEqual(['since']);
    },
  );
});
