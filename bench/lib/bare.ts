import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The limit we measure against: the seed article's text as the plainest page there is, an <h1> and
 * <p>s, no CSS, no script. Only charset and viewport besides, so a phone lays it out at its own
 * width as it does our page.
 */
export function barePage(): string {
  const [headline, ...paragraphs] = readFileSync('bench/fixtures/article.txt', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escape(headline)}</title><h1>${escape(headline)}</h1>`,
    ...paragraphs.map((p) => `<p>${escape(p)}`),
  ].join('\n');
}

/** A trivial loopback server that answers every GET with the bare page, gzipped. */
export async function bareServer(): Promise<{ url: string; gzipBytes: number; close: () => Promise<void> }> {
  const body = gzipSync(barePage(), { level: 9 });
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    gzipBytes: body.length,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** `html` gzipped, with the headers a bare server sends with it. */
function bareBytes(html: string): number {
  const body = gzipSync(html, { level: 9 }).length;
  const headers = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nContent-Length: ${body}\r\nCache-Control: no-store\r\nDate: Wed, 02 Dec 2026 00:00:00 GMT\r\nConnection: keep-alive\r\n\r\n`;
  return body + headers.length;
}

const HEAD =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">';

interface BareBriefing {
  id: string;
  headline: string;
  standfirst: string;
  lede?: string;
  sections: { heading: string; paragraphs: string[] }[];
}

/** A briefing's own text as the plainest page (headline, standfirst, lede, sections): its bytes on the wire. */
export function bareBriefingBytes(b: BareBriefing): number {
  return bareBytes(
    [
      HEAD,
      `<title>${escape(b.headline)}</title><h1>${escape(b.headline)}</h1><p>${escape(b.standfirst)}`,
      ...(b.lede ? [`<p>${escape(b.lede)}`] : []),
      ...b.sections.flatMap((s) => [`<h2>${escape(s.heading)}</h2>`, ...s.paragraphs.map((p) => `<p>${escape(p)}`)]),
    ].join('\n'),
  );
}

/** The plainest list of `briefings`: each headline linked, and its standfirst: its bytes on the wire. */
export function bareHomeBytes(briefings: BareBriefing[]): number {
  return bareBytes(
    [
      HEAD,
      '<title>Briefing</title><h1>Briefing</h1>',
      ...briefings.map(
        (b) => `<h2><a href="/briefings/${b.id}">${escape(b.headline)}</a></h2><p>${escape(b.standfirst)}`,
      ),
    ].join('\n'),
  );
}
