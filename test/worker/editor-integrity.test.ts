import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { writeStatements } from '../../worker/store/briefings';
import { commit } from '../../worker/store/commit';
import { freshIp, get, send } from './editor-client';
import { sampleInput, seedSample } from './seed';

/** Everything stored, as rows: what must not move when a write fails. */
async function snapshot() {
  const briefings = await env.DB.prepare('SELECT * FROM briefings ORDER BY id').all();
  const revisions = await env.DB.prepare('SELECT * FROM revisions ORDER BY seq').all();
  return { briefings: briefings.results, revisions: revisions.results };
}

/** A statement that fails on the schema's NOT NULL rule, standing in for any failure mid-batch. */
const failing = (id: string) =>
  env.DB.prepare('INSERT INTO revisions (briefing_id, revision, at, changes, doc) VALUES (?, 99, ?, NULL, ?)').bind(
    id,
    'x',
    '{}',
  );

describe('no lost edits', () => {
  it('lets exactly one of 20 racing PUTs on the same revision through; the 19 others get 412', async () => {
    const ip = freshIp();
    const id = 'race-track';
    expect((await send('POST', '/api/briefings', { body: sampleInput({ id }), ip })).status).toBe(201);
    const puts = Array.from({ length: 20 }, (_, i) =>
      send('PUT', `/api/briefings/${id}`, {
        body: sampleInput({ id, headline: `Edit number ${i}` }),
        ifMatch: '"r1"',
        ip,
      }),
    );
    const responses = await Promise.all(puts);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);
    for (const r of responses.filter((r) => r.status === 412)) expect(r.headers.get('ETag')).toBe('"r2"');

    const winner = (await responses.find((r) => r.status === 200)!.json()) as Briefing;
    const stored = (await (await get(`/api/briefings/${id}`)).json()) as Briefing;
    expect([stored.revision, stored.headline]).toEqual([2, winner.headline]);
    const { revisions } = (await (await get(`/api/briefings/${id}/revisions`)).json()) as { revisions: unknown[] };
    expect(revisions).toHaveLength(2);
  });
});

describe('one write, one batch', () => {
  it('leaves both tables unchanged when the second statement of a new briefing fails', async () => {
    const before = await snapshot();
    const b: Briefing = {
      ...sampleInput({ id: 'half-written' }),
      revision: 1,
      publishedAt: '2026-03-01T00:00:00Z',
      modifiedAt: '2026-03-01T00:00:00Z',
      status: 'published',
    };
    const [first] = writeStatements(env.DB, b, [{ kind: 'created' }]);
    await expect(commit(env.DB, [first, failing(b.id)])).rejects.toThrow(/NOT NULL/);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the current briefing as it was when the second statement of a revision fails', async () => {
    const current = (await seedSample({ id: 'half-revised' }))!;
    const before = await snapshot();
    const next: Briefing = { ...current, revision: 2, headline: 'Never stored', modifiedAt: new Date().toISOString() };
    const [first] = writeStatements(env.DB, next, [{ kind: 'field', field: 'headline' }]);
    await expect(commit(env.DB, [first, failing(current.id)])).rejects.toThrow(/NOT NULL/);
    expect(await snapshot()).toEqual(before);
    expect(((await (await get('/api/briefings/half-revised')).json()) as Briefing).headline).toBe(current.headline);
  });
});
