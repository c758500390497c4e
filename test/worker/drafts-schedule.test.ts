import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { addToken, putEditor } from '../../worker/store/editors';
import type { AlertMessage } from '../../worker/alerts/enqueue';
import { freshIp, get, send, TOKEN } from './editor-client';
import { sampleInput, seedSample } from './seed';
import { through } from './through-app';

// A scheduled draft, with the worker's own Cron Trigger handler run in workerd: nothing of it shows
// anywhere before its minute, then all of it does, and its alert goes when it appears.

const MINUTE = 60_000;
const word = 'zanzarinthe'; // a word no other briefing holds, for search

/** A queue that records what it is sent. */
const recording = (sent: AlertMessage[]) =>
  ({ send: async (m: AlertMessage) => void sent.push(m), sendBatch: async () => undefined }) as unknown as Queue;

/** The worker's `scheduled` handler at `time`, with a queue that records what it is sent. */
async function cron(time: number, sent: AlertMessage[]) {
  const ALERTS = recording(sent);
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: time, cron: '* * * * *' }),
    { ...env, ALERTS } as unknown as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

/** Where a reader could come across the briefing: each address and whether it shows it. */
async function seen(id: string, headline: string): Promise<Record<string, boolean>> {
  const text = async (path: string) => (await get(path)).text();
  return {
    page: (await get(`/briefings/${id}`)).status === 200,
    api: (await get(`/api/briefings/${id}`)).status === 200,
    home: (await text('/')).includes(headline),
    country: (await text('/countries/ne')).includes(headline),
    feed: (await text('/feed.json')).includes(headline),
    atom: (await text('/feed.atom')).includes(headline),
    search: (await text(`/search?q=${word}`)).includes(headline),
    sitemap: (await text('/sitemap.xml')).includes(`/briefings/${id}`),
    sync: (await text('/api/briefings')).includes(headline),
  };
}

/** A draft of `body`, scheduled five minutes from now: its id, its time and the schedule's answer. */
async function scheduledInFive(body: object) {
  const created = await send('POST', '/api/drafts', { body, ip: freshIp() });
  const { id: draftId } = (await created.json()) as { id: string };
  const at = Date.now() + 5 * MINUTE;
  const scheduled = await send('POST', `/api/drafts/${draftId}/publish`, {
    body: { at: new Date(at).toISOString() },
    ip: freshIp(),
  });
  return { draftId, at, scheduled };
}

describe('a scheduled draft', () => {
  it('shows nowhere before its minute, then everywhere, and its alert goes when it appears', async () => {
    const id = 'scheduled-briefing';
    const headline = `A briefing kept for its minute ${word}`;
    const { draftId, at, scheduled } = await scheduledInFive({ briefing: sampleInput({ id, headline }) });
    expect(scheduled.status).toBe(202);
    expect(((await scheduled.json()) as { scheduledAt: string }).scheduledAt).toBe(new Date(at).toISOString());

    const nowhere = Object.fromEntries(Object.keys(await seen(id, headline)).map((k) => [k, false]));
    expect(await seen(id, headline)).toEqual(nowhere);

    // The minute before: nothing is published, nothing alerted.
    const sent: AlertMessage[] = [];
    await cron(at - MINUTE, sent);
    expect(sent).toEqual([]);
    expect(await seen(id, headline)).toEqual(nowhere);
    expect((await send('GET', `/api/drafts/${draftId}`, { ip: freshIp() })).status).toBe(200);

    // Its minute: published, alerted once, everywhere at once (caches are keyed by the feed's revision).
    await cron(at + MINUTE - (at % MINUTE), sent);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'fan-out', alert: { briefing: id, revision: 1, kind: 'published' } });
    const everywhere = Object.fromEntries(Object.keys(nowhere).map((k) => [k, true]));
    expect(await seen(id, headline)).toEqual(everywhere);
    expect((await send('GET', `/api/drafts/${draftId}`, { ip: freshIp() })).status).toBe(404);

    // The next minute publishes nothing again.
    await cron(at + 2 * MINUTE, sent);
    expect(sent).toHaveLength(1);
  });

  it('of a live briefing keeps the live revision everywhere until its minute, then replaces it', async () => {
    const id = 'scheduled-revision';
    const before = `The live version ${word}`;
    const after = `The revised version ${word}`;
    await seedSample({ id, headline: before });
    const { at, scheduled } = await scheduledInFive({
      briefing: sampleInput({ id, headline: after }),
      base: { id, revision: 1 },
    });
    expect(scheduled.status).toBe(202);
    // Where readers find the headline (the page, the API and the sitemap name the id either way).
    const shows = async (headline: string) => {
      const { page: _page, api: _api, sitemap: _sitemap, ...where } = await seen(id, headline);
      return Object.entries(where)
        .filter(([, shown]) => shown)
        .map(([place]) => place);
    };
    const places = ['home', 'country', 'feed', 'atom', 'search', 'sync'];
    expect(await shows(before)).toEqual(places);
    expect(await shows(after)).toEqual([]);

    const sent: AlertMessage[] = [];
    await cron(at - MINUTE, sent);
    expect(((await (await get(`/api/briefings/${id}`)).json()) as { revision: number }).revision).toBe(1);
    expect(await shows(after)).toEqual([]);

    await cron(at + MINUTE - (at % MINUTE), sent);
    const now = (await (await get(`/api/briefings/${id}`)).json()) as { revision: number; headline: string };
    expect([now.revision, now.headline]).toEqual([2, after]);
    expect(await (await get(`/briefings/${id}`)).text()).toContain(after);
    expect(await shows(after)).toEqual(places);
    expect(await shows(before)).toEqual([]);
  });

  it('refuses a time in the past, and a draft that could not be published now', async () => {
    const { id } = (await (await send('POST', '/api/drafts', { body: { briefing: {} }, ip: freshIp() })).json()) as {
      id: string;
    };
    const past = await send('POST', `/api/drafts/${id}/publish`, {
      body: { at: '2020-01-01T00:00:00Z' },
      ip: freshIp(),
    });
    expect(past.status).toBe(422);
    const future = new Date(Date.now() + 10 * MINUTE).toISOString();
    const invalid = await send('POST', `/api/drafts/${id}/publish`, { body: { at: future }, ip: freshIp() });
    expect(invalid.status).toBe(422);
    expect(
      ((await (await send('GET', `/api/drafts/${id}`, { ip: freshIp() })).json()) as { scheduledAt: null }).scheduledAt,
    ).toBeNull();
  });

  it('records why a scheduled draft could not be published at its time, and keeps it', async () => {
    const id = 'scheduled-then-taken';
    const input = sampleInput({ id, headline: 'Scheduled, then its id was taken' });
    const { id: draftId } = (await (
      await send('POST', '/api/drafts', { body: { briefing: input }, ip: freshIp() })
    ).json()) as {
      id: string;
    };
    const at = Date.now() + 5 * MINUTE;
    await send('POST', `/api/drafts/${draftId}/publish`, { body: { at: new Date(at).toISOString() }, ip: freshIp() });
    // Someone publishes a briefing of the same id meanwhile.
    expect((await send('POST', '/api/briefings', { body: input, ip: freshIp() })).status).toBe(201);
    const sent: AlertMessage[] = [];
    await cron(at + MINUTE, sent);
    expect(sent).toEqual([]);
    const list = (await (await send('GET', '/api/drafts', { ip: freshIp() })).json()) as {
      drafts: { id: string; scheduleProblem: { kind: string; detail: string } | null }[];
    };
    const stuck = list.drafts.find((d) => d.id === draftId);
    expect(stuck?.scheduleProblem).toMatchObject({ kind: 'refused' });
  });
});

describe('a scheduled draft whose editor may no longer publish', () => {
  it('is not published at its time, and the list says why', async () => {
    const email = 'scheduler@briefing.local';
    const { editor } = await putEditor(env.DB, email, { name: 'Sam Scheduler', desk: 'newsroom', role: 'editor' });
    const token = await addToken(env.DB, editor.id);
    const id = 'scheduled-by-a-demoted-editor';
    const made = await send('POST', '/api/drafts', { body: { briefing: sampleInput({ id }) }, token, ip: freshIp() });
    const { id: draftId } = (await made.json()) as { id: string };
    const at = Date.now() + 5 * MINUTE;
    const body = { at: new Date(at).toISOString() };
    expect((await send('POST', `/api/drafts/${draftId}/publish`, { body, token, ip: freshIp() })).status).toBe(202);
    await putEditor(env.DB, email, { name: 'Sam Scheduler', desk: 'newsroom', role: 'writer' });
    const sent: AlertMessage[] = [];
    await cron(at + MINUTE, sent);
    expect(sent).toEqual([]);
    expect((await get(`/api/briefings/${id}`)).status).toBe(404);
    const draft = (await (await send('GET', `/api/drafts/${draftId}`, { ip: freshIp() })).json()) as {
      scheduleProblem: { detail: string };
    };
    expect(draft.scheduleProblem.detail).toBe('Sam Scheduler, who scheduled it, may no longer publish (a writer).');
  });
});

describe('alerts', () => {
  it('go once per published move of the outlook, never per save of a draft', async () => {
    const id = 'drafts-alert-once';
    await seedSample({ id });
    const sent: AlertMessage[] = [];
    const as = (method: string, path: string, body?: unknown, ifMatch?: string) =>
      through(
        path,
        {
          method,
          headers: {
            Authorization: `Bearer ${TOKEN}`,
            'Content-Type': 'application/json',
            'CF-Connecting-IP': freshIp(),
            ...(ifMatch ? { 'If-Match': ifMatch } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        { ALERTS: recording(sent) },
      );
    const briefing = sampleInput({ id });
    const made = await as('POST', '/api/drafts', { briefing, base: { id, revision: 1 } });
    const { id: draftId } = (await made.json()) as { id: string };
    let etag = made.headers.get('ETag')!;
    for (const term of ['unlikely', 'likely', 'very_likely'] as const) {
      briefing.whatComesNext!.scenarios[1].likelihood = { status: 'assessed', term };
      const saved = await as('PUT', `/api/drafts/${draftId}`, { briefing, base: { id, revision: 1 } }, etag);
      expect(saved.status).toBe(200);
      etag = saved.headers.get('ETag')!;
    }
    expect(sent).toEqual([]);
    expect((await as('POST', `/api/drafts/${draftId}/publish`)).status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ alert: { briefing: id, revision: 2, kind: 'outlook' } });
  });
});
