import { describe, expect, it } from 'vitest';
import { LOCAL_EDITOR, putEditor } from '../../worker/store/editors';
import { env } from 'cloudflare:workers';
import { freshIp, get } from './editor-client';
import { confirmed, HTML, ORIGIN, post, session } from './newsroom-session';
import { seedSample } from './seed';

// The web editor's pages: only for a signed-in editor, never cached or indexed, no inline script, and
// every form post checked for its origin.

describe('the web editor’s pages', () => {
  it('refuse a request without an editor: 401, and a page saying how to sign in', async () => {
    const res = await get('/editor/briefings/niger-bazoum-coalition?lang=fr', HTML);
    expect([res.status, res.headers.get('WWW-Authenticate'), res.headers.get('Cache-Control')]).toEqual([
      401,
      'Bearer realm="briefing"',
      'no-store',
    ]);
    // Signed in, the browser comes back to the page it asked for.
    expect(await res.text()).toContain(
      `href="/dev/sign-in?next=${encodeURIComponent('/editor/briefings/niger-bazoum-coalition?lang=fr')}"`,
    );
    const tool = await get('/editor/new');
    expect([tool.status, tool.headers.get('Content-Type')]).toEqual([401, 'application/problem+json']);
    const posted = await post('/editor/drafts', '', { headline: 'Nobody' });
    expect(posted.status).toBe(401);
  });

  it('are no-store, noindex, and allow no inline script', async () => {
    const res = await get('/editor/new', { Cookie: await session(), ...HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/<script>|<script type="module">/);
    expect(html).not.toContain('manifest.webmanifest');
  });

  it('say who is signed in, and each editor’s desk, by its name in the editor’s language', async () => {
    const cookie = await session();
    const en = await (await get('/editor', { Cookie: cookie, ...HTML })).text();
    expect(en).toContain('Signed in as Local editor (admin, Newsroom)');
    const fr = await (await get('/editor?lang=fr', { Cookie: cookie, ...HTML })).text();
    expect(fr).toContain('Connecté·e\u202f: Local editor (administrateur·rice, Rédaction)');
    const admin = await (await get('/editor/newsroom?lang=fr', { Cookie: cookie, ...HTML })).text();
    expect(admin).toContain('administrateur·rice · Rédaction');
  });

  it('save a plain form post as a draft, and refuse the same post from another site', async () => {
    const cookie = await session();
    const forged = await post('/editor/drafts', cookie, { headline: 'Forged' }, 'https://evil.example');
    expect([forged.status, forged.headers.get('Content-Type')]).toEqual([403, 'application/problem+json']);
    const res = await post('/editor/drafts', cookie, { headline: 'Typed without JavaScript', _add: 'sources' });
    expect(res.status).toBe(303);
    const location = res.headers.get('Location') ?? '';
    expect(location).toMatch(/^\/editor\/drafts\/[\w-]+#f-sources$/);
    const page = await (await get(location.replace(/#.*/, ''), { Cookie: cookie, ...HTML })).text();
    expect(page).toContain('Typed without JavaScript');
    expect(page).toContain('name="sources[0].publisher"');
  });

  it('let a writer draft but not publish, nor manage the newsroom', async () => {
    const writer = `writer-${freshIp()}@newsroom.example`;
    await putEditor(env.DB, writer, { name: 'A Writer', desk: 'newsroom', role: 'writer' });
    const cookie = await session(writer);
    expect((await get('/editor', { Cookie: cookie, ...HTML })).status).toBe(200);
    const res = await post('/editor/drafts', cookie, { headline: 'By a writer' });
    const draft = (res.headers.get('Location') ?? '').replace(/#.*/, '');
    expect((await post(`${draft}/publish`, cookie, { _etag: '"d1"' })).status).toBe(403);
    expect((await get('/editor/newsroom', { Cookie: cookie, ...HTML })).status).toBe(403);
  });

  it('resolve, amend and take down, each only once confirmed, each a revision by the admin', async () => {
    const cookie = await session();
    const b = (await seedSample({ id: 'record-to-correct' }, new Date(Date.now() - 86_400_000)))!;
    const scenario = b.whatComesNext!.scenarios[0].id;
    /** An action confirmed: the revision it made. */
    const revisionOf = async (path: string, fields: Record<string, string>) => {
      const done = await confirmed(path, cookie, fields);
      expect(done.status).toBe(303);
      return Number(new URL(done.headers.get('Location')!, ORIGIN).searchParams.get('r'));
    };
    const base = '/editor/briefings/record-to-correct';
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await revisionOf(`${base}/outlook`, {
        _etag: '"r1"',
        action: 'resolve',
        scenario,
        outcome: 'occurred',
        at: today,
      }),
    ).toBe(2);
    expect(
      await revisionOf(`${base}/amend`, { _etag: '"r2"', scenario, outcome: 'did_not_occur', note: 'Misread.' }),
    ).toBe(3);
    const amended = (await (await get('/api/briefings/record-to-correct')).json()) as {
      whatComesNext: { scenarios: { resolution: { outcome: string; amendments?: { note: string }[] } }[] };
    };
    expect(amended.whatComesNext.scenarios[0].resolution).toMatchObject({
      outcome: 'did_not_occur',
      amendments: [{ note: 'Misread.' }],
    });
    expect(await revisionOf(`${base}/takedown`, { _etag: '"r3"', reason: 'A court order.' })).toBe(4);
    const history = (await (await get('/api/briefings/record-to-correct/revisions')).json()) as {
      revisions: { changes: { kind: string }[]; by?: { name?: string } }[];
    };
    expect(history.revisions[0].changes.map((c) => c.kind)).toContain('takedown');
    expect(history.revisions[0].by?.name).toBe(LOCAL_EDITOR.name);
    // Taken down, the briefing takes no more changes.
    const after = await post(`${base}/outlook`, cookie, {
      _etag: '"r4"',
      action: 'likelihood',
      scenario,
      term: 'likely',
      _confirmed: '1',
    });
    expect(after.status).toBe(422);
    expect(((await (await get('/api/briefings/record-to-correct')).json()) as { revision: number }).revision).toBe(4);
  });
});
