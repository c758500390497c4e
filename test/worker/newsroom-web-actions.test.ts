import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { putEditor } from '../../worker/store/editors';
import { freshIp, get, send } from './editor-client';
import { confirmed, page, post, session } from './newsroom-session';
import { sampleInput, seedSample } from './seed';

// The web editor's other forms as a browser without JavaScript posts them: a signpost marked, a
// retraction, a schedule, and the newsroom's people and desks; each what readers and the API then show.

const api = async (id: string) => (await (await get(`/api/briefings/${id}`)).json()) as Briefing;

describe('the live briefing’s forms', () => {
  it('mark a signpost observed, once confirmed, and readers see it in the outlook’s history', async () => {
    const cookie = await session();
    await seedSample({ id: 'signpost-seen' }, new Date(Date.now() - 86_400_000));
    const today = new Date().toISOString().slice(0, 10);
    const done = await confirmed('/editor/briefings/signpost-seen/outlook', cookie, {
      _etag: '"r1"',
      action: 'signpost',
      signpost: 'un-hrc',
      status: 'observed',
      at: today,
    });
    expect(done.status).toBe(303);
    const b = await api('signpost-seen');
    expect(b.revision).toBe(2);
    expect(b.whatComesNext!.signposts.find((s) => s.id === 'un-hrc')).toMatchObject({
      status: 'observed',
      observedAt: expect.stringMatching(new RegExp(`^${today}`)),
    });
    const reader = await (await get('/briefings/signpost-seen')).text();
    expect(reader).toContain('The UN Human Rights Council formally takes up the coalition’s demands');
    expect(reader).toMatch(
      /<section class="outlook-history"[^>]*><h2[^>]*>How the outlook changed<\/h2><ul><li>“The UN Human Rights Council formally takes up the coalition’s demands” went from not yet observed to observed on \d{1,2}\s\w{3}\s\d{4}\. \(Newsroom\)<\/li>/,
    );
  });

  it('retract for an admin only, once confirmed; the page keeps the headline and the notice', async () => {
    await seedSample({ id: 'to-retract' });
    const editor = `editor-${freshIp()}@newsroom.example`;
    await putEditor(env.DB, editor, { name: 'An Editor', desk: 'newsroom', role: 'editor' });
    const refused = await post('/editor/briefings/to-retract/retract', await session(editor), {
      _etag: '"r1"',
      reason: 'Wrong.',
    });
    expect(refused.status).toBe(403);
    expect((await api('to-retract')).status).toBe('published');
    const done = await confirmed('/editor/briefings/to-retract/retract', await session(), {
      _etag: '"r1"',
      reason: 'Our sources withdrew.',
    });
    expect(done.status).toBe(303);
    expect((await api('to-retract')).status).toBe('retracted');
    expect(await (await get('/briefings/to-retract')).text()).toContain('This briefing was retracted on');
  });
});

describe('a draft scheduled from the form', () => {
  it('goes to the list’s Scheduled with its time, and a time already past is not taken', async () => {
    const cookie = await session();
    const created = await send('POST', '/api/drafts', { body: { briefing: sampleInput({ id: 'web-scheduled' }) } });
    const { id } = (await created.json()) as { id: string };
    const past = await post(`/editor/drafts/${id}/publish`, cookie, { _etag: '"d1"', at: '2020-01-01T08:00' });
    expect(past.status).toBe(200);
    expect(((await (await send('GET', `/api/drafts/${id}`)).json()) as { scheduledAt: unknown }).scheduledAt).toBe(
      null,
    );
    const at = new Date(Date.now() + 2 * 3600_000).toISOString().slice(0, 16);
    const res = await post(`/editor/drafts/${id}/publish`, cookie, { _etag: '"d1"', at });
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/editor']);
    const draft = (await (await send('GET', `/api/drafts/${id}`)).json()) as { scheduledAt: string };
    expect(draft.scheduledAt).toBe(`${at}:00.000Z`);
    const list = await page('/editor', cookie);
    const scheduled = list.slice(list.indexOf('id="list-scheduled"'), list.indexOf('id="list-live"'));
    expect(scheduled).toContain(`href="/editor/drafts/${id}"`);
    expect(scheduled).toContain('publishes');
    expect((await get('/api/briefings/web-scheduled')).status).toBe(404);
  });
});

describe('the newsroom’s admin page', () => {
  it('adds a desk and an editor, and sends a wrong form back as typed, its problem under its field', async () => {
    const cookie = await session();
    const desk = await post('/editor/newsroom/desks', cookie, { id: 'sahel', en: 'Sahel desk', fr: 'Service Sahel' });
    expect(desk.status).toBe(303);
    const added = await post('/editor/newsroom/editors', cookie, {
      email: 'aicha@newsroom.example',
      name: 'Aïcha Diallo',
      desk: 'sahel',
      role: 'editor',
    });
    expect(added.status).toBe(303);
    const admin = await page('/editor/newsroom?lang=fr', cookie);
    expect(admin).toContain('Aïcha Diallo · aicha@newsroom.example');
    expect(admin).toContain('éditeur·rice · Service Sahel');

    const wrong = await post('/editor/newsroom/editors?lang=fr', cookie, {
      email: 'moussa at newsroom',
      name: 'Moussa Keïta',
      desk: 'sahel',
      role: 'writer',
    });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(html).toMatch(
      /<label for="ed-email">[^<]+<\/label><p class="problem" id="ed-email-p">doit être une adresse électronique, comme aicha@newsroom\.example<\/p><input id="ed-email" name="email" type="email" value="moussa at newsroom" required aria-invalid="true" aria-describedby="ed-email-p"/,
    );
    expect(html).toContain('value="Moussa Keïta"');
    expect(html).toContain('<option value="sahel" selected>');
    expect(await page('/editor/newsroom', cookie)).not.toContain('Moussa');
  });
});
