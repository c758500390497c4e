import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';
import { burstTimeout, withinOneMinute } from './clock-minute';

const input = (id: string) => sampleInput({ id });
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

describe('POST /api/briefings', () => {
  it('creates revision 1 with 201, Location, ETag and no-store', async () => {
    const res = await send('POST', '/api/briefings', { body: input('create-ok'), ip: freshIp() });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('https://briefing.test/api/briefings/create-ok');
    expect(res.headers.get('ETag')).toBe('"r1"');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const b = (await res.json()) as Briefing;
    expect([b.revision, b.status, b.modifiedAt]).toEqual([1, 'published', b.publishedAt]);
  });

  it('refuses an id that exists with 409', async () => {
    const ip = freshIp();
    await send('POST', '/api/briefings', { body: input('create-twice'), ip });
    const res = await send('POST', '/api/briefings', { body: input('create-twice'), ip });
    expect(res.status).toBe(409);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers 401 with WWW-Authenticate: Bearer without the token or with a wrong one', async () => {
    for (const token of [null, 'wrong-token', '']) {
      const res = await send('POST', '/api/briefings', { body: input('no-auth'), token, ip: freshIp() });
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect((await json(res)).status).toBe(401);
    }
    expect((await get('/api/briefings/no-auth')).status).toBe(404);
  });

  it('answers 400 to bad JSON, 415 to another content type, 422 to an invalid briefing', async () => {
    const ip = freshIp();
    expect((await send('POST', '/api/briefings', { raw: '{"id": ', ip })).status).toBe(400);
    const form = await send('POST', '/api/briefings', {
      raw: 'id=x',
      ip,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const bad = await send('POST', '/api/briefings', { body: { ...input('bad'), headline: '' }, ip });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors).toEqual([{ path: 'headline', message: 'must not be blank' }]);
  });

  it('refuses a body over 256 KB with 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ ...input('too-big'), lede: 'x'.repeat(300 * 1024) });
    const ip = freshIp();
    expect((await send('POST', '/api/briefings', { raw: big, ip })).status).toBe(413);
    // A stream has no Content-Length: the limit is counted as the bytes arrive.
    const stream = new Blob([big]).stream();
    const res = await send('POST', '/api/briefings', {
      raw: stream,
      ip,
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
    });
    expect(res.status).toBe(413);
    expect((await get('/api/briefings/too-big')).status).toBe(404);
  });

  it('grants no cross-origin access to editor routes', async () => {
    const res = await send('OPTIONS', '/api/briefings', {
      token: null,
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const post = await send('POST', '/api/briefings', {
      body: input('cors'),
      ip: freshIp(),
      headers: { Origin: 'https://evil.example' },
    });
    expect(post.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('PUT /api/briefings/{id}', () => {
  beforeAll(async () => {
    await send('POST', '/api/briefings', { body: input('put-me'), ip: freshIp() });
  });

  it('answers 428 without If-Match', async () => {
    const res = await send('PUT', '/api/briefings/put-me', { body: input('put-me'), ip: freshIp() });
    expect(res.status).toBe(428);
  });

  it('answers 422 at path id when the body names another id', async () => {
    const res = await send('PUT', '/api/briefings/put-me', {
      body: input('someone-else'),
      ifMatch: '"r1"',
      ip: freshIp(),
    });
    expect(res.status).toBe(422);
    expect((await json(res)).errors).toEqual([expect.objectContaining({ path: 'id' })]);
  });

  it('stores the next revision, then answers 412 with the current ETag to the stale one', async () => {
    const ip = freshIp();
    const ok = await send('PUT', '/api/briefings/put-me', { body: input('put-me'), ifMatch: '"r1"', ip });
    // Sent back unchanged, it makes no new revision.
    expect([ok.status, ok.headers.get('ETag')]).toEqual([200, '"r1"']);
    const edited = await send('PUT', '/api/briefings/put-me', {
      body: { ...input('put-me'), headline: 'A new headline' },
      ifMatch: '"r1"',
      ip,
    });
    expect([edited.status, edited.headers.get('ETag'), edited.headers.get('Cache-Control')]).toEqual([
      200,
      '"r2"',
      'no-store',
    ]);
    const lost = await send('PUT', '/api/briefings/put-me', {
      body: { ...input('put-me'), headline: 'Another' },
      ifMatch: '"r1"',
      ip,
    });
    expect([lost.status, lost.headers.get('ETag')]).toEqual([412, '"r2"']);
    expect(((await (await get('/api/briefings/put-me')).json()) as Briefing).headline).toBe('A new headline');
  });

  it('never matches a weak ETag, and answers 404 for an unknown id', async () => {
    const ip = freshIp();
    expect((await send('PUT', '/api/briefings/put-me', { body: input('put-me'), ifMatch: 'W/"r2"', ip })).status).toBe(
      412,
    );
    expect((await send('PUT', '/api/briefings/nobody', { body: input('nobody'), ifMatch: '"r1"', ip })).status).toBe(
      404,
    );
  });
});

describe('write rate limit', () => {
  it(
    'answers 429 with Retry-After once an address has written 30 times in a minute',
    async () => {
      const ip = freshIp();
      const statuses: number[] = [];
      await withinOneMinute(10);
      for (let i = 0; i < 32; i++)
        statuses.push((await send('POST', '/api/briefings', { body: { junk: i }, ip })).status);
      expect(statuses.slice(0, 30).every((s) => s === 422)).toBe(true);
      const res = await send('POST', '/api/briefings', { body: {}, ip });
      expect(res.status).toBe(429);
      expect(res.headers.get('Retry-After')).toBe('60');
      // Another address is not held back.
      expect((await send('POST', '/api/briefings', { body: {}, ip: freshIp() })).status).toBe(422);
    },
    burstTimeout(10),
  );
});
