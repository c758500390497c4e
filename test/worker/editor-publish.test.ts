import { describe, expect, it } from 'vitest';
import { formatDate } from '../../web/i18n/format';
import type { Briefing, BriefingInput, Feed, RevisionEntry } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

const feedItem = async (id: string) =>
  ((await (await get('/feed.json')).json()) as Feed).items.find((i) => i._briefing.id === id);

/** The sample with its first scenario assessed as `term` and its first signpost in `status`. */
function withOutlook(
  base: BriefingInput,
  term: 'unlikely' | 'roughly_even_chance',
  status: 'not_observed' | 'observed',
): BriefingInput {
  const b = structuredClone(base);
  const next = b.whatComesNext!;
  next.scenarios[0].likelihood = { status: 'assessed', term };
  next.signposts[0] = {
    ...next.signposts[0],
    status,
    ...(status === 'observed' ? { observedAt: '2026-03-03T09:00:00Z' } : {}),
  };
  return b;
}

describe('publishing shows on the very next request', () => {
  it('puts a new briefing, then its revision, in the feed, its page and the home page', async () => {
    const ip = freshIp();
    const id = 'fresh-news';
    // Warm the caches first, so a stale copy would be there to serve.
    await get('/feed.json');
    await get('/');
    expect(
      (await send('POST', '/api/briefings', { body: sampleInput({ id, headline: 'First words' }), ip })).status,
    ).toBe(201);
    expect((await feedItem(id))?.title).toBe('First words');
    expect(await (await get('/')).text()).toContain('First words');
    await get(`/briefings/${id}`);
    const put = await send('PUT', `/api/briefings/${id}`, {
      body: sampleInput({ id, headline: 'Second words' }),
      ifMatch: '"r1"',
      ip,
    });
    expect(put.status).toBe(200);
    expect((await feedItem(id))?._briefing.revision).toBe(2);
    expect(await (await get(`/briefings/${id}`)).text()).toContain('<h1>Second words</h1>');
  });
});

describe('DELETE /api/briefings/{id}', () => {
  it('retracts without erasing: the page keeps a dated notice, the feed and home page say so', async () => {
    const ip = freshIp();
    const id = 'to-retract';
    await send('POST', '/api/briefings', { body: sampleInput({ id }), ip });
    expect((await send('DELETE', `/api/briefings/${id}`, { ip })).status).toBe(428);
    const res = await send('DELETE', `/api/briefings/${id}`, {
      body: { reason: 'The central claim could not be verified.' },
      ifMatch: '"r1"',
      ip,
    });
    expect([res.status, res.headers.get('ETag'), res.headers.get('Cache-Control')]).toEqual([200, '"r2"', 'no-store']);
    const b = (await res.json()) as Briefing;
    expect(b.status).toBe('retracted');
    expect(b.retraction?.reason).toBe('The central claim could not be verified.');

    const page = await get(`/briefings/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('This briefing was retracted on');
    expect(html).toContain('The central claim could not be verified.');
    expect((await feedItem(id))?._briefing.status).toBe('retracted');
    expect(await (await get('/')).text()).toMatch(/label-retracted">Retracted on \d+\s\w+\s\d{4}\.</);

    const history = (await (await get(`/api/briefings/${id}/revisions`)).json()) as { revisions: RevisionEntry[] };
    expect(history.revisions.map((r) => r.changes[0].kind)).toEqual(['retracted', 'created']);
    // A retraction is final: neither revised nor retracted again.
    expect((await send('PUT', `/api/briefings/${id}`, { body: sampleInput({ id }), ifMatch: '"r2"', ip })).status).toBe(
      409,
    );
    expect((await send('DELETE', `/api/briefings/${id}`, { ifMatch: '"r2"', ip })).status).toBe(409);
  });

  it('takes no body, or a JSON body with only a reason', async () => {
    const ip = freshIp();
    await send('POST', '/api/briefings', { body: sampleInput({ id: 'quiet-retract' }), ip });
    const extra = await send('DELETE', '/api/briefings/quiet-retract', {
      body: { reason: 'x', why: 'y' },
      ifMatch: '"r1"',
      ip,
    });
    expect(extra.status).toBe(422);
    expect(((await extra.json()) as { errors: unknown }).errors).toEqual([
      { path: 'why', message: 'is not a known field' },
    ]);
    const bare = await send('DELETE', '/api/briefings/quiet-retract', { ifMatch: '"r1"', ip });
    expect(((await bare.json()) as Briefing).retraction?.reason).toBe('No reason was given.');
  });
});

describe('outlook history', () => {
  it('records likelihood moves and signpost changes and shows them, dated, on the page', async () => {
    const ip = freshIp();
    const id = 'moving-outlook';
    const base = sampleInput({ id });
    await send('POST', '/api/briefings', { body: withOutlook(base, 'unlikely', 'not_observed'), ip });
    const res = await send('PUT', `/api/briefings/${id}`, {
      body: withOutlook(base, 'roughly_even_chance', 'observed'),
      ifMatch: '"r1"',
      ip,
    });
    expect(res.status).toBe(200);
    const { revisions } = (await (await get(`/api/briefings/${id}/revisions`)).json()) as {
      revisions: RevisionEntry[];
    };
    expect(revisions[0].changes).toEqual([
      { kind: 'field', field: 'whatComesNext.signposts' },
      expect.objectContaining({
        kind: 'likelihood',
        scenarioId: 'institutions-adopt-demands',
        from: { status: 'assessed', term: 'unlikely' },
      }),
      expect.objectContaining({ kind: 'signpost', signpostId: 'un-hrc', from: 'not_observed', to: 'observed' }),
    ]);
    const html = await (await get(`/briefings/${id}`)).text();
    const date = formatDate(revisions[0].at, 'en');
    expect(html).toContain('How the outlook changed');
    expect(html).toContain(
      `“A strong, unified response isolates the junta” moved from Unlikely (20–45%) to Roughly even chance (45–55%) on ${date}.`,
    );
    // Dated by when it was seen, not by the revision that recorded it.
    expect(html).toContain('went from not yet observed to observed on 3\u00a0Mar\u00a02026.');
  });
});
