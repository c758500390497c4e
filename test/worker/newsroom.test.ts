import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../worker/store/editors';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

describe("the newsroom's lists, for admins", () => {
  it('adds a desk and an editor, makes a token shown once, and revokes it', async () => {
    const ip = freshIp();
    const desk = await send('PUT', '/api/desks/sahel', { body: { name: { en: 'Sahel desk', fr: 'Desk Sahel' } }, ip });
    expect([desk.status, await json(desk)]).toEqual([
      201,
      { id: 'sahel', name: { en: 'Sahel desk', fr: 'Desk Sahel' } },
    ]);
    const renamed = await send('PUT', '/api/desks/sahel', { body: { name: { en: 'Sahel', fr: 'Sahel' } }, ip });
    expect(renamed.status).toBe(200);

    const added = await send('PUT', '/api/editors/Aicha@Newsroom.example', {
      body: { name: 'Aïcha Diallo', desk: 'sahel', role: 'editor' },
      ip,
    });
    expect([added.status, await json(added)]).toMatchObject([
      201,
      { email: 'aicha@newsroom.example', name: 'Aïcha Diallo', desk: 'sahel', role: 'editor' },
    ]);
    const made = await send('POST', '/api/editors/aicha@newsroom.example/tokens', { ip });
    const { token } = await json<{ token: string }>(made);
    expect([made.status, made.headers.get('Cache-Control')]).toEqual([201, 'no-store']);
    const { results } = await env.DB.prepare('SELECT hash FROM editor_tokens').all<{ hash: string }>();
    expect(results.map((r) => r.hash)).toContain(await tokenHash(token));
    expect(JSON.stringify(results)).not.toContain(token);

    const published = await send('POST', '/api/briefings', { body: sampleInput({ id: 'by-aicha' }), token, ip });
    expect(published.status).toBe(201);
    expect(await json(published)).toMatchObject({ desk: 'sahel' });
    const history = await json<{ revisions: unknown[] }>(await get('/api/briefings/by-aicha/revisions'));
    expect(history.revisions).toMatchObject([{ by: { name: 'Aïcha Diallo', desk: 'sahel' } }]);
    expect(JSON.stringify(history)).not.toContain('@');

    const revoked = await send('DELETE', '/api/editors/aicha@newsroom.example/tokens', { ip });
    expect([revoked.status, (await json(revoked)).revoked]).toEqual([200, 1]);
    const after = await send('PUT', '/api/briefings/by-aicha', {
      body: sampleInput({ id: 'by-aicha', headline: 'After revoking' }),
      token,
      ifMatch: '"r1"',
      ip,
    });
    expect(after.status).toBe(401);
  });

  it('names each bad field, and a desk that does not exist', async () => {
    const ip = freshIp();
    const bad = await send('PUT', '/api/editors/not-an-address', { body: { name: '', role: 'boss' }, ip });
    expect(bad.status).toBe(422);
    const res = await send('PUT', '/api/editors/x@newsroom.example', {
      body: { name: 'X', role: 'boss', desk: 'Bad Desk' },
      ip,
    });
    expect((await json<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path)).toEqual(['desk', 'role']);
    const noDesk = await send('PUT', '/api/editors/x@newsroom.example', {
      body: { name: 'X', role: 'writer', desk: 'nowhere' },
      ip,
    });
    expect(await json(noDesk)).toMatchObject({ status: 422, errors: [{ path: 'desk' }] });
    const deskBad = await send('PUT', '/api/desks/sahel', { body: { name: { en: 'Sahel' } }, ip });
    expect(await json(deskBad)).toMatchObject({ status: 422, errors: [{ path: 'name.fr', message: 'is required' }] });
  });

  it('lists editors only for admins, and refuses an editor managing the lists', async () => {
    const ip = freshIp();
    await send('PUT', '/api/editors/ed@newsroom.example', {
      body: { name: 'Ed', desk: 'newsroom', role: 'editor' },
      ip,
    });
    const { token } = await json<{ token: string }>(
      await send('POST', '/api/editors/ed@newsroom.example/tokens', { ip }),
    );
    const list = await send('GET', '/api/editors', { token, ip });
    expect([list.status, (await json(list)).required]).toEqual([403, 'admin']);
    const promote = await send('PUT', '/api/editors/ed@newsroom.example', {
      body: { name: 'Ed', desk: 'newsroom', role: 'admin' },
      token,
      ip,
    });
    expect(promote.status).toBe(403);
    expect((await get('/api/editors')).status).toBe(401);
    const all = await json<{ editors: { email: string }[] }>(await send('GET', '/api/editors', { ip }));
    expect(all.editors.map((e) => e.email)).toContain('ed@newsroom.example');
  });
});
