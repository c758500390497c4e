// Bytes: the briefing page itself (raw, gzip, brotli), and a feed refresh when nothing changed (a 304:
// status line and headers are all that cross the wire) and when one briefing changed (a 200).
import type { DevServer } from '../test/harness/dev-server';
import { BRIEFING_PATH } from './lib/servers';
import { br, get, gz } from './lib/http';
import { kb, type Row } from './lib/report';
import { TEST_TOKEN } from '../test/harness/token';

const EDITOR = { Authorization: `Bearer ${TEST_TOKEN}` };

/** The briefing page's HTML with its inline CSS: the one file a reader needs. */
export async function pageBytes(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const page = await get(server.url + BRIEFING_PATH);
  const html = page.body.toString('utf8');
  const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
  // The heaviest variant a reader can choose: French strings, and the text-size and theme attributes.
  const variant = await get(`${server.url}${BRIEFING_PATH}?lang=fr`, { Cookie: 'size=xl; theme=dark' });
  const d = {
    raw: page.body.length,
    gzip: gz(page.body),
    brotli: br(page.body),
    cssRaw: css.length,
    cssGzip: gz(css),
    headerBytes: page.headerBytes,
  };
  return {
    details: d,
    rows: [
      {
        figure: 'briefing page HTML + inline CSS',
        budget: '≤ 8 KB gzip',
        result: `${kb(d.raw)} raw · ${kb(d.gzip)} gzip · ${kb(d.brotli)} brotli (CSS ${kb(d.cssGzip)} gzip alone)`,
        pass: d.gzip <= 8 * 1024,
      },
      {
        figure: 'the same in French, larger text, dark',
        budget: '≤ 8 KB gzip',
        result: `${kb(variant.body.length)} raw · ${kb(gz(variant.body))} gzip`,
        pass: gz(variant.body) <= 8 * 1024,
      },
    ],
  };
}

/** Revises the sample briefing through the editor API, as an editor's publish would. */
async function reviseSample(server: DevServer): Promise<void> {
  const api = `${server.url}/api${BRIEFING_PATH}`;
  const current = await fetch(api);
  const briefing = (await current.json()) as { standfirst: string };
  const res = await fetch(api, {
    method: 'PUT',
    headers: { ...EDITOR, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '"r1"' },
    body: JSON.stringify({ ...briefing, standfirst: `${briefing.standfirst.replace(/\.$/, '')}, the bench says.` }),
  });
  if (!res.ok) throw new Error(`PUT ${api}: ${res.status} ${await res.text()}`);
}

/** A PWA's feed sync: If-None-Match with the ETag it holds. Revises the sample, so run it last on a server. */
export async function feedRefresh(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  // The JSON Feed as any feed reader polls it, and /api/briefings, the same page as the app syncs it.
  const urls = { feed: `${server.url}/feed.json`, app: `${server.url}/api/briefings` };
  const firsts = { feed: await get(urls.feed), app: await get(urls.app) };
  const etag = (k: keyof typeof urls) => String(firsts[k].headers.etag);
  const same = {
    feed: await get(urls.feed, { 'If-None-Match': etag('feed') }),
    app: await get(urls.app, { 'If-None-Match': etag('app') }),
  };
  await reviseSample(server);
  const changed = {
    feed: await get(urls.feed, { 'If-None-Match': etag('feed') }),
    app: await get(urls.app, { 'If-None-Match': etag('app') }),
  };
  const d = Object.fromEntries(
    (['feed', 'app'] as const).map((k) => [
      k,
      {
        unchanged: {
          status: same[k].status,
          headerBytes: same[k].headerBytes,
          bodyBytes: same[k].wireBodyBytes,
          headers: same[k].headers,
        },
        changed: {
          status: changed[k].status,
          headerBytes: changed[k].headerBytes,
          bodyRaw: changed[k].body.length,
          bodyGzip: gz(changed[k].body),
          wireBodyBytes: changed[k].wireBodyBytes,
        },
      },
    ]),
  );
  const label = { feed: 'feed refresh (/feed.json)', app: 'app sync (/api/briefings)' };
  return {
    details: d,
    rows: (['feed', 'app'] as const).flatMap((k): Row[] => [
      {
        figure: `${label[k]}, nothing changed`,
        budget: '304, ≤ 600 B',
        result: `${same[k].status}, ${same[k].headerBytes + same[k].wireBodyBytes} B (status line + headers, HTTP/1.1)`,
        pass: same[k].status === 304 && same[k].headerBytes + same[k].wireBodyBytes <= 600,
      },
      {
        figure: `${label[k]}, one briefing changed (1 in feed)`,
        budget: '',
        result: `${changed[k].status}, ${kb(changed[k].headerBytes + gz(changed[k].body))} (${changed[k].headerBytes} B headers + ${kb(gz(changed[k].body))} gzip body)`,
        pass: null,
      },
    ]),
  };
}

/**
 * The feeds as a feed reader that takes gzip gets them, with 20 items a page: what crosses the wire.
 * Cloudflare's edge compresses neither application/feed+json nor application/atom+xml by itself.
 */
export async function feedWire(server: DevServer): Promise<{ rows: Row[]; details: object }> {
  const wire = async (path: string) => {
    const res = await get(server.url + path, { 'Accept-Encoding': 'gzip' });
    return { encoding: res.headers['content-encoding'] ?? 'none', wire: res.wireBodyBytes, raw: res.body.length };
  };
  const [json, atom] = [await wire('/feed.json'), await wire('/feed.atom')];
  const row = (path: string, r: typeof json, budget?: number): Row => ({
    figure: `${path} on the wire, 20 items, Accept-Encoding: gzip`,
    budget: budget ? `≤ ${budget / 1024} KB` : '',
    result: `${kb(r.wire)} (${r.encoding}; ${kb(r.raw)} decoded)`,
    pass: budget ? r.encoding === 'gzip' && r.wire <= budget : null,
  });
  return { details: { json, atom }, rows: [row('/feed.json', json, 12 * 1024), row('/feed.atom', atom)] };
}
