import { describe, expect, it } from 'vitest';
import { freshIp, get, send } from './editor-client';
import { sampleInput } from './seed';

// Reads go through D1's Sessions API, so a deployment can turn read replication on: an editor reads
// their own writes, and a client that sends its bookmark back reads data at least as new.

describe('D1 sessions', () => {
  it('gives an editor the bookmark of their write, and reads with it see the write', async () => {
    const res = await send('POST', '/api/briefings', { body: sampleInput({ id: 'session-write' }), ip: freshIp() });
    expect(res.status).toBe(201);
    const bookmark = res.headers.get('Briefing-Bookmark');
    expect(bookmark).toMatch(/^[0-9a-f]+(-[0-9a-f]+)*$/i);
    const read = await get('/api/briefings/session-write', { 'Briefing-Bookmark': bookmark! });
    expect(read.status).toBe(200);
    expect(read.headers.get('Briefing-Bookmark')).toMatch(/^[0-9a-f]/i);
  });

  it('ignores a bookmark that is none, and hands none to readers who sent none', async () => {
    const res = await get('/feed.json', { 'Briefing-Bookmark': 'not a bookmark' });
    expect(res.status).toBe(200);
    expect((await get('/feed.json')).headers.get('Briefing-Bookmark')).toBeNull();
  });
});
