import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addToken, putEditor } from '../../worker/store/editors';
import type { Briefing } from '../../model/types';
import { freshIp, get, send as sendFrom, TOKEN, type Send } from './editor-client';
import { sampleInput, seedSample } from './seed';

// Drafts as editors' tools use them, in workerd against real local D1: kept as typed, checked,
// compared, previewed, and published with a three-way merge when the live briefing moved on.

// Each request from an address of its own: these tests are about drafts, not the rate limits.
const send = (method: string, path: string, o: Send = {}) => sendFrom(method, path, { ip: freshIp(), ...o });

const likely = { status: 'assessed', term: 'likely' } as const;
const unlikely = { status: 'assessed', term: 'unlikely' } as const;
const veryLikely = { status: 'assessed', term: 'very_likely' } as const;

async function live(id: string): Promise<Briefing> {
  return (await (await get(`/api/briefings/${id}`)).json()) as Briefing;
}

/** A draft of the live briefing `id` at its current revision, as an editor's tool starts one. */
async function draftOf(id: string): Promise<{ id: string; etag: string; briefing: Briefing }> {
  const briefing = await live(id);
  const res = await send('POST', '/api/drafts', { body: { briefing, base: { id, revision: briefing.revision } } });
  expect(res.status).toBe(201);
  const draft = (await res.json()) as { id: string };
  expect(res.headers.get('Location')).toBe(`https://briefing.test/api/drafts/${draft.id}`);
  return { id: draft.id, etag: res.headers.get('ETag')!, briefing: structuredClone(briefing) };
}

async function save(draft: { id: string; etag: string }, body: object): Promise<string> {
  const res = await send('PUT', `/api/drafts/${draft.id}`, { body, ifMatch: draft.etag });
  expect(res.status).toBe(200);
  return res.headers.get('ETag')!;
}

const publish = (draftId: string, body?: object) => send('POST', `/api/drafts/${draftId}/publish`, { body });

describe('two editors draft from the same revision', () => {
  it('merges what does not clash, answers 409 with what does, and loses none of the first editor’s changes', async () => {
    const id = 'drafts-two-editors';
    await seedSample({ id });

    const first = await draftOf(id);
    const second = await draftOf(id);
    const third = await draftOf(id);

    // The first editor: a new headline and a likelihood move.
    first.briefing.headline = 'The first editor’s headline';
    first.briefing.whatComesNext!.scenarios[0].likelihood = likely;
    first.etag = await save(first, { briefing: first.briefing, base: { id, revision: 1 } });
    const one = await publish(first.id);
    expect(one.status).toBe(200);
    expect(one.headers.get('ETag')).toBe('"r2"');

    // The third editor touched only what the first did not: merged and published at once.
    third.briefing.lede = 'The third editor’s lede.';
    third.etag = await save(third, { briefing: third.briefing, base: { id, revision: 1 } });
    const merged = await publish(third.id);
    expect(merged.status).toBe(200);
    const afterThird = (await merged.json()) as Briefing;
    expect(afterThird.revision).toBe(3);
    expect(afterThird.headline).toBe('The first editor’s headline');
    expect(afterThird.lede).toBe('The third editor’s lede.');
    expect(afterThird.whatComesNext!.scenarios[0].likelihood).toEqual(likely);

    // The second editor: a standfirst and a second likelihood (no clash), and the first likelihood (a clash).
    second.briefing.standfirst = 'The second editor’s standfirst.';
    second.briefing.whatComesNext!.scenarios[1].likelihood = unlikely;
    second.briefing.whatComesNext!.scenarios[0].likelihood = veryLikely;
    second.etag = await save(second, { briefing: second.briefing, base: { id, revision: 1 } });
    const clash = await publish(second.id);
    expect(clash.status).toBe(409);
    expect(clash.headers.get('Content-Type')).toBe('application/problem+json');
    const body = (await clash.json()) as {
      conflicts: unknown[];
      merged: Briefing;
      live: { id: string; revision: number };
    };
    expect(body.conflicts).toEqual([
      { path: 'whatComesNext.scenarios[0].likelihood', theirs: likely, yours: veryLikely },
    ]);
    expect(body.live).toEqual({ id, revision: 3 });
    // Everything else of both sides is merged; the clash holds the live value until the editor chooses.
    expect(body.merged.headline).toBe('The first editor’s headline');
    expect(body.merged.lede).toBe('The third editor’s lede.');
    expect(body.merged.standfirst).toBe('The second editor’s standfirst.');
    expect(body.merged.whatComesNext!.scenarios.map((s) => s.likelihood)).toEqual([likely, unlikely]);
    // Nothing was published, and the draft is kept.
    expect((await live(id)).revision).toBe(3);
    expect((await send('GET', `/api/drafts/${second.id}`)).status).toBe(200);

    // The second editor chooses (their own value) on the merged copy, rebased on revision 3, and publishes.
    body.merged.whatComesNext!.scenarios[0].likelihood = veryLikely;
    second.etag = await save(second, { briefing: body.merged, base: body.live });
    const settled = await publish(second.id);
    expect(settled.status).toBe(200);
    const now = await live(id);
    expect(now.revision).toBe(4);
    expect(now.headline).toBe('The first editor’s headline');
    expect(now.lede).toBe('The third editor’s lede.');
    expect(now.standfirst).toBe('The second editor’s standfirst.');
    expect(now.whatComesNext!.scenarios.map((s) => s.likelihood)).toEqual([veryLikely, unlikely]);
    // A published draft is gone.
    expect((await send('GET', `/api/drafts/${second.id}`)).status).toBe(404);
  });

  it('never publishes a stale copy over a newer one: a draft of an old revision is merged, not copied', async () => {
    const id = 'drafts-no-revert';
    await seedSample({ id });
    const stale = await draftOf(id);
    const fresh = await draftOf(id);
    fresh.briefing.headline = 'Newer headline';
    await save(fresh, { briefing: fresh.briefing, base: { id, revision: 1 } });
    expect((await publish(fresh.id)).status).toBe(200);
    // The stale draft changes nothing: publishing it keeps the newer headline and makes no revision.
    const res = await publish(stale.id);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Briefing).headline).toBe('Newer headline');
    expect((await live(id)).revision).toBe(2);
  });
});

describe('a draft of invalid shapes', () => {
  it('is kept as typed, and its check lists the problems without publishing', async () => {
    const typed = {
      schemaVersion: '1.0',
      id: 'half-typed',
      headline: 42,
      whatComesNext: { scenarios: 'soon' },
      extra: true,
    };
    const res = await send('POST', '/api/drafts', { body: { briefing: typed } });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const kept = (await (await send('GET', `/api/drafts/${id}`)).json()) as { briefing: unknown };
    expect(kept.briefing).toEqual(typed);

    const check = await send('GET', `/api/drafts/${id}/check`);
    expect(check.status).toBe(200);
    expect(check.headers.get('Cache-Control')).toBe('no-store');
    const report = (await check.json()) as { ready: boolean; errors: { path: string; message: string }[] };
    expect(report.ready).toBe(false);
    const paths = report.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['headline', 'extra', 'whatComesNext.scenarios', 'standfirst']));

    const refused = await publish(id);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toHaveLength(report.errors.length);
    expect((await get('/api/briefings/half-typed')).status).toBe(404);
    expect((await send('GET', `/api/drafts/${id}`)).status).toBe(200);
  });

  it('lists the shape’s problems and the rules across fields in the same check', async () => {
    const b = sampleInput({ id: 'both-kinds' });
    const next = b.whatComesNext!;
    next.scenarios[0].likelihood = { status: 'assessed', term: 'probable' } as never; // shape
    next.scenarios.push(structuredClone(next.scenarios[1])); // a rule: duplicate ids
    next.signposts[0].effects[0].scenarioId = 'nowhere'; // a rule: no such scenario
    next.lastReviewedAt = '2020-01-01T00:00:00Z'; // a rule: before asOf
    const res = await send('POST', '/api/drafts', { body: { briefing: { ...b, headline: '' } } });
    const { id } = (await res.json()) as { id: string };
    const report = (await (await send('GET', `/api/drafts/${id}/check`)).json()) as { errors: { path: string }[] };
    expect(report.errors.map((e) => e.path).sort()).toEqual(
      [
        'headline',
        'whatComesNext.scenarios[0].likelihood.term',
        'whatComesNext.scenarios[2].id',
        'whatComesNext.signposts[0].effects[0].scenarioId',
        'whatComesNext.lastReviewedAt',
      ].sort(),
    );
  });

  it('refuses a body that is not a draft, naming the field', async () => {
    const res = await send('POST', '/api/drafts', { body: { briefing: [], base: { id: 'nope', revision: 0 } } });
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(['briefing', 'base.revision']);
    const noBase = await send('POST', '/api/drafts', { body: { briefing: {}, base: { id: 'not-live', revision: 1 } } });
    expect(noBase.status).toBe(422);
  });
});

describe('drafts are the newsroom’s', () => {
  it('are never public: every route needs an editor', async () => {
    const { id } = (await (await send('POST', '/api/drafts', { body: { briefing: {} } })).json()) as { id: string };
    const routes: [string, string][] = [
      ['GET', '/api/drafts'],
      ['POST', '/api/drafts'],
      ['GET', `/api/drafts/${id}`],
      ['PUT', `/api/drafts/${id}`],
      ['DELETE', `/api/drafts/${id}`],
      ['GET', `/api/drafts/${id}/check`],
      ['GET', `/api/drafts/${id}/diff`],
      ['POST', `/api/drafts/${id}/publish`],
      ['GET', `/drafts/${id}/preview`],
    ];
    for (const [method, path] of routes) {
      const body = method === 'PUT' || method === 'POST' ? { briefing: {} } : undefined;
      const res = await send(method, path, { token: null, body, ifMatch: method === 'PUT' ? '"d1"' : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    expect((await send('GET', `/api/drafts/${id}`)).status).toBe(200);
  });

  it('saves with If-Match on the draft’s own ETag, lists newest first with who saved and when it is due', async () => {
    const created = await send('POST', '/api/drafts', { body: { briefing: { headline: 'Listed first?' } } });
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get('ETag')).toBe('"d1"');
    expect((await send('PUT', `/api/drafts/${id}`, { body: { briefing: {} } })).status).toBe(428);
    const saved = await send('PUT', `/api/drafts/${id}`, { body: { briefing: { headline: 'Saved' } }, ifMatch: 'd1' });
    expect(saved.headers.get('ETag')).toBe('"d2"');
    const stale = await send('PUT', `/api/drafts/${id}`, { body: { briefing: {} }, ifMatch: '"d1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe('"d2"');

    const list = (await (await send('GET', '/api/drafts')).json()) as {
      drafts: { id: string; headline: string | null; updatedBy: { name: string }; scheduledAt: string | null }[];
    };
    expect(list.drafts[0]).toMatchObject({ id, headline: 'Saved', scheduledAt: null });
    expect(list.drafts[0].updatedBy.name).toBeTruthy();

    expect((await send('DELETE', `/api/drafts/${id}`, { ifMatch: '"d1"' })).status).toBe(412);
    expect((await send('DELETE', `/api/drafts/${id}`, { ifMatch: '"d2"' })).status).toBe(204);
    expect((await send('GET', `/api/drafts/${id}`)).status).toBe(404);
  });
});

describe('what publishing would change', () => {
  it('says it in the history’s words, outlook moves first, with the alert followers would get', async () => {
    const id = 'drafts-diff';
    await seedSample({ id });
    const draft = await draftOf(id);
    draft.briefing.headline = 'A moved outlook';
    draft.briefing.whatComesNext!.scenarios[1].likelihood = likely;
    await save(draft, { briefing: draft.briefing, base: { id, revision: 1 } });
    const res = await send('GET', `/api/drafts/${draft.id}/diff`);
    expect(res.status).toBe(200);
    const diff = (await res.json()) as {
      against: unknown;
      changes: { kind: string }[];
      summary: string[];
      alert: { kind: string; body: { en: string } };
    };
    expect(diff.against).toEqual({ id, revision: 1 });
    expect(diff.changes.map((c) => c.kind)).toEqual(['likelihood', 'field']);
    expect(diff.summary).toEqual([
      '“A tepid reaction” would move from Not assessed to Likely (55–80%).',
      'Also changed: headline.',
    ]);
    expect(diff.alert.kind).toBe('outlook');

    const fr = (await (await send('GET', `/api/drafts/${draft.id}/diff?lang=fr`)).json()) as { summary: string[] };
    expect(fr.summary[0].replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '')).toBe(
      '« A tepid reaction » passerait de « Non évalué » à « Probable (55–80 %) ».',
    );
  });
});

describe('the preview', () => {
  it('is the reader’s page under a banner, never indexed nor cached publicly', async () => {
    const input = sampleInput({ id: 'drafts-preview', headline: 'A headline only the newsroom sees' });
    const { id } = (await (await send('POST', '/api/drafts', { body: { briefing: input } })).json()) as { id: string };
    const res = await send('GET', `/drafts/${id}/preview`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('X-Robots-Tag')).toContain('noindex');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('class="preview"');
    expect(html).toContain('Preview: readers cannot see this yet.');
    expect(html).toContain('<h1>A headline only the newsroom sees</h1>');
    expect(html).toContain('A tepid reaction');
    // No app script: no service worker saves it, nothing of it reaches a reader's phone.
    expect(html).not.toMatch(/<script>(?!.*application\/ld)/);
    expect((await get('/briefings/drafts-preview')).status).toBe(404);

    const fr = await (await send('GET', `/drafts/${id}/preview`, { headers: { 'Accept-Language': 'fr' } })).text();
    expect(fr).toContain('Aperçu\u202f: les lecteurs ne voient pas encore cette page.');
  });

  it('is the page as it will be: its move in the history by desk, its translation linked', async () => {
    const id = 'drafts-preview-whole';
    await seedSample({ id });
    const draft = await draftOf(id);
    draft.briefing.whatComesNext!.scenarios[1].likelihood = likely;
    await save(draft, { briefing: draft.briefing, base: { id, revision: 1 } });
    const page = await (await send('GET', `/drafts/${draft.id}/preview`)).text();
    expect(page).toContain('<a href="/topics/human-rights">Human rights</a>');
    expect(page).toMatch(
      /<li>“A tepid reaction” moved from not assessed to Likely \(55–80\s?%\) on [^<]+\. \(Newsroom\)<\/li>/,
    );

    const fr = sampleInput({
      id: `${id}-fr`,
      language: 'fr',
      translationOf: id,
      headline: 'La coalition accentue la pression',
    });
    const { id: translation } = (await (await send('POST', '/api/drafts', { body: { briefing: fr } })).json()) as {
      id: string;
    };
    const translated = await (await send('GET', `/drafts/${translation}/preview`)).text();
    expect(translated).toContain(`href="/briefings/${id}"`);
  });

  it('draws the merge with what went live since, and says when the draft clashes with it', async () => {
    const id = 'drafts-preview-merge';
    await seedSample({ id });
    const [first, second] = [await draftOf(id), await draftOf(id)];
    first.briefing.headline = 'Published meanwhile';
    first.briefing.whatComesNext!.scenarios[1].likelihood = likely;
    await save(first, { briefing: first.briefing, base: { id, revision: 1 } });
    expect((await publish(first.id)).status).toBe(200);
    second.briefing.standfirst = 'The draft’s own standfirst.';
    second.etag = await save(second, { briefing: second.briefing, base: { id, revision: 1 } });
    const merged = await (await send('GET', `/drafts/${second.id}/preview`)).text();
    expect(merged).toContain('<h1>Published meanwhile</h1>');
    expect(merged).toContain('The draft’s own standfirst.');
    expect(merged).not.toContain('both changed the same things');

    second.briefing.whatComesNext!.scenarios[1].likelihood = unlikely;
    await save(second, { briefing: second.briefing, base: { id, revision: 1 } });
    const clash = await (await send('GET', `/drafts/${second.id}/preview`)).text();
    expect(clash).toContain('both changed the same things (1)');
  });

  it('lists the problems of a draft that cannot be drawn yet', async () => {
    const { id } = (await (await send('POST', '/api/drafts', { body: { briefing: { headline: '' } } })).json()) as {
      id: string;
    };
    const html = await (await send('GET', `/drafts/${id}/preview`, { token: TOKEN })).text();
    expect(html).toContain('This draft cannot be published yet');
    expect(html).toContain('<code>headline</code>');
  });
});

describe('roles', () => {
  let writer: string;
  let editor: string;
  beforeAll(async () => {
    const w = await putEditor(env.DB, 'drafts-writer@briefing.local', {
      name: 'Awa Writer',
      desk: 'newsroom',
      role: 'writer',
    });
    const e = await putEditor(env.DB, 'drafts-editor@briefing.local', {
      name: 'Ed Itor',
      desk: 'newsroom',
      role: 'editor',
    });
    writer = await addToken(env.DB, w.editor.id);
    editor = await addToken(env.DB, e.editor.id);
  });

  it('a writer drafts, checks, compares and previews, but only an editor publishes or schedules', async () => {
    const id = 'drafts-roles';
    await seedSample({ id });
    const briefing = await live(id);
    const made = await send('POST', '/api/drafts', { body: { briefing, base: { id, revision: 1 } }, token: writer });
    expect(made.status).toBe(201);
    const draft = (await made.json()) as { id: string; updatedBy: { name: string; desk: string } };
    expect(draft.updatedBy).toMatchObject({ name: 'Awa Writer', desk: 'newsroom' });
    briefing.whatComesNext!.scenarios[1].likelihood = likely;
    const saved = await send('PUT', `/api/drafts/${draft.id}`, {
      body: { briefing, base: { id, revision: 1 } },
      ifMatch: '"d1"',
      token: writer,
    });
    expect(saved.status).toBe(200);
    for (const path of [`/api/drafts/${draft.id}/check`, `/api/drafts/${draft.id}/diff`, `/drafts/${draft.id}/preview`])
      expect((await send('GET', path, { token: writer })).status, path).toBe(200);

    const refused = await send('POST', `/api/drafts/${draft.id}/publish`, { token: writer });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toBe(
      'This needs the editor role: Awa Writer is a writer.',
    );
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await send('POST', `/api/drafts/${draft.id}/publish`, { body: { at }, token: writer })).status).toBe(403);

    // An editor schedules it; the writer's next save takes it off the schedule, unseen changes never go out.
    const scheduled = await send('POST', `/api/drafts/${draft.id}/publish`, { body: { at }, token: editor });
    expect(scheduled.status).toBe(202);
    expect(((await scheduled.json()) as { scheduledBy: { name: string } }).scheduledBy.name).toBe('Ed Itor');
    const resaved = await send('PUT', `/api/drafts/${draft.id}`, {
      body: { briefing, base: { id, revision: 1 } },
      ifMatch: '"d2"',
      token: writer,
    });
    expect(((await resaved.json()) as { scheduledAt: string | null }).scheduledAt).toBeNull();

    // The editor publishes: the record says who.
    expect((await send('POST', `/api/drafts/${draft.id}/publish`, { token: editor })).status).toBe(200);
    const history = (await (await get(`/api/briefings/${id}/revisions`)).json()) as {
      revisions: { revision: number; by?: { name?: string } }[];
    };
    expect(history.revisions[0]).toMatchObject({ revision: 2, by: { name: 'Ed Itor' } });
  });
});
