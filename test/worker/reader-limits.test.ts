import { describe, expect, it } from 'vitest';
import { burstTimeout, withinOneMinute } from './clock-minute';
import { ipv6Prefix } from '../../worker/http/read-limit';
import { ftsQuery } from '../../worker/store/search';
import { get } from './editor-client';
import { seedSample } from './seed';
import { countedD1, through } from './through-app';

// No reader can slow the newsroom: every route that reaches D1 counts against the reader's budget
// (an IPv6 reader's whole /64), and no search costs more than a few index lookups.

// Seconds a burst of 125 may take on a busy machine.
const BURST = 10;

async function until429(path: (i: number) => string, ip: (i: number) => string) {
  const { db, counts } = countedD1();
  const statuses: number[] = [];
  await withinOneMinute(BURST);
  for (let i = 0; i < 125; i++)
    statuses.push((await through(path(i), { headers: { 'CF-Connecting-IP': ip(i) } }, { DB: db })).status);
  return { statuses, counts };
}

describe('the read limit', () => {
  it(
    'counts searches: the 31st in a minute is a 429 that reads nothing',
    async () => {
      await seedSample();
      const { statuses, counts } = await until429(
        (i) => `/search?q=coalition${i}`,
        () => '203.0.113.7',
      );
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
      expect(new Set(statuses.slice(30))).toEqual(new Set([429]));
      const before = counts.queries;
      const refused = await through('/search?q=niger', { headers: { 'CF-Connecting-IP': '203.0.113.7' } });
      expect([refused.status, refused.headers.get('Retry-After')]).toEqual([429, '60']);
      expect(counts.queries).toBe(before);
    },
    burstTimeout(BURST),
  );

  it(
    'counts moves along a story (earlier, later)',
    async () => {
      await seedSample({ id: 'story-one', story: 'limit-story' });
      const { statuses } = await until429(
        (i) => `/briefings/story-one/${i % 2 ? 'earlier' : 'later'}`,
        () => '203.0.113.8',
      );
      expect(statuses.slice(0, 120).every((s) => s === 303)).toBe(true);
      expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    },
    burstTimeout(BURST),
  );

  it(
    'counts an IPv6 reader by its /64: a new address in it is no new budget',
    async () => {
      await seedSample();
      const { statuses } = await until429(
        (i) => `/search?q=niger${i}`,
        (i) => `2001:db8:77:1:${(i + 1).toString(16)}::1`,
      );
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
      expect(new Set(statuses.slice(30))).toEqual(new Set([429]));
      const neighbour = await through('/search?q=niger', { headers: { 'CF-Connecting-IP': '2001:db8:77:2::1' } });
      expect(neighbour.status).toBe(200);
    },
    burstTimeout(BURST),
  );

  it('writes a /64 one way however the address is written', () => {
    expect(ipv6Prefix('2001:DB8:0077:0001:aaaa::1')).toBe('2001:db8:77:1::/64');
    expect(ipv6Prefix('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipv6Prefix('::1')).toBe('0:0:0:0::/64');
  });
});

describe('the cost of a search', () => {
  it('looks for at most 8 words, and words under 3 letters only whole', () => {
    expect(ftsQuery('a b c d e f g h i j k l m n o p')).toBe('"a" "b" "c" "d" "e" "f" "g" "h"');
    expect(ftsQuery('coal niger ue')).toBe('"coal"* "niger"* "ue"');
  });

  it('looks for at most two words longer than four letters as starts, the last two', () => {
    expect(ftsQuery('intens pressu coalit niger ue coal')).toBe('"intens" "pressu" "coalit"* "niger"* "ue" "coal"*');
    expect(ftsQuery('intens pressu coalit', false)).toBe('"intens" "pressu" "coalit"');
  });

  it('so a reader finds an unfinished word when it is the last', async () => {
    await seedSample();
    const found = async (q: string) =>
      (await (await get(`/search?q=${q}`)).text()).includes('href="/briefings/niger-bazoum-coalition"');
    expect(await found('intensifies%20pressure%20coalit')).toBe(true);
    expect(await found('coalit%20intensif%20pressu')).toBe(false);
  });

  it('still finds by the start of a word of three letters or more', async () => {
    await seedSample();
    const html = await (await get('/search?q=coal')).text();
    expect(html).toContain('href="/briefings/niger-bazoum-coalition"');
  });
});
