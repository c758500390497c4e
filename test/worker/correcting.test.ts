import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../model/scorecard';
import type { Briefing } from '../../model/types';
import { varnenTalks } from '../fixtures/outlooks';
import { freshIp, get, send } from './editor-client';

const ID = 'lake-varnen-water-talks';
const STANDFIRST = 'A third failed round between Oskeria and Tamvaal';
const PARAGRAPH = 'The Brannholt barrage sits on Tamvaal’s side.';
const live = async () => (await (await get(`/api/briefings/${ID}`)).json()) as Briefing;

describe('correcting the record', () => {
  const ip = freshIp();

  it('amends a resolution with a dated note: on the page, in the history and in the scorecard', async () => {
    await send('PUT', '/api/desks/varnen', { body: { name: { en: 'Varnen Desk', fr: 'Desk Varnen' } }, ip });
    const b = { ...varnenTalks(new Date(Date.now() - 86400_000).toISOString()), desk: 'varnen' };
    expect((await send('POST', '/api/briefings', { body: b, ip })).status).toBe(201);
    const resolved = await live();
    resolved.whatComesNext!.scenarios[0].resolution = {
      ...resolved.whatComesNext!.scenarios[0].resolution!,
      outcome: 'did_not_occur',
      resolvedAt: new Date().toISOString(),
    };
    expect((await send('PUT', `/api/briefings/${ID}`, { body: resolved, ifMatch: '"r1"', ip })).status).toBe(200);
    const desk = async () =>
      ((await (await get('/api/scorecard')).json()) as Scorecard).desks.find((d) => d.id === 'varnen')!;
    const scored = (d: Awaited<ReturnType<typeof desk>>) => ({
      brier: d.brier,
      occurred: d.terms.reduce((n, t) => n + t.occurred, 0),
    });
    const wrong = scored(await desk());
    expect(wrong.occurred).toBe(0);
    const amended = await send('POST', `/api/briefings/${ID}/amendments`, {
      body: { scenario: 'accord', outcome: 'occurred', note: 'The accord was signed the same night.' },
      ifMatch: '"r2"',
      ip,
    });
    expect([amended.status, amended.headers.get('ETag')]).toEqual([200, '"r3"']);
    const r = (await live()).whatComesNext!.scenarios[0].resolution!;
    expect(r).toMatchObject({
      outcome: 'occurred',
      amendments: [
        { by: 'Local editor', note: 'The accord was signed the same night.', previous: { outcome: 'did_not_occur' } },
      ],
    });
    const page = await (await get(`/briefings/${ID}`)).text();
    expect(page).toMatch(/Amended \d+\s\w+\s\d{4} \(was: Did not occur\): The accord was signed the same night\./);
    expect(page).toMatch(
      /The resolution of “A water-sharing accord” was amended on [^<]*, from did not occur to occurred: The accord was signed the same night\. \(Newsroom\)/,
    );
    const history = (await (await get(`/api/briefings/${ID}/revisions`)).json()) as {
      revisions: { changes: { kind: string }[] }[];
    };
    expect(history.revisions[0].changes).toContainEqual(
      expect.objectContaining({ kind: 'amended', from: 'did_not_occur', to: 'occurred' }),
    );
    // Scored by what happened, as amended: the same forecast, now one that occurred.
    const amendedDesk = await desk();
    expect(amendedDesk).toMatchObject({ resolved: 1, scored: 1, name: { en: 'Varnen Desk' } });
    expect(scored(amendedDesk).occurred).toBe(1);
    expect(scored(amendedDesk).brier).not.toBe(wrong.brier);
  });

  it('refuses to amend what is not resolved, naming the scenario', async () => {
    const res = await send('POST', `/api/briefings/${ID}/amendments`, {
      body: { scenario: 'collapse', outcome: 'occurred', note: 'x' },
      ifMatch: '"r3"',
      ip,
    });
    expect(await res.json()).toMatchObject({ status: 422, errors: [{ path: 'scenario' }] });
  });

  it('leaves only the headline, the dated notice and the resolutions in every public output once retracted', async () => {
    expect(
      (
        await send('DELETE', `/api/briefings/${ID}`, {
          body: { reason: 'The source was forged.' },
          ifMatch: '"r3"',
          ip,
        })
      ).status,
    ).toBe(200);
    for (const path of [
      `/briefings/${ID}`,
      `/api/briefings/${ID}`,
      '/feed.json',
      '/api/briefings',
      '/feed.atom',
      '/',
    ]) {
      const text = await (await get(path)).text();
      expect(text, path).not.toContain(STANDFIRST);
      expect(text, path).not.toContain(PARAGRAPH);
    }
    const page = await (await get(`/briefings/${ID}`)).text();
    expect(page).toContain('Water talks over Lake Varnen stall');
    expect(page).toContain('The source was forged.');
    expect(page).toContain('The accord was signed the same night.');
    const search = await (await get('/api/search?q=Brannholt')).text();
    expect(search).not.toContain(ID);
    // Editors still read the text in the history, until a takedown.
    const kept = await env.DB.prepare('SELECT doc FROM revisions WHERE briefing_id = ? AND revision = 1')
      .bind(ID)
      .first<{ doc: string }>();
    expect(kept!.doc).toContain(PARAGRAPH);
  });

  it('takes the text out of the history too, for admins only, keeping dates, editors and the reason', async () => {
    const { editor } = await import('../../worker/store/editors').then(async (m) =>
      m.putEditor(env.DB, 'ed@varnen.example', { name: 'Ed', desk: 'varnen', role: 'editor' }),
    );
    const token = await (await import('../../worker/store/editors')).addToken(env.DB, editor.id);
    const refused = await send('POST', `/api/briefings/${ID}/takedown`, {
      body: { reason: 'Court order.' },
      token,
      ip,
    });
    expect(refused.status).toBe(403);
    const res = await send('POST', `/api/briefings/${ID}/takedown`, { body: { reason: 'Court order 12/2026.' }, ip });
    expect(res.status).toBe(200);
    const { results } = await env.DB.prepare('SELECT doc, changes, at, editor_id FROM revisions WHERE briefing_id = ?')
      .bind(ID)
      .all<{ doc: string; changes: string; at: string; editor_id: number }>();
    expect(results.length).toBe(5);
    for (const r of results) {
      expect(r.doc).not.toContain(PARAGRAPH);
      expect(r.doc).not.toContain(STANDFIRST);
      expect([r.at, r.editor_id].every(Boolean)).toBe(true);
    }
    const history = (await (await get(`/api/briefings/${ID}/revisions`)).json()) as {
      revisions: { changes: unknown[] }[];
    };
    expect(history.revisions[0].changes).toEqual([{ kind: 'takedown', reason: 'Court order 12/2026.' }]);
  });
});
