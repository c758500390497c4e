import { describe, expect, it } from 'vitest';
import { freshIp, get, send, TOKEN } from './editor-client';
import { sampleInput } from './seed';
import { countedD1, through } from './through-app';
import { burstTimeout, withinOneMinute } from './clock-minute';

const detail = async (res: Response) => ((await res.json()) as { detail: string }).detail;
const create = async (id: string, ip = freshIp()) => send('POST', '/api/briefings', { body: sampleInput({ id }), ip });

describe('authentication', () => {
  it('says the token was refused when it is wrong, and how to authenticate when there is none', async () => {
    const wrong = await send('POST', '/api/briefings', { body: sampleInput(), token: 'not-the-token', ip: freshIp() });
    expect([wrong.status, wrong.headers.get('WWW-Authenticate'), await detail(wrong)]).toEqual([
      401,
      'Bearer realm="briefing", error="invalid_token"',
      'The token was refused: it is no editor’s personal token on this server (revoked, or made for another server).',
    ]);
    const none = await send('POST', '/api/briefings', { body: sampleInput(), token: null, ip: freshIp() });
    expect([none.status, none.headers.get('WWW-Authenticate')]).toEqual([401, 'Bearer realm="briefing"']);
    expect(await detail(none)).toMatch(/^Editing needs an editor: sign in through Access, or send a personal token/);
  });

  it(
    'limits 50 wrong tokens from one address: 30 are refused, the rest get 429',
    async () => {
      const ip = freshIp();
      const statuses: number[] = [];
      await withinOneMinute(10);
      for (let i = 0; i < 50; i++)
        statuses.push((await send('POST', '/api/briefings', { body: {}, token: `guess-${i}`, ip })).status);
      expect([statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length]).toEqual([30, 20]);
      const last = await send('POST', '/api/briefings', { body: {}, token: 'guess-last', ip });
      expect([last.status, last.headers.get('Retry-After')]).toEqual([429, '60']);
    },
    burstTimeout(10),
  );

  it('never counts an editor’s own sign-ins: 40 in a minute from one address all answer', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await send('GET', '/api/me', { ip })).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('If-Match', () => {
  it('reads r1 without quotes as the "r1" that was meant', async () => {
    const ip = freshIp();
    await create('unquoted', ip);
    const res = await send('PUT', '/api/briefings/unquoted', {
      body: sampleInput({ id: 'unquoted', headline: 'Revised with r1' }),
      ifMatch: 'r1',
      ip,
    });
    expect([res.status, res.headers.get('ETag')]).toEqual([200, '"r2"']);
  });

  it('refuses a tag that is no ETag of ours with advice that shows the difference', async () => {
    const ip = freshIp();
    await create('weak-tag', ip);
    const res = await send('PUT', '/api/briefings/weak-tag', {
      body: sampleInput({ id: 'weak-tag' }),
      ifMatch: 'W/"r1"',
      ip,
    });
    expect(res.status).toBe(412);
    expect(await detail(res)).toBe(
      'Revision 1 is current: fetch it, apply your change again, and send it with If-Match: "r1". You sent If-Match: W/"r1", which is not an ETag of this API: send exactly "r1", quotes included, without W/ (a weak tag never matches).',
    );
  });
});

describe('bad input', () => {
  it('lists at most 100 problems in a 422, and says how many there were', async () => {
    const b = sampleInput({ id: 'many-problems' });
    b.sections = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, heading: '', paragraphs: ['', '', '', '', ''] }));
    const res = await send('POST', '/api/briefings', { body: b, ip: freshIp() });
    const body = (await res.json()) as { detail: string; errors: unknown[] };
    expect([res.status, body.errors.length]).toEqual([422, 100]);
    expect(body.detail).toMatch(/^The briefing has \d+ problems; the first 100 are listed\.$/);
  });

  it('refuses a headline of only a zero-width space as blank and hidden', async () => {
    const res = await send('POST', '/api/briefings', {
      body: sampleInput({ id: 'hidden', headline: '\u200b' }),
      ip: freshIp(),
    });
    expect((await res.json()) as unknown).toMatchObject({
      status: 422,
      errors: [
        { path: 'headline', message: 'must not be blank' },
        { path: 'headline', message: 'must not contain control, bidi-override or invisible characters' },
      ],
    });
  });
});

describe('storage failing in the middle of a write', () => {
  it('answers 503 with what to do, and stores nothing of the change', async () => {
    const ip = freshIp();
    await create('mid-batch', ip);
    const { db } = countedD1(() => 'fails-mid-batch');
    const res = await through(
      '/api/briefings/mid-batch',
      {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          'If-Match': '"r1"',
          'CF-Connecting-IP': ip,
        },
        body: JSON.stringify(sampleInput({ id: 'mid-batch', headline: 'Never half-stored' })),
      },
      { DB: db },
    );
    expect([res.status, res.headers.get('Retry-After')]).toEqual([503, '10']);
    expect(await detail(res)).toBe(
      'Storage failed during the change and none of it was saved. Send it again, as it is.',
    );
    const live = (await (await get('/api/briefings/mid-batch')).json()) as { revision: number; headline: string };
    expect([live.revision, live.headline]).toEqual([1, sampleInput().headline]);
    const history = (await (await get('/api/briefings/mid-batch/revisions')).json()) as { revisions: unknown[] };
    expect(history.revisions.length).toBe(1);
  });
});
