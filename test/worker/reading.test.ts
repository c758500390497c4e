import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSample } from './seed';

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`https://briefing.test${path}`, init));

beforeAll(async () => {
  await seedSample();
});

describe('GET /briefings/{id}', () => {
  it('renders the whole briefing as HTML with its security headers', async () => {
    const res = await get('/briefings/niger-bazoum-coalition');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>International Coalition Intensifies Pressure');
    expect(html).toContain('What Comes Next?');
    expect(res.headers.get('Content-Security-Policy')).toContain("object-src 'none'");
  });
});
