// Browsing and searching: the new pages' bytes beside home's budget, search latency as the archive
// grows (1,000 vs 10,000 briefings). The month of a reader who follows two situations is bench/reader-month.ts.
import { readFileSync } from 'node:fs';
import type { DevServer } from '../test/harness/dev-server';
import { TEST_TOKEN } from '../test/harness/token';
import { load, manyClients } from './load';
import { get, gz } from './lib/http';
import { kb, median, ms, x, type Row } from './lib/report';
import { BRIEFING_PATH } from './lib/servers';

const sample = JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8')) as Record<
  string,
  unknown
>;
let writes = 0;

/** An editor's write, each from its own address so the write limiter counts it apart. */
async function write(server: DevServer, method: string, path: string, body: object, ifMatch?: string) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      Authorization: `Bearer ${TEST_TOKEN}`,
      'Content-Type': 'application/json',
      'CF-Connecting-IP': `198.18.${(++writes >> 8) & 255}.${writes & 255}`,
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** The country, topic, story and search pages, gzipped, against the page budget home keeps. */
export async function browsePages(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  await write(server, 'POST', '/api/briefings', { ...sample, id: 'bench-story-1', story: 'bench-story' });
  await write(server, 'POST', '/api/briefings', { ...sample, id: 'bench-story-2', story: 'bench-story' });
  const paths = ['/', '/countries/ne', '/topics/niger', '/stories/bench-story', '/search?q=coalition', BRIEFING_PATH];
  const sizes: Record<string, { raw: number; gzip: number }> = {};
  for (const p of paths) {
    const page = await get(server.url + p);
    sizes[p] = { raw: page.body.length, gzip: gz(page.body) };
  }
  return {
    details: sizes,
    rows: paths.slice(1, 5).map((p) => ({
      figure: `page bytes, ${p.replace(/\?.*/, '?q=…')} (${p === '/stories/bench-story' ? '2 briefings' : `${p.startsWith('/s') ? 'search' : 'list'}`})`,
      budget: '≤ 8 KB gzip',
      result: `${kb(sizes[p].raw)} raw · ${kb(sizes[p].gzip)} gzip (home ${kb(sizes['/'].gzip)})`,
      pass: sizes[p].gzip <= 8 * 1024,
    })),
  };
}

/** Search latency with 1,000 and with 10,000 briefings in local D1, and their ratio. */
export async function searchScaling(
  thousand: DevServer,
  tenThousand: DevServer,
): Promise<{ rows: Row[]; details: object }> {
  const path = '/search?q=coalition%20niger';
  for (const s of [thousand, tenThousand]) await (await fetch(s.url + path)).arrayBuffer();
  const small = [];
  const big = [];
  for (let round = 0; round < 3; round++) {
    small.push(await load(thousand.url + path, {}, 200, manyClients));
    big.push(await load(tenThousand.url + path, {}, 200, manyClients));
  }
  const [m1, m10] = [median(small.map((l) => l.mean)), median(big.map((l) => l.mean))];
  return {
    details: { thousand: small, tenThousand: big, ratio: m10 / m1 },
    rows: [
      {
        figure: 'latency, /search, 10,000 vs 1,000 briefings',
        budget: '≤ 1.5×',
        result: `mean ${m10.toFixed(2)} ms vs ${m1.toFixed(2)} ms = ${x(m10 / m1)} (p50 ${ms(median(big.map((l) => l.p50)))} vs ${ms(median(small.map((l) => l.p50)))})`,
        pass: m10 / m1 <= 1.5,
      },
    ],
  };
}
