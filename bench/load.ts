// Throughput and latency on loopback with autocannon: each route beside a static asset of the same
// wrangler dev in the same run, so the ratio holds on a busy machine; and the feed and home page with
// 10 and 1,000 briefings, two servers measured alternately.
import autocannon from 'autocannon';
import type { DevServer } from '../test/harness/dev-server';
import { median, ms, x, type Row } from './lib/report';
import { BRIEFING_PATH } from './lib/servers';

const DURATION = 3; // seconds per measurement
const CONNECTIONS = 4;

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** Mean latency in ms, with decimals (autocannon's percentiles are whole milliseconds). */
  mean: number;
}

let clients = 0;
/**
 * A client address of its own for every request (TEST-NET-3 and beyond): routes that reach D1 count
 * reads per address, and a measurement of their cost must not measure the limiter's 429s instead.
 */
export const manyClients = {
  setupRequest: (req: { headers?: Record<string, string> }) => {
    const n = ++clients;
    req.headers = { ...req.headers, 'CF-Connecting-IP': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
    return req;
  },
};

/**
 * One bounded autocannon run; fails loudly if anything but the expected status came back. With
 * `eachFrom: manyClients`, every request comes from an address of its own.
 */
export async function load(
  url: string,
  headers: Record<string, string> = {},
  expect = 200,
  eachFrom?: typeof manyClients,
): Promise<Load> {
  const r = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION,
    expectBody: undefined,
    ...(eachFrom ? { requests: [eachFrom as autocannon.Request] } : {}),
  });
  const ok = expect === 304 ? r['3xx'] : r['2xx'];
  if (ok === 0 || r.non2xx > (expect === 304 ? r['3xx'] : 0) || r.errors > 0)
    throw new Error(`${url}: ${r['2xx']} 2xx, ${r.non2xx} other, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean };
}

/**
 * The static asset every route is compared with: the web manifest, whose name (unlike the hashed
 * script's) survives a rebuild of dist/ during the run.
 */
const ASSET = '/manifest.webmanifest';

const fmt = (l: Load) => `${Math.round(l.rps)} req/s, p50 ${ms(l.p50)}, p99 ${ms(l.p99)}`;

/** /feed.json, a briefing page and a 304, each beside the static asset (measured before and after). */
export async function throughput(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const asset = ASSET;
  const etag = (await fetch(`${server.url}/feed.json`)).headers.get('ETag') ?? '';
  for (const p of ['/', BRIEFING_PATH, '/feed.json', asset]) await (await fetch(server.url + p)).arrayBuffer(); // warm caches
  const targets: [string, string, Record<string, string>, number][] = [
    ['/feed.json', '/feed.json', {}, 200],
    ['briefing page', BRIEFING_PATH, {}, 200],
    ['/feed.json 304', '/feed.json', { 'If-None-Match': etag }, 304],
  ];
  const rows: Row[] = [];
  const details: Record<string, object> = {};
  for (const [name, path, headers, status] of targets) {
    const before = await load(server.url + asset);
    const route = await load(server.url + path, headers, status);
    const after = await load(server.url + asset);
    const reference = {
      rps: (before.rps + after.rps) / 2,
      p50: (before.p50 + after.p50) / 2,
      p99: (before.p99 + after.p99) / 2,
    };
    const ratio = route.rps / reference.rps;
    details[name] = { route, asset: reference, ratio };
    rows.push({
      figure: `throughput, ${name} vs static ${asset}`,
      budget: name === '/feed.json' ? '≥ 0.8×' : '',
      result: `${fmt(route)} vs ${Math.round(reference.rps)} req/s = ${x(ratio)}`,
      pass: name === '/feed.json' ? ratio >= 0.8 : null,
    });
  }
  return { rows, details };
}

/** The feed and home page with 10 and with 1,000 briefings: alternated, 3 rounds, medians compared. */
export async function scaling(ten: DevServer, thousand: DevServer): Promise<{ rows: Row[]; details: object }> {
  const rows: Row[] = [];
  const details: Record<string, object> = {};
  for (const [name, path] of [
    ['/feed.json', '/feed.json'],
    ['home', '/'],
  ]) {
    for (const s of [ten, thousand]) await (await fetch(s.url + path)).arrayBuffer();
    const small: Load[] = [];
    const big: Load[] = [];
    for (let round = 0; round < 3; round++) {
      small.push(await load(ten.url + path));
      big.push(await load(thousand.url + path));
    }
    // The mean, not the median: autocannon's percentiles are whole milliseconds, and at 5 ms one
    // millisecond either way is a fifth of the figure.
    const [m10, m1000] = [median(small.map((l) => l.mean)), median(big.map((l) => l.mean))];
    const ratio = m1000 / m10;
    details[name] = { ten: small, thousand: big, ratio };
    rows.push({
      figure: `latency, ${name}, 1,000 vs 10 briefings`,
      budget: name === '/feed.json' ? '≤ 1.5×' : '',
      result: `mean ${m1000.toFixed(2)} ms vs ${m10.toFixed(2)} ms = ${x(ratio)} (p50 ${ms(median(big.map((l) => l.p50)))} vs ${ms(median(small.map((l) => l.p50)))}; ${Math.round(median(big.map((l) => l.rps)))} vs ${Math.round(median(small.map((l) => l.rps)))} req/s)`,
      pass: name === '/feed.json' ? ratio <= 1.5 : null,
    });
  }
  return { rows, details };
}
